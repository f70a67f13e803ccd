package id.kotacerdas.support;

/**
 * The evaluation years the integration tests work in, allocated in one place. The tests share one database
 * (see {@link IntegrationTest}), so each scenario creates a period of its own, in a year no other test uses
 * and far beyond any real period; a year typed by hand in a test, or two constants with the same value, fail
 * {@code TestYearsTest}. A new scenario takes a free year here, named after its test class (and its purpose
 * when the class needs more than one).
 *
 * <p>Mind the year before: a period's improvement is measured against the period of the year before, when the
 * system holds it ({@code IMPROVEMENT_*} rely on that).
 */
public final class TestYears {

    // survey
    public static final int SURVEY_INTEGRITY = 2040;
    public static final int SURVEY_RESPONSES = 2043;
    public static final int IMPACT_FROM_SURVEY = 2044;
    public static final int SURVEY_PAGES = 2045;
    public static final int SURVEY_PHONE_BROWSER = 2046;
    public static final int SURVEY_NATION_EXPORT = 2042;
    /** More responses than one round trip of the export fetches, stored with SQL. */
    public static final int SURVEY_NATION_EXPORT_CURSOR = 2060;

    // issue 9: blind scoring and reopening, finalization from submitted scores, import guards
    public static final int BLIND_SCORING = 2047;
    public static final int FINALIZATION_FROM_SUBMITTED = 2048;
    public static final int NATIONAL_IMPORT_GUARDS = 2049;

    // national results and their import
    public static final int NATIONAL_RESULTS_IMPORT_SUGGESTIONS_NOT_ACCEPTED = 2050;
    public static final int IMPORT_ROWS_EXACT_NAMES = 2051;
    public static final int IMPORT_ROWS_SUGGESTIONS_ACCEPTED = 2052;
    public static final int IMPORT_ROWS_CSV = 2053;
    public static final int IMPORT_ROWS_XLSX = 2054;
    public static final int IMPORT_ROWS_NOT_A_TABLE = 2055;

    // periods and their instrument, through the API
    public static final int INSTRUMENT_LIFECYCLE_CREATED = 2061;
    public static final int INSTRUMENT_LIFECYCLE_WEIGHTS_REFUSED = 2062;
    public static final int INSTRUMENT_LIFECYCLE_WEIGHTS_STORED = 2063;
    public static final int INSTRUMENT_LIFECYCLE_QUESTIONS_EDITED = 2064;
    public static final int INSTRUMENT_LIFECYCLE_FROZEN = 2065;
    public static final int INSTRUMENT_LIFECYCLE_STAGES = 2066;
    public static final int INSTRUMENT_LIFECYCLE_SCHEDULE = 2067;
    public static final int INSTRUMENT_LIFECYCLE_PARTICIPANTS = 2068;

    // administration pages
    public static final int PERIOD_PAGES_CREATED = 2071;
    public static final int PERIOD_PAGES_WEIGHTS_REFUSED = 2072;
    public static final int PERIOD_PAGES_QUESTIONS = 2073;
    public static final int PERIOD_PAGES_FROZEN = 2074;
    public static final int PARTICIPANT_PAGES = 2075;
    public static final int IMPORT_PAGES_IMPORTED = 2076;
    public static final int IMPORT_PAGES_REFUSED = 2077;
    public static final int PERIOD_PAGES_WEIGHTS_STORED = 2078;
    /** Never created: refused posts must not create it. */
    public static final int ACCESS_TO_PAGES_NEVER_CREATED = 2079;

    // self-assessment
    public static final int SELF_ASSESSMENT_PAGE = 2080;
    public static final int ANSWERS = 2081;
    public static final int SUBMISSION_OPEN = 2082;
    public static final int SUBMISSION_LATE = 2083;
    public static final int SUBMISSION_DRAFT = 2084;
    public static final int EVIDENCE = 2085;

    // assessment, interviews, findings, access
    public static final int INTERVIEW_PAGE = 2086;
    public static final int FINDINGS_PAGE = 2087;
    public static final int REGION_PAGE_ACCESS = 2088;
    public static final int WORKFLOW_BROWSER = 2089;
    public static final int IMPROVEMENT_PREVIOUS_PERIOD = 2090;
    /** The year right after its previous period: a period's improvement is measured against the year before. */
    public static final int IMPROVEMENT_FOLLOWING_PERIOD = IMPROVEMENT_PREVIOUS_PERIOD + 1;

    public static final int IMPROVEMENT_RANKS = 2092;
    public static final int RESULTS_LETTER = 2041;
    public static final int REPORT_BATCH = 2056;
    public static final int REPORT_BATCH_FAILING_REGION = 2057;
    public static final int REPORT_BATCH_RUNNING = 2069;
    public static final int MASTERPLAN_EVIDENCE = 2070;
    public static final int INTERVIEWS_AND_FINDINGS = 2093;
    public static final int REGION_ENDPOINT_ACCESS = 2094;
    public static final int BADUNG_WORKFLOW = 2095;
    public static final int BADUNG_WORKFLOW_RECONCILIATION = 2096;
    public static final int ASSESSOR_PAGES = 2097;
    public static final int CONCURRENT_SCORING = 2098;
    /** Never created: a refused call asks for it. */
    public static final int API_ACCESS_NEVER_CREATED = 2099;

    // issue 12: awards. 2040-2099 are all taken: these lie in 2030-2039 (see TestYearsTest), clear of the years
    // the monitoring tests type for masterplans (2030, 2034, 2035, 2039), which are no periods
    /** A table imported as published into a FINALIZED period: the year before {@link #AWARDS_ASSESSED}. */
    public static final int AWARDS_IMPORTED = 2036;
    /** Results computed from assessments, PUBLISHED; improvement measured against {@link #AWARDS_IMPORTED}. */
    public static final int AWARDS_ASSESSED = AWARDS_IMPORTED + 1;
    /** A draft period: award categories defined before any result exists. */
    public static final int AWARDS_DRAFT = 2033;

    /** The period the programme's regions are made to take part in (a cohort of the year before joins it). */
    public static final int PROGRAMME_ENROLMENT = 2032;

    // issue 13: evaluation analytics. 2030-2099 are all taken: these lie in 2002-2016, before the programme's
    // first cohort (2017), clear of the years other tests type for masterplans and selections (see TestYearsTest)
    /** Panels scored through the API: their agreement, the assessors' calibration and the what-if finals. */
    public static final int ANALYTICS_PANELS = 2008;
    /** Trends: the earlier of two periods a region's finals and dimensions are followed over. */
    public static final int TRENDS_EARLIER = 2002;
    /** Trends: the later period, whose improvement is measured against {@link #TRENDS_EARLIER}. */
    public static final int TRENDS_LATER = TRENDS_EARLIER + 1;

    // issue 9, more than one instance
    public static final int TWO_INSTANCES = 2058;
    public static final int EVIDENCE_STORE = 2059;

    // issue 14: e-mail notices. 2002-2016 and 2030-2099 are all taken: these are the last year a period accepts and
    // a year freed in MasterplanImportTest (it typed 2009 for a masterplan's start)
    /** One period through its whole lifecycle, every notice on the way read from the SMTP server. */
    public static final int NOTICES_LIFECYCLE = 2100;
    /** Delivery: retries and failure, preferences, a rolled-back action, notices shown in the application only. */
    public static final int NOTICES_DELIVERY = 2009;

    private TestYears() {}
}
