package id.kotacerdas.programme;

import static id.kotacerdas.programme.Selection.admin;
import static id.kotacerdas.programme.Selection.load;
import static id.kotacerdas.programme.Selection.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The guidance pages: the administrator's page of Maluku Utara's 2039 cohort (Kota Ternate and Kota Tidore
 * Kepulauan; confirms a cohort, see {@link Selection}), the mentor's page and the region's programme page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidancePagesTest {

    private static final String TERNATE = "82.71";
    private static final String TIDORE = "82.72";
    private static final String PASSWORD = "Benteng-Oranje-Ternate-2039!";
    private static final String OPERATOR = "op-guidp-8271";
    private static final String OTHER_OPERATOR = "op-guidp-8272";
    private static final String MENTOR = "asr-guidp-unkhair";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long cohort;

    @BeforeAll
    void ternateAndTidoreIn2039(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Ternate", "OPERATOR", TERNATE, null));
        accounts.create(new NewAccount(OTHER_OPERATOR, PASSWORD, "Operator Tidore", "OPERATOR", TIDORE, null));
        accounts.create(new NewAccount(MENTOR, PASSWORD, "Dr. Nurlela", "ASSESSOR", null, "Universitas Khairun"));
        cohort = open(mvc, 2039, "Angkatan uji halaman bimtek 2039", 2);
        load(mvc, cohort, Selection.HEADER + TERNATE + ",90,90,90,TINGGI\n" + TIDORE + ",80,80,80,SEDANG\n");
        mvc.perform(post("/api/v1/selections/{id}/confirmation", cohort).with(admin()))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/selections/{id}/regions/{code}/mou", cohort, TERNATE)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"MoU/082/KOMINFO/2039\",\"signedOn\":\"2039-03-20\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void the_administrator_assigns_a_mentor_edits_the_milestones_records_a_session_and_uploads_the_mou()
            throws Exception {
        String base = "/admin/seleksi/" + cohort;
        assertThat(html(mvc.perform(get(base + "/pendampingan").with(adminUser()))
                        .andExpect(status().isOk())))
                .contains("Tahapan penyusunan masterplan", "Dasar hukum (Perbup/Perwal) ditandatangani")
                .contains("Kota Tidore Kepulauan");

        MvcResult refused = form(
                        base + "/pendampingan/" + TERNATE + "/pendamping",
                        adminUser(),
                        Map.of("username", OPERATOR, "from", "2039-04-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("mentorError").toString()).contains("bukan akun penilai");
        MvcResult assigned = form(
                        base + "/pendampingan/" + TERNATE + "/pendamping",
                        adminUser(),
                        Map.of("username", MENTOR, "from", "2039-04-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(assigned.getFlashMap().get("notice").toString()).contains("Pendamping 82.71 disimpan");

        form(
                        base + "/bimtek",
                        adminUser(),
                        Map.of(
                                "heldOn",
                                "2039-04-20",
                                "topic",
                                "Bimtek I: analisis wilayah",
                                "place",
                                "Hotel Bela Ternate",
                                "facilitator",
                                "Dr. Nurlela",
                                "attendees." + TERNATE,
                                "Ahmad, Kepala Bappelitbangda\nRina, Kadis Kominfo",
                                "headcount." + TIDORE,
                                "4"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        result -> assertThat(result.getFlashMap().get("notice").toString())
                                .contains("Bimtek I: analisis wilayah"));
        MvcResult noPlace = form(
                        base + "/bimtek",
                        adminUser(),
                        Map.of("heldOn", "2039-04-21", "topic", "x", "facilitator", "y", "headcount." + TIDORE, "2"))
                .andReturn();
        assertThat(noPlace.getFlashMap().get("sessionError").toString()).contains("daring");

        mvc.perform(multipart(base + "/mou/" + TERNATE + "/dokumen")
                        .file(new MockMultipartFile("file", "mou-ternate.pdf", "application/pdf", SampleFiles.PDF))
                        .with(adminUser())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page =
                html(mvc.perform(get(base + "/pendampingan").with(adminUser())).andExpect(status().isOk()));
        assertThat(page)
                .contains("Dr. Nurlela (Universitas Khairun), sejak 2039-04-01")
                .contains("Kota Ternate: 2", "Kota Tidore Kepulauan: 4")
                .contains("revisi 1: mou-ternate.pdf");
    }

    @Test
    void the_mentor_records_a_milestone_of_the_region_mentored_only_and_its_operator_sees_the_programme()
            throws Exception {
        mvc.perform(put("/api/v1/selections/{id}/regions/{code}/mentors", cohort, TIDORE)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentors\":[{\"username\":\"" + MENTOR + "\",\"from\":\"2039-04-01\","
                                + "\"to\":\"2039-12-31\"}]}"))
                .andExpect(status().isOk());
        String mentorPage =
                html(mvc.perform(get("/penilaian/pendampingan").with(mentor())).andExpect(status().isOk()));
        assertThat(mentorPage).contains("Kota Tidore Kepulauan (82.72), angkatan 2039");
        MvcResult reached = form(
                        "/penilaian/pendampingan/" + cohort + "/" + TIDORE + "/tahapan/1",
                        mentor(),
                        Map.of("reachedOn", "2039-04-20", "note", "Bimtek I"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(reached.getFlashMap().get("notice").toString()).contains("Tahapan 1 wilayah 82.72");
        form(
                        "/penilaian/pendampingan/" + cohort + "/" + TERNATE + "/tahapan/1",
                        user(OTHER_OPERATOR).roles("OPERATOR"),
                        Map.of("reachedOn", "2039-04-20"))
                .andExpect(status().isForbidden());
        assertThat(html(mvc.perform(get("/penilaian/pendampingan")
                                .with(user(OTHER_OPERATOR).roles("OPERATOR")))
                        .andExpect(status().isOk())))
                .contains("Anda tidak sedang mendampingi");

        String operatorPage = html(mvc.perform(get("/wilayah/{code}/program", TIDORE)
                        .with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk()));
        assertThat(operatorPage)
                .contains("Program Kota Cerdas: Kota Tidore Kepulauan")
                .contains("Dr. Nurlela (Universitas Khairun), 2039-04-01 sampai 2039-12-31")
                .contains("Tahapan: 1 dari 6 tercapai", "Berikutnya: Draf masterplan");
        mvc.perform(get("/wilayah/{code}/program", TERNATE)
                        .with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/wilayah/{code}/program", TERNATE))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", Matchers.endsWith("/masuk")));
    }

    @Test
    void the_operator_downloads_its_sessions_material_and_its_signed_mou_byte_for_byte() throws Exception {
        long session = jdbc.sql("insert into programme_guidance_session (held_on, topic, online, facilitator,"
                        + " recorded_by) values ('2039-05-02', 'Bimtek II', true, 'Tim Kominfo', 'admin') returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into programme_guidance_attendance (session_id, region_code, headcount) values (?, ?, 3)")
                .params(session, TERNATE)
                .update();
        byte[] slides = SampleFiles.pdfOfSize(3210);
        mvc.perform(multipart("/penilaian/pendampingan/bimtek/{id}/materi", session)
                        .file(new MockMultipartFile("file", "bimtek-2.pdf", "application/pdf", slides))
                        .with(adminUser())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        byte[] mou = SampleFiles.pdfOfSize(1234);
        mvc.perform(multipart("/admin/seleksi/{id}/mou/{code}/dokumen", cohort, TERNATE)
                        .file(new MockMultipartFile("file", "mou-ttd.pdf", "application/pdf", mou))
                        .with(adminUser())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = html(mvc.perform(get("/wilayah/{code}/program", TERNATE).with(operator()))
                .andExpect(status().isOk()));
        assertThat(page).contains("Nomor MoU/082/KOMINFO/2039, ditandatangani 2039-03-20", "bimtek-2.pdf");
        String fileId = jdbc.sql("select id::text from programme_guidance_material where session_id = ?")
                .param(session)
                .query(String.class)
                .single();
        byte[] downloaded = mvc.perform(get("/wilayah/{code}/program/bimtek/{s}/materi/{f}", TERNATE, session, fileId)
                        .with(operator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(slides);
        byte[] signed = mvc.perform(
                        get("/wilayah/{code}/program/mou/{id}", TERNATE, cohort).with(operator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(signed).isEqualTo(mou);
        mvc.perform(get("/wilayah/{code}/program/mou/{id}", TERNATE, cohort)
                        .with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/wilayah/{code}/program/bimtek/{s}/materi/{f}", TERNATE, session, fileId)
                        .with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andExpect(status().isForbidden());
    }

    private ResultActions form(String url, RequestPostProcessor who, Map<String, String> fields) throws Exception {
        var request = post(url).with(who).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private static RequestPostProcessor adminUser() {
        return user(TestAccounts.ADMIN).roles("ADMIN");
    }

    private static RequestPostProcessor operator() {
        return user(OPERATOR).roles("OPERATOR");
    }

    private static RequestPostProcessor mentor() {
        return user(MENTOR).roles("ASSESSOR");
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
