package id.kotacerdas.access;

import static id.kotacerdas.programme.ReviewCohorts.admin;
import static id.kotacerdas.programme.ReviewCohorts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.programme.ReviewCohorts;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the masterplan review (issue 12) with who may call it, tried by every kind of caller on a
 * region of a confirmed cohort: anonymous (401), the operator of another region and an assessor who does not
 * review the region (403 on every endpoint of the region), the region's own operator and its reviewer (403 where
 * the rule keeps them out, never where it lets them in). A new endpoint without a row here fails {@link
 * #every_masterplan_review_endpoint_has_a_rule}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanReviewAccessTest {

    private static final String REGION = "73.07";
    private static final String OTHER_REGION = "73.08";
    private static final String OPERATOR = "op-mra-7307";
    private static final String OTHER_OPERATOR = "op-mra-7308";
    private static final String REVIEWER = "rev-mra-7307";
    private static final String OTHER_REVIEWER = "rev-mra-7308";

    /** Who may call an endpoint (the administrator always may). */
    enum Rule {
        /** Administrators only. */
        ADMIN,
        /** Administrators and the region's operator. */
        REGION,
        /** Administrators, the region's operator and the region's reviewers. */
        REGION_AND_REVIEWERS,
        /** The region's reviewers only (administrators do not score). */
        REVIEWERS,
        /** Any signed-in account, each seeing its own. */
        SIGNED_IN
    }

    private static final String BASE = "/api/v1/selections/{id}/regions/{code}";

    /** Every endpoint: its rule and a body that passes validation (so the rule decides). */
    private static final Map<String, Object[]> ENDPOINTS = Map.ofEntries(
            Map.entry("GET /api/v1/selections/{id}/rubric", new Object[] {Rule.ADMIN, ""}),
            Map.entry(
                    "PUT /api/v1/selections/{id}/rubric",
                    new Object[] {Rule.ADMIN, "{\"criteria\":[{\"code\":\"A\",\"name\":\"A\",\"weight\":1}]}"}),
            Map.entry("GET /api/v1/selections/{id}/reviews", new Object[] {Rule.ADMIN, ""}),
            Map.entry("POST " + BASE + "/masterplan-documents", new Object[] {Rule.REGION, "multipart"}),
            Map.entry("GET " + BASE + "/masterplan-documents", new Object[] {Rule.REGION_AND_REVIEWERS, ""}),
            Map.entry(
                    "GET " + BASE + "/masterplan-documents/{documentId}", new Object[] {Rule.REGION_AND_REVIEWERS, ""}),
            // the same reviewer again: the assignment the other calls rely on stays
            Map.entry("PUT " + BASE + "/reviewers", new Object[] {Rule.ADMIN, "[\"" + REVIEWER + "\"]"}),
            Map.entry("GET " + BASE + "/review", new Object[] {Rule.REGION_AND_REVIEWERS, ""}),
            Map.entry("PUT " + BASE + "/review/scores", new Object[] {Rule.REVIEWERS, "{\"RPJMD\":{\"score\":3}}"}),
            Map.entry("POST " + BASE + "/review/submission", new Object[] {Rule.REVIEWERS, ""}),
            Map.entry(
                    "POST " + BASE + "/review/reviewers/{reviewer}/reopen",
                    new Object[] {Rule.ADMIN, "{\"reason\":\"x\"}"}),
            Map.entry("POST " + BASE + "/review/publication", new Object[] {Rule.ADMIN, ""}),
            Map.entry("GET /api/v1/regions/{code}/masterplan-reviews", new Object[] {Rule.REGION, ""}),
            Map.entry("GET /api/v1/masterplan-reviews", new Object[] {Rule.SIGNED_IN, ""}));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private long cohort;
    private String document;

    @BeforeAll
    void aCohortWithItsOperatorsAndReviewers(@Autowired ManageAccounts accounts) throws Exception {
        ReviewCohorts.account(accounts, OPERATOR, "OPERATOR", REGION);
        ReviewCohorts.account(accounts, OTHER_OPERATOR, "OPERATOR", OTHER_REGION);
        ReviewCohorts.account(accounts, REVIEWER, "ASSESSOR", null);
        ReviewCohorts.account(accounts, OTHER_REVIEWER, "ASSESSOR", null);
        cohort = ReviewCohorts.confirmed(mvc, 2030, java.util.List.of(REGION, OTHER_REGION));
        JsonNode uploaded = ReviewCohorts.json(
                ReviewCohorts.upload(mvc, cohort, REGION, "MASTERPLAN", "mp.pdf", SampleFiles.PDF, as(OPERATOR))
                        .andExpect(status().isCreated()));
        document = uploaded.get("id").asString();
        for (String[] assignment : new String[][] {{REGION, REVIEWER}, {OTHER_REGION, OTHER_REVIEWER}}) {
            mvc.perform(request(
                                    HttpMethod.PUT,
                                    "/api/v1/selections/{id}/regions/{code}/reviewers",
                                    cohort,
                                    assignment[0])
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("[\"" + assignment[1] + "\"]"))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void every_masterplan_review_endpoint_has_a_rule() {
        Set<String> mapped = MappedRoutes.of(
                mappings,
                // the guidance's paths under a region of a cohort (mentors, milestones, the MoU) are GuidanceApiTest's
                p -> p.startsWith("/api/v1/selections/{id}/regions/{code}/")
                                && !p.endsWith("/mou")
                                && !p.matches(".*/\\{code}/(mentors|milestones/.*|mou/.*)")
                        || p.equals("/api/v1/selections/{id}/rubric")
                        || p.equals("/api/v1/selections/{id}/reviews")
                        || p.contains("masterplan-reviews"));
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymous_callers_are_asked_to_sign_in(String endpoint) throws Exception {
        mvc.perform(call(endpoint))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void the_operator_of_another_region_is_refused(String endpoint) throws Exception {
        expect(endpoint, as(OTHER_OPERATOR), rule(endpoint) == Rule.SIGNED_IN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void an_assessor_who_does_not_review_the_region_is_refused(String endpoint) throws Exception {
        expect(endpoint, as(OTHER_REVIEWER), rule(endpoint) == Rule.SIGNED_IN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void the_regions_operator_is_let_in_only_where_the_rule_says(String endpoint) throws Exception {
        Rule rule = rule(endpoint);
        expect(
                endpoint,
                as(OPERATOR),
                rule == Rule.REGION || rule == Rule.REGION_AND_REVIEWERS || rule == Rule.SIGNED_IN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void the_regions_reviewer_is_let_in_only_where_the_rule_says(String endpoint) throws Exception {
        Rule rule = rule(endpoint);
        expect(
                endpoint,
                as(REVIEWER),
                rule == Rule.REVIEWERS || rule == Rule.REGION_AND_REVIEWERS || rule == Rule.SIGNED_IN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void an_administrator_is_let_in_everywhere_but_scoring(String endpoint) throws Exception {
        expect(endpoint, admin(), rule(endpoint) != Rule.REVIEWERS);
    }

    /** Refused with 403 problem+json, or let through (whatever else the call answers). */
    private void expect(String endpoint, RequestPostProcessor caller, boolean allowed) throws Exception {
        int status = mvc.perform(call(endpoint).with(caller))
                .andReturn()
                .getResponse()
                .getStatus();
        if (allowed) {
            assertThat(status).as(endpoint).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as(endpoint).isEqualTo(403);
        }
    }

    Stream<Arguments> endpoints() {
        return ENDPOINTS.keySet().stream().sorted().map(Arguments::of);
    }

    private static Rule rule(String endpoint) {
        return (Rule) ENDPOINTS.get(endpoint)[0];
    }

    private AbstractMockHttpServletRequestBuilder<?> call(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String url = parts[1].replace("{id}", String.valueOf(cohort))
                .replace("{code}", REGION)
                .replace("{documentId}", document)
                .replace("{reviewer}", REVIEWER);
        String body = (String) ENDPOINTS.get(endpoint)[1];
        if (body.equals("multipart")) {
            // the quick-win programme: the masterplan's revisions stay as the set-up left them
            return multipart(url)
                    .file(new MockMultipartFile("file", "qw.pdf", "application/pdf", SampleFiles.PDF))
                    .param("kind", "QUICK_WIN");
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), url);
        return body.isEmpty()
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
