package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import id.kotacerdas.client.ApiClient;
import id.kotacerdas.client.ApiException;
import id.kotacerdas.client.api.ReferenceDataApi;
import id.kotacerdas.client.api.ScoringApi;
import id.kotacerdas.client.api.UsersApi;
import id.kotacerdas.client.model.PreviewRequest;
import id.kotacerdas.client.model.Problem;
import id.kotacerdas.client.model.RegionView;
import id.kotacerdas.client.model.ScorePreview;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client generated from the committed contract ({@code docs/openapi.json}, by openapi-generator's {@code java}
 * generator at {@code generate-test-sources}) calls the running application over HTTP: what it was told about
 * paths, bodies, answers and problems holds. It fails on any member the contract does not know.
 */
@IntegrationTest
class ContractClientTest {

    @LocalServerPort
    int port;

    @Test
    void the_client_lists_the_regions_and_reads_one() throws Exception {
        ReferenceDataApi reference = new ReferenceDataApi(client(null));

        List<RegionView> regions = reference.regionRegions(null, null, null);
        RegionView badung = reference.regionRegion("51.03");

        assertThat(regions).hasSize(514).extracting(RegionView::getCode).contains("51.03", "31.71");
        assertThat(badung.getName()).containsIgnoringCase("Badung");
    }

    @Test
    void the_client_previews_badungs_2024_score() throws Exception {
        ScorePreview preview = new ScoringApi(client(null)).scoringPreview(badung());

        assertThat(preview.getFinal()).isEqualByComparingTo("3.08");
        assertThat(preview.getDimensions()).containsEntry("BASELINE", new BigDecimal("3.56"));
        assertThat(preview.getExplanation()).isNotNull();
    }

    @Test
    void a_refused_preview_comes_back_as_a_problem_with_its_code() {
        PreviewRequest outOfScale = badung();
        outOfScale.putQuestionScoresItem("7", BigDecimal.valueOf(5));
        ApiClient client = client(null);

        ApiException refused =
                catchThrowableOfType(ApiException.class, () -> new ScoringApi(client).scoringPreview(outOfScale));

        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = problem(client, refused);
        assertThat(problem.getCode()).isEqualTo("preview.outOfScale");
        assertThat(problem.getField()).isEqualTo("questionScores");
        assertThat(problem.getStatus()).isEqualTo(400);
    }

    @Test
    void an_administrators_call_needs_credentials_and_takes_http_basic() throws Exception {
        ApiClient anonymous = client(null);
        ApiException refused = catchThrowableOfType(ApiException.class, () -> new UsersApi(anonymous).userList());

        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(problem(anonymous, refused).getCode()).isEqualTo("security.unauthorized");
        assertThat(new UsersApi(client(TestAccounts.ADMIN + ":" + TestAccounts.ADMIN_PASSWORD))
                        .userMe()
                        .getUsername())
                .isEqualTo(TestAccounts.ADMIN);
    }

    /** A client of this app; with {@code user:password}, signed with HTTP Basic. */
    private ApiClient client(String basic) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        if (basic != null) {
            String credentials = Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        }
        return client;
    }

    private static Problem problem(ApiClient client, ApiException refused) {
        try {
            return client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        } catch (Exception e) {
            throw new AssertionError("not a problem: " + refused.getResponseBody(), e);
        }
    }

    /** Kab. Badung's 2024 question scores, as published (final 3.08 on the REGULER track). */
    private static PreviewRequest badung() {
        List<String[]> rows = TestData.tsvLines(TestData.BADUNG_2024_QUESTION_SCORES);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            scores.put(row[0].strip(), new BigDecimal(row[1].strip()));
        }
        return new PreviewRequest().year(2024).track("REGULER").questionScores(scores);
    }
}
