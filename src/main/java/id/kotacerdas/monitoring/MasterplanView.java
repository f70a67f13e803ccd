package id.kotacerdas.monitoring;

/** A region's masterplan as the API shows it. */
public record MasterplanView(
        long id, String regionCode, String title, int startYear, int endYear, String legalBasis, String vision) {}
