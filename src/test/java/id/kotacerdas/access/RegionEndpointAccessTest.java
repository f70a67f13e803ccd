package id.kotacerdas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.util.HashSet;
import java.util.List;
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

/**
 * Every API endpoint of a region's data refuses the operator of another region, an assessor who is
 * not on the region's panel, and an anonymous caller. The table below must name every such endpoint
 * the application maps: a new endpoint without a row here fails {@link #every_region_endpoint_has_a_rule}.
 * {@link RegionPageAccessTest} does the same for the pages under /wilayah, /penilaian and /admin.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionEndpointAccessTest {

    private static final int YEAR = TestYears.REGION_ENDPOINT_ACCESS;
    private static final String BASE = "/api/v1/periods/{year}/regions/{code}";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";

    /** Every endpoint of a region's data, with a body that passes validation (so access decides). */
    private static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("PUT " + BASE + "/answers/{no}", "{\"level\":3,\"justification\":\"x\"}"),
            Map.entry("GET " + BASE + "/answers", ""),
            Map.entry("GET " + BASE + "/self-assessment", ""),
            Map.entry("POST " + BASE + "/evidence", "multipart"),
            Map.entry("GET " + BASE + "/evidence", ""),
            Map.entry("GET " + BASE + "/evidence/{id}", ""),
            Map.entry("POST " + BASE + "/submission", ""),
            Map.entry("POST " + BASE + "/submission/reopen", "{\"reason\":\"x\"}"),
            Map.entry("PUT " + BASE + "/assessors", "[\"asr-acc\"]"),
            Map.entry("GET " + BASE + "/assessors", ""),
            Map.entry("PUT " + BASE + "/scores/{no}", "{\"score\":3}"),
            Map.entry("GET " + BASE + "/scores", ""),
            Map.entry("POST " + BASE + "/scores/submission", ""),
            // issue 9: an administrator reopens an assessor's submitted scoring
            Map.entry("POST " + BASE + "/assessors/{assessor}/scores/reopen", "{\"reason\":\"x\"}"),
            Map.entry("GET " + BASE + "/result", ""),
            Map.entry("PUT " + BASE + "/interview", "{\"scheduledAt\":\"" + YEAR + "-11-01T09:00:00+07:00\"}"),
            Map.entry("GET " + BASE + "/interview", ""),
            Map.entry("POST " + BASE + "/interview/attendance", "{\"regionAttended\":true}"),
            Map.entry("POST " + BASE + "/consultation-notes", "{\"note\":\"x\"}"),
            Map.entry("GET " + BASE + "/consultation-notes", ""),
            Map.entry("POST " + BASE + "/findings", "{\"kind\":\"KEKUATAN\",\"text\":\"x\"}"),
            Map.entry("GET " + BASE + "/findings", ""),
            Map.entry("DELETE " + BASE + "/findings/{id}", ""),
            Map.entry("POST " + BASE + "/corrections", "{\"scores\":{\"OUTPUT\":3},\"reason\":\"x\"}"),
            Map.entry("GET " + BASE + "/result/history", ""),
            Map.entry("GET " + BASE + "/survey-summary", ""),
            Map.entry("PUT " + BASE + "/survey-state", "{\"open\":false}"),
            Map.entry("GET " + BASE + "/survey-link", ""),
            Map.entry("GET " + BASE + "/survey-qr.png", ""),
            Map.entry("GET " + BASE + "/survey-qr.svg", ""),
            Map.entry("GET " + BASE + "/survey-responses.csv", ""),
            Map.entry("GET " + BASE + "/survey-responses.xlsx", ""),
            // survey integrity (issue 9): entries by the region's operator or enumerator; the rest administrators
            Map.entry(
                    "POST " + BASE + "/survey-responses",
                    "{\"dimension\":\"GOVERNANCE\",\"answers\":{},\"source\":\"PAPER\"}"),
            Map.entry("GET " + BASE + "/survey-integrity", ""),
            Map.entry("GET " + BASE + "/survey-quarantines", ""),
            Map.entry("POST " + BASE + "/survey-quarantines", "{\"reason\":\"x\",\"source\":\"PAPER\"}"),
            Map.entry("POST " + BASE + "/survey-quarantines/{id}/release", "{\"reason\":\"x\"}"),
            // evaluation analytics (issue 13): administrators only
            Map.entry("GET " + BASE + "/agreement", ""),
            Map.entry("GET " + BASE + "/what-if", ""),
            // a region's self-assessment extension (issue 14): administrators only
            Map.entry(
                    "PUT " + BASE + "/self-assessment/extension",
                    "{\"until\":\"" + (YEAR + 1) + "-01-10T17:00:00+07:00\",\"reason\":\"x\"}"),
            Map.entry("DELETE " + BASE + "/self-assessment/extension", ""));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    void openPeriod(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts) {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "51.03", "REGULER", "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        accounts.create(new NewAccount("op-acc-5171", PASSWORD, "Kadek Operator", "OPERATOR", "51.71", null));
        accounts.create(new NewAccount("asr-acc", PASSWORD, "Komang Penilai", "ASSESSOR", null, "Universitas Udayana"));
    }

    /**
     * Endpoints of a region's publication outputs: public once the period's results are (like the national table),
     * nobody's but an administrator's before, whoever asks.
     */
    private static final Set<String> PUBLIC_ONCE_PUBLISHED = Set.of("GET " + BASE + "/report.pdf");

    @Test
    void every_region_endpoint_has_a_rule() {
        Set<String> mapped = MappedRoutes.of(mappings, p -> p.startsWith("/api/v1/periods/{year}/regions/{code}"));
        Set<String> ruled = new HashSet<>(ENDPOINTS.keySet());
        ruled.addAll(PUBLIC_ONCE_PUBLISHED);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(ruled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicOncePublished")
    void before_publication_a_regions_outputs_are_found_by_nobody_but_an_administrator(String endpoint)
            throws Exception {
        String url = endpoint.split(" ", 2)[1]
                .replace("{year}", String.valueOf(YEAR))
                .replace("{code}", "51.03");
        for (RequestPostProcessor caller : List.<RequestPostProcessor>of(
                request -> request,
                httpBasic("op-acc-5171", PASSWORD),
                httpBasic("asr-acc", PASSWORD),
                user("op-5103").roles("OPERATOR"))) {
            mvc.perform(get(url).with(caller))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    Stream<Arguments> publicOncePublished() {
        return PUBLIC_ONCE_PUBLISHED.stream().sorted().map(Arguments::of);
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
        mvc.perform(call(endpoint).with(httpBasic("op-acc-5171", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void an_assessor_not_on_the_panel_is_refused(String endpoint) throws Exception {
        mvc.perform(call(endpoint).with(httpBasic("asr-acc", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    Stream<Arguments> endpoints() {
        return ENDPOINTS.keySet().stream().sorted().map(Arguments::of);
    }

    private static AbstractMockHttpServletRequestBuilder<?> call(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String url = parts[1].replace("{year}", String.valueOf(YEAR))
                .replace("{code}", "51.03")
                .replace("{no}", "1")
                .replace("{assessor}", "asr-acc")
                .replace(
                        "{id}",
                        endpoint.contains("findings") || endpoint.contains("quarantines")
                                ? "1"
                                : "00000000-0000-0000-0000-000000000001");
        String body = ENDPOINTS.get(endpoint);
        if (body.equals("multipart")) {
            return multipart(url)
                    .file(new MockMultipartFile("file", "bukti.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                    .param("questionNo", "1");
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), url);
        return body.isEmpty()
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
