package id.kotacerdas.survey;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestActors;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A period with an open survey, and responses sent the way a client sends them. */
final class SurveyFixture {

    static final String ADMIN = TestAccounts.ADMIN;
    static final String ADMIN_PASSWORD = TestAccounts.ADMIN_PASSWORD;

    /** The application's form tokens (one application context for every integration test). */
    private static FormTokens tokens;

    private SurveyFixture() {}

    /** A form token for any smart dimension of the region, issued a minute ago (older than the minimum). */
    static String token(int year, String region) {
        return tokens.issue(year, region, null, Instant.now().minusSeconds(60));
    }

    /** Creates {@code year} from 2024 with these regions on REGULER and a quota, and opens it. */
    static void openSurvey(
            int year,
            int quota,
            CreatePeriod periods,
            ManageParticipants participants,
            ManageSurvey manage,
            MovePeriod move,
            FormTokens formTokens,
            String... regions) {
        tokens = formTokens;
        periods.create(year, 2024, ADMIN);
        for (String region : regions) {
            participants.set(year, region, "REGULER", ADMIN);
        }
        manage.setQuota(year, quota, TestActors.admin());
        move.transition(year, "SELF_ASSESSMENT", null, ADMIN);
    }

    /** {"dimension":"GOVERNANCE","answers":{"50":a0,...,"58":a8}} for questions 50-58. */
    static String governance(int... answers) {
        StringJoiner json = new StringJoiner(",", "{\"dimension\":\"GOVERNANCE\",\"answers\":{", "}}");
        for (int i = 0; i < answers.length; i++) {
            json.add("\"" + (50 + i) + "\":" + answers[i]);
        }
        return json.toString();
    }

    /** Sends the body with a fresh form token of the region, as a client that fetched the form does. */
    static ResultActions respond(MockMvc mvc, int year, String region, UUID key, String body) throws Exception {
        return respondWithToken(mvc, year, region, key, token(year, region), body);
    }

    static ResultActions respondWithToken(MockMvc mvc, int year, String region, UUID key, String token, String body)
            throws Exception {
        String withToken = token == null ? body : "{\"formToken\":\"" + token + "\"," + body.substring(1);
        return respondRaw(mvc, year, region, key, withToken);
    }

    static ResultActions respondRaw(MockMvc mvc, int year, String region, UUID key, String body) throws Exception {
        return mvc.perform(post("/api/v1/public/surveys/{y}/{c}/responses", year, region)
                .header("Idempotency-Key", key.toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }
}
