package id.kotacerdas.survey;

/**
 * One region's line of the period's integrity overview: responses by source, flagged and quarantined ones, the
 * busiest address group, responses sharing identical answers, and the busiest hour.
 */
public record IntegrityRow(
        String regionCode,
        int total,
        int flagged,
        int quarantined,
        int online,
        int paper,
        int counter,
        int topGroup,
        int duplicates,
        int peakHour) {

    public double flaggedShare() {
        return SurveyIntegrityRepository.share(flagged, total);
    }

    public double topGroupShare() {
        return SurveyIntegrityRepository.share(topGroup, online);
    }

    public double duplicateShare() {
        return SurveyIntegrityRepository.share(duplicates, total);
    }

    public double paperShare() {
        return SurveyIntegrityRepository.share(paper, total);
    }

    public double counterShare() {
        return SurveyIntegrityRepository.share(counter, total);
    }
}
