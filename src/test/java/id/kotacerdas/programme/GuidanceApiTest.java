package id.kotacerdas.programme;

import static id.kotacerdas.programme.Selection.admin;
import static id.kotacerdas.programme.Selection.json;
import static id.kotacerdas.programme.Selection.load;
import static id.kotacerdas.programme.Selection.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The guidance of a cohort through the API (docs/api.md, section 14e): Gorontalo's 2038 cohort (Kota Gorontalo and
 * Kabupaten Gorontalo; confirms a cohort, see {@link Selection}) with a university mentor for Kota Gorontalo, a
 * bimtek for both regions with its material, milestones, the signed MoU; who may see and do what.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidanceApiTest {

    private static final int YEAR = 2038;
    private static final String KOTA = "75.71";
    private static final String KABUPATEN = "75.01";
    private static final String NOT_SELECTED = "75.02";
    private static final String PASSWORD = "Danau-Limboto-Bimtek-2038!";
    private static final String OPERATOR = "op-guid-7571";
    private static final String OTHER_OPERATOR = "op-guid-7501";
    private static final String MENTOR = "asr-guid-ung";
    private static final String SECOND_MENTOR = "asr-guid-unsrat";
    private static final String UNRELATED = "asr-guid-itb";

    @Autowired
    MockMvc mvc;

    long cohort;
    long openSelection;
    long session;
    long kotaSession;

    @BeforeAll
    void gorontalosCohortWithItsMentor(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Kota Gorontalo", "OPERATOR", KOTA, null));
        accounts.create(
                new NewAccount(OTHER_OPERATOR, PASSWORD, "Operator Kab. Gorontalo", "OPERATOR", KABUPATEN, null));
        accounts.create(
                new NewAccount(MENTOR, PASSWORD, "Dr. Rahmat", "ASSESSOR", null, "Universitas Negeri Gorontalo"));
        accounts.create(
                new NewAccount(SECOND_MENTOR, PASSWORD, "Dr. Wulan", "ASSESSOR", null, "Universitas Sam Ratulangi"));
        accounts.create(new NewAccount(UNRELATED, PASSWORD, "Ir. Budi", "ASSESSOR", null, "ITB"));
        cohort = open(mvc, YEAR, "Angkatan uji bimtek 2038", 2);
        load(
                mvc,
                cohort,
                Selection.HEADER + KOTA + ",90,90,90,TINGGI\n" + KABUPATEN + ",80,80,80,SEDANG\n" + NOT_SELECTED
                        + ",10,10,10,RENDAH\n");
        mvc.perform(post("/api/v1/selections/{id}/confirmation", cohort).with(admin()))
                .andExpect(status().isOk());
        openSelection = open(mvc, YEAR, "Seleksi uji bimtek belum dikonfirmasi", 1);
        mvc.perform(mentors(KOTA, "[{\"username\":\"" + MENTOR + "\",\"from\":\"2038-02-01\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value(MENTOR))
                .andExpect(jsonPath("$[0].affiliation").value("Universitas Negeri Gorontalo"));
        // the mentor of Kota Gorontalo does not mentor Kabupaten Gorontalo: not a session for both
        mvc.perform(body(post("/api/v1/guidance-sessions"), MENTOR, """
                        {"heldOn":"2038-04-10","topic":"Bimtek I","online":true,"facilitator":"Dr. Rahmat",
                         "regions":[{"regionCode":"75.71","headcount":2},{"regionCode":"75.01","headcount":5}]}""")).andExpect(status().isForbidden());
        session = json(mvc.perform(body(post("/api/v1/guidance-sessions"), "admin", """
                        {"heldOn":"2038-04-10","topic":"Bimtek I: analisis wilayah","place":"Aula Bappeda Gorontalo",
                         "online":false,"facilitator":"Dr. Rahmat (UNG)",
                         "regions":[{"regionCode":"75.71","attendees":"Siti, Kepala Bappeda\\nAndi, Kabid TIK Diskominfo"},
                                    {"regionCode":"75.01","headcount":5}]}"""))
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Location", startsWith("/api/v1/guidance-sessions/")))
                        .andExpect(jsonPath("$.regions.length()").value(2)))
                .get("id")
                .asLong();
        // and one of Kota Gorontalo alone, by its mentor
        kotaSession = json(mvc.perform(body(post("/api/v1/guidance-sessions"), MENTOR, """
                        {"heldOn":"2038-05-15","topic":"Pendampingan draf masterplan","online":true,
                         "facilitator":"Dr. Rahmat (UNG)","regions":[{"regionCode":"75.71","headcount":4}]}"""))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    @Test
    void a_mentor_is_an_assessor_with_an_affiliation_of_a_region_in_a_confirmed_cohort_and_history_is_kept()
            throws Exception {
        refusedMentor(KABUPATEN, "[{\"username\":\"" + OPERATOR + "\",\"from\":\"2038-02-01\"}]", "mentor.notAssessor");
        refusedMentor(KABUPATEN, "[{\"username\":\"nobody-here\",\"from\":\"2038-02-01\"}]", "mentor.unknown");
        refusedMentor(
                KABUPATEN,
                "[{\"username\":\"" + SECOND_MENTOR + "\",\"from\":\"2038-02-01\",\"to\":\"2038-01-01\"}]",
                "mentor.to");
        mvc.perform(put("/api/v1/selections/{id}/regions/{code}/mentors", cohort, NOT_SELECTED)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentors\":[{\"username\":\"" + SECOND_MENTOR + "\",\"from\":\"2038-02-01\"}]}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("selection.notSelected"));
        mvc.perform(put("/api/v1/selections/{id}/regions/{code}/mentors", openSelection, KABUPATEN)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentors\":[{\"username\":\"" + SECOND_MENTOR + "\",\"from\":\"2038-02-01\"}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selection.notConfirmed"));

        // assigned, then its dates changed: the first assignment stays as history
        mvc.perform(mentors(KABUPATEN, "[{\"username\":\"" + SECOND_MENTOR + "\",\"from\":\"2038-02-01\"}]"))
                .andExpect(status().isOk());
        mvc.perform(mentors(
                        KABUPATEN,
                        "[{\"username\":\"" + SECOND_MENTOR + "\",\"from\":\"2038-03-01\",\"to\":\"2039-12-31\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].toOn").value("2039-12-31"));
        JsonNode history = json(mvc.perform(get("/api/v1/selections/{id}/regions/{code}/mentors", cohort, KABUPATEN)
                        .with(admin()))
                .andExpect(status().isOk()));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("removedAt").isNull()).isTrue();
        assertThat(history.get(1).get("fromOn").asString()).isEqualTo("2038-02-01");
        assertThat(history.get(1).get("removedBy").asString()).isEqualTo("admin");
        // and removed again: Kabupaten Gorontalo has no mentor
        mvc.perform(mentors(KABUPATEN, "[]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(get("/api/v1/regions/{code}/programme", KABUPATEN), SECOND_MENTOR))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_session_for_two_regions_keeps_each_attendance_and_its_material_downloads_byte_for_byte() throws Exception {
        JsonNode s =
                json(mvc.perform(get("/api/v1/guidance-sessions/{id}", session).with(admin()))
                        .andExpect(status().isOk()));
        assertThat(s.get("regions")).hasSize(2);
        assertThat(s.get("regions").get(0).get("regionCode").asString()).isEqualTo(KABUPATEN);
        assertThat(s.get("regions").get(0).get("count").asInt()).isEqualTo(5);
        assertThat(s.get("regions").get(1).get("count").asInt()).isEqualTo(2);

        byte[] slides = SampleFiles.pdfOfSize(4096);
        JsonNode material = json(mvc.perform(multipart("/api/v1/guidance-sessions/{id}/materials", session)
                        .file(new MockMultipartFile("file", "materi-bimtek-1.pdf", "application/pdf", slides))
                        .with(httpBasic(MENTOR, PASSWORD)))
                .andExpect(status().isCreated()));
        mvc.perform(multipart("/api/v1/guidance-sessions/{id}/materials", session)
                        .file(new MockMultipartFile("file", "catatan.pdf", "application/pdf", SampleFiles.TEXT))
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.type"));
        String url = "/api/v1/guidance-sessions/" + session + "/materials/"
                + material.get("id").asString();
        // the operator of Kota Gorontalo downloads it, byte for byte, and sees its own attendance only
        byte[] downloaded = mvc.perform(as(get(url), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(slides);
        mvc.perform(as(get("/api/v1/guidance-sessions/{id}", session), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions.length()").value(1))
                .andExpect(jsonPath("$.regions[0].attendees").value("Siti, Kepala Bappeda\nAndi, Kabid TIK Diskominfo"))
                .andExpect(jsonPath("$.materials[0].name").value("materi-bimtek-1.pdf"));
        mvc.perform(as(get("/api/v1/guidance-sessions?year=2038"), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + session + ")]").exists());
        mvc.perform(as(get("/api/v1/guidance-sessions?year=2038"), UNRELATED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        // a session for a region outside the programme, or without attendance, is refused
        mvc.perform(body(post("/api/v1/guidance-sessions"), "admin", """
                        {"heldOn":"2038-05-10","topic":"x","online":true,"facilitator":"y",
                         "regions":[{"regionCode":"75.02","headcount":3}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("guidance.region.notInProgramme"));
        mvc.perform(body(post("/api/v1/guidance-sessions"), "admin", """
                        {"heldOn":"2038-05-10","topic":"x","online":true,"facilitator":"y",
                         "regions":[{"regionCode":"75.71"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("guidance.attendance.missing"));
    }

    @Test
    void the_mentor_records_milestones_and_the_progress_is_n_of_m_with_the_next_one_due() throws Exception {
        JsonNode defaults = json(
                mvc.perform(get("/api/v1/selections/{id}/milestones", cohort).with(admin()))
                        .andExpect(status().isOk()));
        assertThat(defaults).hasSize(6);
        assertThat(defaults.get(4).get("name").asString()).isEqualTo("Dasar hukum (Perbup/Perwal) ditandatangani");

        reach(KOTA, 1, "{\"reachedOn\":\"2038-04-10\",\"note\":\"Bimtek I di Aula Bappeda\"}", MENTOR)
                .andExpect(status().isOk());
        JsonNode progress =
                json(reach(KOTA, 2, "{\"reachedOn\":\"2038-06-30\"}", MENTOR).andExpect(status().isOk()));
        assertThat(progress.get("progress").get("reached").asInt()).isEqualTo(2);
        assertThat(progress.get("progress").get("total").asInt()).isEqualTo(6);
        assertThat(progress.get("progress").get("next").get("no").asInt()).isEqualTo(3);
        assertThat(progress.get("milestones").get(0).get("note").asString()).isEqualTo("Bimtek I di Aula Bappeda");
        // not Kabupaten Gorontalo's: the mentor does not mentor it
        reach(KABUPATEN, 1, "{\"reachedOn\":\"2038-04-10\"}", MENTOR).andExpect(status().isForbidden());
        reach(KOTA, 9, "{\"reachedOn\":\"2038-04-10\"}", MENTOR)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("milestone.notFound"));

        // the administrator's list: dropping a reached milestone is refused, a shorter list with it is kept
        mvc.perform(milestones("[{\"name\":\"Bimtek I\"}]"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("milestone.reached"));
        mvc.perform(milestones("[{\"name\":\"Bimtek I\"},{\"name\":\"Draf masterplan\",\"dueOn\":\"2038-06-30\"},"
                        + "{\"name\":\"Masterplan final\",\"dueOn\":\"2038-09-30\"}]"))
                .andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/regions/{code}/programme", KOTA), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohorts[0].milestones.progress.reached").value(2))
                .andExpect(jsonPath("$.cohorts[0].milestones.progress.total").value(3))
                .andExpect(
                        jsonPath("$.cohorts[0].milestones.progress.next.name").value("Masterplan final"));
        JsonNode table = json(mvc.perform(get("/api/v1/selections/{id}/milestones/progress", cohort)
                        .with(admin()))
                .andExpect(status().isOk()));
        assertThat(table).hasSize(2);
        assertThat(table.get(0).get("progress").get("reached").asInt()).isZero();
    }

    @Test
    void the_signed_mou_is_a_pdf_with_its_revisions_kept_and_read_by_the_regions_operator_and_mentor()
            throws Exception {
        mvc.perform(mou(SampleFiles.docm(), "mou.docx"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.macros"));
        mvc.perform(mou(SampleFiles.PNG, "mou.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("mou.document.pdf"));
        byte[] first = SampleFiles.pdfOfSize(2000);
        byte[] second = SampleFiles.pdfOfSize(3000);
        mvc.perform(mou(first, "mou-2038.pdf"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(1));
        mvc.perform(mou(second, "mou-2038-ttd.pdf"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2));
        String url = "/api/v1/selections/" + cohort + "/regions/" + KOTA + "/mou/document";
        for (String reader : List.of(OPERATOR, MENTOR, "admin")) {
            byte[] latest = mvc.perform(as(get(url), reader))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(latest).as(reader).isEqualTo(second);
        }
        assertThat(mvc.perform(as(get(url + "?revision=1"), OPERATOR))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(first);
        mvc.perform(as(get(url + "/revisions"), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].name").value("mou-2038-ttd.pdf"));
        mvc.perform(as(get("/api/v1/selections/{id}/regions/{code}/mou/document", cohort, KABUPATEN), OTHER_OPERATOR))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("mou.document.notFound"));
    }

    @Test
    void the_operator_sees_its_regions_programme_and_the_mentor_only_the_regions_mentored() throws Exception {
        mvc.perform(as(get("/api/v1/regions/{code}/programme", KOTA), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionName").value("Kota Gorontalo"))
                .andExpect(jsonPath("$.cohorts[0].cohort.year").value(YEAR))
                .andExpect(jsonPath("$.cohorts[0].mentors[0].username").value(MENTOR))
                .andExpect(jsonPath("$.sessions[?(@.id == " + session + ")]").exists());
        mvc.perform(as(get("/api/v1/regions/{code}/programme", KOTA), MENTOR)).andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/regions/{code}/programme", KABUPATEN), MENTOR))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/regions/{code}/programme", KOTA), OTHER_OPERATOR))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region.forbidden"));
        // the mentor reads the region's field evaluations too (monitoring), and no other region's
        mvc.perform(as(get("/api/v1/regions/{code}/field-evaluations", KOTA), MENTOR))
                .andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/regions/{code}/field-evaluations", KABUPATEN), MENTOR))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/regions/{code}/field-evaluations", KOTA), UNRELATED))
                .andExpect(status().isForbidden());
    }

    /** Every guidance endpoint that reads or changes Kota Gorontalo's programme. */
    Stream<String> kotaCalls() {
        String mou = "/api/v1/selections/" + cohort + "/regions/" + KOTA + "/mou/document";
        return Stream.of(
                "GET /api/v1/regions/" + KOTA + "/programme",
                "GET /api/v1/guidance-sessions/" + kotaSession,
                "GET /api/v1/guidance-sessions/" + kotaSession + "/materials/00000000-0000-0000-0000-000000000001",
                "POST /api/v1/guidance-sessions/" + kotaSession + "/materials",
                "POST /api/v1/guidance-sessions",
                "GET " + mou,
                "GET " + mou + "/revisions",
                "POST " + mou,
                "PUT /api/v1/selections/" + cohort + "/regions/" + KOTA + "/milestones/1",
                "PUT /api/v1/selections/" + cohort + "/regions/" + KOTA + "/mentors",
                "GET /api/v1/selections/" + cohort + "/regions/" + KOTA + "/mentors",
                "GET /api/v1/selections/" + cohort + "/milestones",
                "PUT /api/v1/selections/" + cohort + "/milestones",
                "GET /api/v1/selections/" + cohort + "/milestones/progress");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kotaCalls")
    void another_regions_operator_an_unrelated_assessor_and_anonymous_callers_are_refused(String call)
            throws Exception {
        mvc.perform(request(call)).andExpect(status().isUnauthorized());
        mvc.perform(request(call).with(httpBasic(OTHER_OPERATOR, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(request(call).with(httpBasic(UNRELATED, PASSWORD))).andExpect(status().isForbidden());
    }

    private AbstractMockHttpServletRequestBuilder<?> request(String call) {
        String[] parts = call.split(" ", 2);
        if (parts[0].equals("POST") && (parts[1].endsWith("/materials") || parts[1].endsWith("/document"))) {
            return multipart(parts[1]).file(new MockMultipartFile("file", "x.pdf", "application/pdf", SampleFiles.PDF));
        }
        String body = parts[1].endsWith("/guidance-sessions")
                ? "{\"heldOn\":\"2038-05-01\",\"topic\":\"x\",\"online\":true,\"facilitator\":\"y\","
                        + "\"regions\":[{\"regionCode\":\"" + KOTA + "\",\"headcount\":1}]}"
                : parts[1].endsWith("/milestones/1")
                        ? "{\"reachedOn\":\"2038-05-01\"}"
                        : parts[1].endsWith("/mentors") ? "{\"mentors\":[]}" : "{\"milestones\":[{\"name\":\"x\"}]}";
        MockHttpServletRequestBuilder request = switch (parts[0]) {
            case "GET" -> get(parts[1]);
            case "PUT" -> put(parts[1]);
            case "POST" -> post(parts[1]);
            default -> throw new AssertionError(call);
        };
        return parts[0].equals("GET")
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder mentors(String region, String list) {
        return put("/api/v1/selections/{id}/regions/{code}/mentors", cohort, region)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mentors\":" + list + "}");
    }

    private void refusedMentor(String region, String list, String code) throws Exception {
        mvc.perform(mentors(region, list))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));
    }

    private MockHttpServletRequestBuilder milestones(String list) {
        return put("/api/v1/selections/{id}/milestones", cohort)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"milestones\":" + list + "}");
    }

    private ResultActions reach(String region, int no, String body, String who) throws Exception {
        return mvc.perform(as(
                put("/api/v1/selections/{id}/regions/{code}/milestones/{no}", cohort, region, no)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                who));
    }

    private AbstractMockHttpServletRequestBuilder<?> mou(byte[] content, String name) {
        return multipart("/api/v1/selections/{id}/regions/{code}/mou/document", cohort, KOTA)
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .with(admin());
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String who, String json) {
        return as(request.contentType(MediaType.APPLICATION_JSON).content(json), who);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        RequestPostProcessor caller = who.equals("admin") ? admin() : httpBasic(who, PASSWORD);
        return request.with(caller);
    }
}
