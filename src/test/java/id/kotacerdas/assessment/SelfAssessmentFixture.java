package id.kotacerdas.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Accounts, periods and requests shared by the self-assessment API tests. */
final class SelfAssessmentFixture {

    static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    static final String BADUNG = "51.03";
    static final String DENPASAR = "51.71";

    /** A minimal PDF (the shared sample). */
    static final byte[] PDF = SampleFiles.PDF;

    private SelfAssessmentFixture() {}

    static ResultActions uploadPdf(MockMvc mvc, RequestPostProcessor user, int year, String region) throws Exception {
        return mvc.perform(multipart(regionPath(year, region) + "/evidence")
                .file(new MockMultipartFile("file", "bukti.pdf", "application/pdf", PDF))
                .param("questionNo", "1")
                .with(user));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }

    static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    static void operator(ManageAccounts accounts, String username, String region) {
        accounts.create(new NewAccount(username, PASSWORD, "Putu Wirawan", "OPERATOR", region, null));
    }

    static void assessor(ManageAccounts accounts, String username) {
        accounts.create(new NewAccount(username, PASSWORD, "Made Suartini", "ASSESSOR", null, "Universitas Udayana"));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A draft period with a copy of the 2024 instrument and the given regions taking part (REGULER). */
    static void draftPeriod(MockMvc mvc, int year, String... regions) throws Exception {
        mvc.perform(json(post("/api/v1/periods").with(admin()), "{\"year\":" + year + ",\"copyInstrumentFrom\":2024}"))
                .andExpect(status().isCreated());
        for (String region : regions) {
            mvc.perform(json(
                            put("/api/v1/periods/" + year + "/participants/" + region)
                                    .with(admin()),
                            "{\"track\":\"REGULER\"}"))
                    .andExpect(status().is2xxSuccessful());
        }
    }

    /** A period in SELF_ASSESSMENT, open from yesterday until ten days from now. */
    static void openPeriod(MockMvc mvc, int year, String... regions) throws Exception {
        draftPeriod(mvc, year, regions);
        schedule(mvc, year, today().minusDays(1), today().plusDays(10));
        mvc.perform(json(
                        post("/api/v1/periods/" + year + "/transitions").with(admin()), "{\"to\":\"SELF_ASSESSMENT\"}"))
                .andExpect(status().isOk());
    }

    static void schedule(MockMvc mvc, int year, LocalDate opens, LocalDate deadline) throws Exception {
        mvc.perform(json(
                        patch("/api/v1/periods/" + year).with(admin()),
                        "{\"selfAssessmentOpens\":\"" + opens + "\",\"selfAssessmentDeadline\":\"" + deadline + "\"}"))
                .andExpect(status().isOk());
    }

    static String regionPath(int year, String region) {
        return "/api/v1/periods/" + year + "/regions/" + region;
    }

    static String answerBody(int level, String justification, Integer version) {
        return "{\"level\":" + level + ",\"justification\":\"" + justification + "\",\"version\":" + version + "}";
    }

    static ResultActions putAnswer(MockMvc mvc, RequestPostProcessor user, int year, String region, int no, String body)
            throws Exception {
        return mvc.perform(json(put(regionPath(year, region) + "/answers/" + no).with(user), body));
    }

    static JsonNode answers(MockMvc mvc, int year, String region) throws Exception {
        return read(mvc.perform(get(regionPath(year, region) + "/answers").with(admin()))
                .andExpect(status().isOk()));
    }

    static JsonNode read(ResultActions result) throws Exception {
        return JsonMapper.shared()
                .readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
