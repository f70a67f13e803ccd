package id.kotacerdas.programme;

import java.time.LocalDate;

/**
 * A region of the programme and the cohort it joined: the earliest confirmed selection that selected it.
 *
 * @param joined the year of that cohort
 * @param cohorts how many confirmed selections selected it
 */
public record ProgrammeParticipant(
        String regionCode,
        String regionName,
        String kind,
        String provinceName,
        int joined,
        long selectionId,
        String selectionName,
        String mouNumber,
        LocalDate mouSignedOn,
        int cohorts) {}
