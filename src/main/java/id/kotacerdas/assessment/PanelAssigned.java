package id.kotacerdas.assessment;

import java.util.List;

/** Published inside the transaction that set a region's panel: the assessors who joined it (none: nobody new). */
public record PanelAssigned(int year, String regionCode, List<String> joined) {}
