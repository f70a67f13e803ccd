package id.kotacerdas.assessment;

/** Where one participating region stands in the period: the ministry's tracking dashboard line. */
public record TrackingRow(
        String regionCode,
        String regionName,
        String track,
        int answered,
        int questions,
        boolean submitted,
        int assessors,
        int assessorsDone,
        boolean interviewHeld,
        Boolean regionAttended,
        int reconciliationOpen,
        int surveyComplete,
        int surveyDimensions) {

    public boolean surveyShort() {
        return surveyComplete < surveyDimensions;
    }
}
