package id.kotacerdas.programme;

import java.time.LocalDate;

/** A region of a confirmed cohort: the selection (its year and name) and the region's MoU. */
public record CohortRegion(
        long selectionId, int year, String selectionName, String regionCode, String mouNumber, LocalDate mouSignedOn) {}
