package id.kotacerdas.security;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/** The API paths anyone may call; every other API path needs an account with the right role. */
final class ApiAccess {

    static final String[] PUBLIC_GET = {
        "/api/v1/regions",
        "/api/v1/regions/*",
        "/api/v1/provinces",
        "/api/v1/periods",
        "/api/v1/periods/*",
        "/api/v1/periods/*/instrument",
        "/api/v1/periods/*/national-results",
        "/api/v1/periods/*/national-results/*",
        // how robust each rank is (issue 13): shown as the national table is, see NationalResultsApi.rankRanges
        "/api/v1/periods/*/national-results/rank-ranges",
        // publication outputs (issue 10): shown as the national table is, see NationalResultsApi.visibleTable
        "/api/v1/periods/*/national-results.xlsx",
        "/api/v1/periods/*/national-results.csv",
        "/api/v1/periods/*/open-data.zip",
        "/api/v1/periods/*/letter.pdf",
        "/api/v1/periods/*/regions/*/report.pdf",
        // awards (issue 12): the published ones and their certificates, see award.Awards
        "/api/v1/periods/*/awards",
        "/api/v1/periods/*/awards/*",
        "/api/v1/periods/*/awards/*/winners/*/certificate.pdf",
        "/api/v1/public/surveys/*/*",
        // trends across periods (issue 13): shown as the national tables are, see analytics.TrendsApi
        "/api/v1/regions/*/trend",
        "/api/v1/periods/*/national-results/distribution"
    };

    /** Any signed-in account: its own profile and password, and region data it is allowed to see. */
    static final String[] SIGNED_IN = {
        "/api/v1/users/me",
        "/api/v1/users/me/**",
        // a region's data: who may see or change which region is checked per request (RegionAccess)
        "/api/v1/periods/*/regions/**",
        // masterplan monitoring (issue 11): the masterplan's region decides (Masterplans, RegionAccess)
        "/api/v1/regions/*/masterplans",
        "/api/v1/masterplans/**",
        // field evaluations (issue 12): the region decides (FieldEvaluations, RegionAccess); the national list is
        // an administrator's (every other API path)
        "/api/v1/regions/*/field-evaluations",
        "/api/v1/regions/*/field-evaluations/**",
        // the programme's guidance (issue 12): the region decides, its operator and its mentor reading
        // (RegionProgrammes, GuidanceSessions, Milestones, MouDocuments, RegionAccess); mentors and milestone lists
        // are an administrator's (every other API path)
        "/api/v1/regions/*/programme",
        "/api/v1/guidance-sessions",
        "/api/v1/guidance-sessions/**",
        "/api/v1/selections/*/regions/*/milestones/*",
        "/api/v1/selections/*/regions/*/mou/document",
        "/api/v1/selections/*/regions/*/mou/document/**",
        // the masterplan review of a cohort (issue 12): the region's operator uploads and reads, its reviewers read
        // and score (MasterplanDocuments, MasterplanReviews, ReviewAccess); the rubric, the reviewers' assignment,
        // reopening, publication and the cohort's progress are an administrator's (every other API path)
        "/api/v1/selections/*/regions/*/masterplan-documents",
        "/api/v1/selections/*/regions/*/masterplan-documents/*",
        "/api/v1/selections/*/regions/*/review",
        "/api/v1/selections/*/regions/*/review/scores",
        "/api/v1/selections/*/regions/*/review/submission",
        "/api/v1/regions/*/masterplan-reviews",
        "/api/v1/masterplan-reviews",
        // the SNI ISO 37122:2019 catalogue (issue 11): reference data for whoever records a masterplan
        "/api/v1/iso37122-indicators"
    };

    /** The scoring preview computes and stores nothing; citizens answer the survey without an account. */
    static final String[] PUBLIC_POST = {"/api/v1/scoring/preview", "/api/v1/public/surveys/*/*/responses"};

    /** Who may call an API operation, as the security chain decides it (in its order). */
    enum Level {
        PUBLIC,
        SIGNED_IN,
        ADMIN
    }

    /** The level of a method and a path (a path template such as {@code /api/v1/regions/{code}} too). */
    static Level level(String method, String path) {
        if ("GET".equals(method) && matches(PUBLIC_GET, path) || "POST".equals(method) && matches(PUBLIC_POST, path)) {
            return Level.PUBLIC;
        }
        return matches(SIGNED_IN, path) ? Level.SIGNED_IN : Level.ADMIN;
    }

    private static boolean matches(String[] patterns, String path) {
        PathContainer parsed = PathContainer.parsePath(path);
        for (String pattern : patterns) {
            if (PathPatternParser.defaultInstance.parse(pattern).matches(parsed)) {
                return true;
            }
        }
        return false;
    }

    private ApiAccess() {}
}
