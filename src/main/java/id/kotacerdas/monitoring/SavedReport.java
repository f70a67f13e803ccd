package id.kotacerdas.monitoring;

import java.time.Instant;
import java.util.List;

/** A monitoring report as saved: its version, the conclusions as edited, why a later version was saved. */
public record SavedReport(int version, List<String> conclusions, String reason, String savedBy, Instant savedAt) {}
