package id.kotacerdas.records;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Stage I notes, the interview session and its attendance, and the panel's signed findings. */
@IntegrationTest
class InterviewsAndFindingsTest {

    private static final int YEAR = TestYears.INTERVIEWS_AND_FINDINGS;

    private static final String REGION = "/api/v1/periods/" + YEAR + "/regions/51.03";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";

    @Autowired
    MockMvc mvc;

    @Autowired
    CreatePeriod periods;

    @Autowired
    ManageParticipants participants;

    @Autowired
    MovePeriod move;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    AssignPanel panels;

    @Test
    void the_ministry_notes_stage_one_schedules_the_interview_and_the_panel_writes_findings() throws Exception {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "51.03", "REGULER", "test");
        accounts.create(new NewAccount("asr-f1", PASSWORD, "Dr. Ayu Lestari", "ASSESSOR", null, "Universitas Udayana"));
        accounts.create(new NewAccount("asr-f2", PASSWORD, "Ir. Budi Santoso", "ASSESSOR", null, "ITB"));
        accounts.create(new NewAccount("asr-f3", PASSWORD, "Citra Dewi", "ASSESSOR", null, "UGM"));

        admin(post(REGION + "/consultation-notes"), "{\"note\":\"Masterplan perlu diperbarui\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("admin"));
        admin(
                        put(REGION + "/interview"),
                        "{\"scheduledAt\":\"" + YEAR + "-11-05T09:00:00+08:00\",\"meetingLink\":\"zoom\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("meetingLink"));
        admin(put(REGION + "/interview"), """
                        {"scheduledAt":"%d-11-05T09:00:00+08:00","meetingLink":"https://meet.example/badung"}""".formatted(YEAR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.held").value(false));

        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        panels.assign(YEAR, "51.03", List.of("asr-f1", "asr-f2"), TestActors.admin());

        json(post(REGION + "/findings"), "{\"kind\":\"KEKUATAN\",\"text\":\"Dewan smart city aktif\"}", "asr-f1")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Dr. Ayu Lestari"))
                .andExpect(jsonPath("$.affiliation").value("Universitas Udayana"));
        json(post(REGION + "/findings"), "{\"kind\":\"REKOMENDASI\",\"text\":\"Perbarui renstra OPD\"}", "asr-f2")
                .andExpect(status().isCreated());
        json(post(REGION + "/findings"), "{\"kind\":\"PUJIAN\",\"text\":\"x\"}", "asr-f1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
        json(post(REGION + "/findings"), "{\"kind\":\"KELEMAHAN\",\"text\":\"x\"}", "asr-f3")
                .andExpect(status().isForbidden());
        // blind like the scores: an assessor who has not submitted reads only their own findings
        mvc.perform(get(REGION + "/findings").with(httpBasic("asr-f2", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("REKOMENDASI"));
        mvc.perform(get(REGION + "/findings").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        long other = Long.parseLong(
                mvc.perform(get(REGION + "/findings").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .replaceAll("(?s).*\"id\":(\\d+),\"kind\":\"REKOMENDASI\".*", "$1"));
        mvc.perform(delete(REGION + "/findings/" + other).with(assessor("asr-f1")))
                .andExpect(status().isNotFound());

        admin(post(REGION + "/interview/attendance"), "{\"regionAttended\":true,\"assessorsPresent\":[\"asr-f3\"]}")
                .andExpect(status().isBadRequest());
        admin(post(REGION + "/interview/attendance"), """
                        {"regionAttended":true,"assessorsPresent":["asr-f1","asr-f2"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.held").value(true))
                .andExpect(jsonPath("$.assessorsPresent.length()").value(2));

        admin(post("/api/v1/periods/" + YEAR + "/transitions"), "{\"to\":\"FINALIZED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("finalize.incomplete"))
                .andExpect(jsonPath("$.incomplete[0]").value("51.03"));
        mvc.perform(get("/api/v1/periods/" + YEAR).with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.status").value("ASSESSMENT"));
        participants.remove(YEAR, "51.03", "test");
        move.transition(YEAR, "FINALIZED", "test", "test");
        json(post(REGION + "/findings"), "{\"kind\":\"KELEMAHAN\",\"text\":\"terlambat\"}", "asr-f1")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/audit")
                        .param("region", "51.03")
                        .param("year", String.valueOf(YEAR))
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$[?(@.action == 'FINDING_ADDED')]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.action == 'INTERVIEW_HELD')]").isNotEmpty());
    }

    private ResultActions admin(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String body, String assessor) throws Exception {
        return mvc.perform(request.with(assessor(assessor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static RequestPostProcessor assessor(String name) {
        return user(name).roles("ASSESSOR");
    }
}
