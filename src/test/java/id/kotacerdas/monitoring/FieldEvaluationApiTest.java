package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Kota Pekalongan's field evaluations of 2020 through the API, as the ministry ran them: the first semester's
 * planned and then held (10-11 March, a ministry official and the university mentor, the OPD interviewed, the
 * findings) with two follow-ups, the second semester's planned for November. The region's operator reads them and
 * updates a follow-up; the national list counts them; a second evaluation of a semester and invalid ones are
 * refused with their codes; another region's operator and anonymous callers are refused on every endpoint, its
 * photos' included ({@link FieldEvaluationPhotosTest}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldEvaluationApiTest {

    private static final String PEKALONGAN = "33.75";
    private static final String OPERATOR = "op-field-3375";
    private static final String OTHER_OPERATOR = "op-field-3372";
    private static final String PASSWORD = "Batik-Pekalongan-Tinjau-2020!";
    private static final String BASE = "/api/v1/regions/" + PEKALONGAN + "/field-evaluations";
    private static final String JUNE = BASE + "/2020/1";
    private static final String NOVEMBER = BASE + "/2020/2";

    private static final String TEAM = """
            [{"name":"Atina Ratnaningtyas","affiliation":"Ditjen Aptika Kemenkominfo","role":"Perwakilan kementerian"},
             {"name":"Prof. Djunaidi","affiliation":"Universitas Gadjah Mada","role":"Pendamping"}]""";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    long masterplan;
    long othersMasterplan;
    String photo;

    @BeforeAll
    void pekalongansEvaluationsOf2020(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Pekalongan", "OPERATOR", PEKALONGAN, null));
        accounts.create(new NewAccount(OTHER_OPERATOR, PASSWORD, "Operator Surakarta", "OPERATOR", "33.72", null));
        masterplan = id(mvc.perform(json(post("/api/v1/regions/" + PEKALONGAN + "/masterplans"), """
                        {"title":"Masterplan Smart City Kota Pekalongan 2018-2022","startYear":2018,"endYear":2022}"""))
                .andExpect(status().isCreated()));
        othersMasterplan = id(mvc.perform(json(post("/api/v1/regions/33.72/masterplans"), """
                        {"title":"Masterplan Smart City Kota Surakarta 2018-2022","startYear":2018,"endYear":2022}"""))
                .andExpect(status().isCreated()));

        // the first semester's evaluation, planned
        mvc.perform(json(post(BASE), """
                        {"year":2020,"semester":1,"masterplanId":%d,"plannedOn":"2020-03-10","team":%s,
                         "stakeholders":["Bappeda","Dinkominfo"]}""".formatted(masterplan, TEAM)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith(JUNE)))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.heldOn").doesNotExist())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.regionName").value("Kota Pekalongan"));
        // no follow-up before it is held
        mvc.perform(json(post(JUNE + "/follow-ups"), """
                        {"action":"x","agency":"Bappeda","dueOn":"2020-09-30"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.followUp.notHeld"));
        // held on 10-11 March, recorded with its findings
        mvc.perform(json(put(JUNE), """
                        {"masterplanId":%d,"plannedOn":"2020-03-10","heldOn":"2020-03-10","heldUntil":"2020-03-11",
                         "place":"Ruang Amarta Setda Kota Pekalongan","team":%s,
                         "stakeholders":["Bappeda","Dinkominfo","DPMPTSP","RSUD Bendan"],
                         "notes":"Inovasi perizinan, pendaftaran rumah sakit dan puskesmas serta layanan e-KTP sudah\\nberjalan; OPD menyelaraskan masterplan dengan RPJMD.",
                         "version":1}""".formatted(masterplan, TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.heldUntil").value("2020-03-11"))
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(json(post(JUNE + "/follow-ups"), """
                        {"action":"Integrasikan layanan perizinan dan e-KTP ke satu portal","agency":"Dinkominfo",
                         "dueOn":"2020-09-30"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith(JUNE + "/follow-ups/1")))
                .andExpect(jsonPath("$.no").value(1))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(json(post(JUNE + "/follow-ups"), """
                        {"action":"Selaraskan roadmap masterplan dengan RPJMD","agency":"Bappeda",
                         "dueOn":"2020-11-30"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.no").value(2));
        // a photo of the visit
        photo = JsonMapper.shared()
                .readTree(mvc.perform(multipart(JUNE + "/photos")
                                .file(new MockMultipartFile("file", "ruang-amarta.png", "image/png", SampleFiles.PNG))
                                .param("caption", "Wawancara OPD di Ruang Amarta")
                                .with(caller(TestAccounts.ADMIN)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();
        // the second semester's, planned for November
        mvc.perform(json(post(BASE), """
                        {"year":2020,"semester":2,"masterplanId":%d,"plannedOn":"2020-11-16",
                         "team":[{"name":"Atina Ratnaningtyas","affiliation":"Ditjen Aptika Kemenkominfo"}]}""".formatted(masterplan)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED"));
    }

    @Test
    void the_region_reads_its_evaluations_with_team_stakeholders_notes_and_follow_ups() throws Exception {
        mvc.perform(as(get(BASE + "?year=2020"), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].semester").value(1))
                .andExpect(jsonPath("$[0].status").value("HELD"))
                .andExpect(jsonPath("$[0].heldOn").value("2020-03-10"))
                .andExpect(jsonPath("$[0].masterplanId").value(masterplan))
                .andExpect(jsonPath("$[0].masterplanTitle").value("Masterplan Smart City Kota Pekalongan 2018-2022"))
                .andExpect(jsonPath("$[0].team[0].name").value("Atina Ratnaningtyas"))
                .andExpect(jsonPath("$[0].team[1].affiliation").value("Universitas Gadjah Mada"))
                .andExpect(jsonPath("$[0].team[1].role").value("Pendamping"))
                .andExpect(jsonPath("$[0].stakeholders[3]").value("RSUD Bendan"))
                .andExpect(jsonPath("$[0].followUps.length()").value(2))
                .andExpect(jsonPath("$[0].followUps[1].agency").value("Bappeda"))
                .andExpect(jsonPath("$[0].followUps[1].dueOn").value("2020-11-30"))
                .andExpect(jsonPath("$[1].semester").value(2))
                .andExpect(jsonPath("$[1].status").value("PLANNED"))
                .andExpect(jsonPath("$[1].plannedOn").value("2020-11-16"));
        mvc.perform(as(get(BASE + "?year=2019"), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(get(JUNE), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place").value("Ruang Amarta Setda Kota Pekalongan"))
                .andExpect(jsonPath("$.notes").value(startsWith("Inovasi perizinan")));
        mvc.perform(as(get(BASE + "/2021/1"), OPERATOR))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.notFound"));
    }

    @Test
    void the_regions_operator_updates_a_follow_up_addressed_to_it_and_the_change_is_audited() throws Exception {
        mvc.perform(json(put(JUNE + "/follow-ups/1"), OPERATOR, """
                        {"status":"IN_PROGRESS","note":"Portal layanan diuji coba sejak Agustus"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.note").value("Portal layanan diuji coba sejak Agustus"))
                .andExpect(jsonPath("$.updatedBy").value(OPERATOR));
        mvc.perform(json(put(JUNE + "/follow-ups/1"), OPERATOR, "{\"status\":\"SOMEDAY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.value.unknown"))
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(json(put(JUNE + "/follow-ups/9"), OPERATOR, "{\"status\":\"DONE\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.followUp.notFound"));
        mvc.perform(as(get(JUNE), OPERATOR))
                .andExpect(jsonPath("$.followUps[0].status").value("IN_PROGRESS"));

        assertThat(audit.find(PEKALONGAN, null))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("FIELD_EVALUATION_FOLLOW_UP_UPDATED");
                    assertThat(e.actor()).isEqualTo(OPERATOR);
                    assertThat(e.oldValue()).isEqualTo("OPEN");
                })
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("FIELD_EVALUATION_PLANNED"))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("FIELD_EVALUATION_RECORDED");
                    assertThat(e.newValue()).contains("Prof. Djunaidi (Universitas Gadjah Mada, Pendamping)");
                })
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("FIELD_EVALUATION_FOLLOW_UP_ADDED"));
    }

    @Test
    void the_national_list_counts_each_semester_and_the_open_follow_ups() throws Exception {
        String body = mvc.perform(as(get("/api/v1/field-evaluations?year=2020"), TestAccounts.ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2020))
                .andExpect(jsonPath("$.semesters[0].semester").value(1))
                .andExpect(jsonPath("$.semesters[1].semester").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var tree = JsonMapper.shared().readTree(body);
        var june = tree.get("evaluations")
                .valueStream()
                .filter(l -> l.get("regionCode").asString().equals(PEKALONGAN)
                        && l.get("semester").asInt() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(june.get("regionName").asString()).isEqualTo("Kota Pekalongan");
        assertThat(june.get("status").asString()).isEqualTo("HELD");
        assertThat(june.get("heldOn").asString()).isEqualTo("2020-03-10");
        assertThat(june.get("followUps").asInt()).isEqualTo(2);
        // both still open (one in progress); their due dates have passed
        assertThat(june.get("openFollowUps").asInt()).isEqualTo(2);
        assertThat(june.get("overdueFollowUps").asInt()).isEqualTo(2);
        var november = tree.get("evaluations")
                .valueStream()
                .filter(l -> l.get("regionCode").asString().equals(PEKALONGAN)
                        && l.get("semester").asInt() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(november.get("status").asString()).isEqualTo("PLANNED");
        assertThat(november.get("plannedOn").asString()).isEqualTo("2020-11-16");
        assertThat(tree.get("semesters").get(0).get("held").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(tree.get("semesters").get(1).get("evaluations").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_second_evaluation_of_the_semester_is_refused() throws Exception {
        mvc.perform(json(post(BASE), """
                        {"year":2020,"semester":1,"plannedOn":"2020-06-15","team":[{"name":"Tim lain"}]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.exists"));
    }

    @Test
    void invalid_evaluations_are_refused_on_their_field() throws Exception {
        String future = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3).toString();
        int thisYear = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        refused(BASE, "{\"year\":2021,\"semester\":3,\"plannedOn\":\"2021-06-01\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.semester.invalid"))
                .andExpect(jsonPath("$.field").value("semester"));
        refused(BASE, "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-01\",\"team\":[]}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.team.empty"))
                .andExpect(jsonPath("$.field").value("team"));
        refused(
                        BASE,
                        "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-01\",\"team\":[{\"name\":\" \","
                                + "\"affiliation\":\"UGM\"}]}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.team.name"));
        refused(BASE, "{\"year\":2021,\"semester\":1,\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.planned.missing"))
                .andExpect(jsonPath("$.field").value("plannedOn"));
        refused(BASE, "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2020-12-01\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.planned.outsideYear"));
        refused(
                        BASE,
                        "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-01\",\"heldOn\":\"2021-06-02\","
                                + "\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.notes.missing"))
                .andExpect(jsonPath("$.field").value("notes"));
        refused(
                        BASE,
                        "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-01\",\"heldOn\":\"2021-06-02\","
                                + "\"heldUntil\":\"2021-06-01\",\"notes\":\"x\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.heldUntil.beforeHeld"))
                .andExpect(jsonPath("$.field").value("heldUntil"));
        refused(
                        BASE,
                        "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-01\",\"heldUntil\":\"2021-06-01\","
                                + "\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.heldUntil.withoutHeld"));
        refused(
                        BASE,
                        "{\"year\":2020,\"semester\":1,\"plannedOn\":\"2020-06-01\",\"heldOn\":\"2019-12-30\","
                                + "\"notes\":\"x\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.held.beforeYear"));
        refused(
                        BASE,
                        "{\"year\":" + thisYear + ",\"semester\":2,\"plannedOn\":\"" + thisYear + "-01-01\","
                                + "\"heldOn\":\"" + future + "\",\"notes\":\"x\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.held.future"))
                .andExpect(jsonPath("$.field").value("heldOn"));
        refused(
                        BASE,
                        "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-01\",\"team\":" + TEAM
                                + ",\"stakeholders\":[\"Bappeda\",\"bappeda\"]}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.stakeholder.repeated"))
                .andExpect(jsonPath("$.field").value("stakeholders"));
        refused(
                        BASE,
                        "{\"year\":2021,\"semester\":1,\"masterplanId\":" + othersMasterplan
                                + ",\"plannedOn\":\"2021-06-01\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.masterplan.notRegions"))
                .andExpect(jsonPath("$.field").value("masterplanId"));
        refused(
                        BASE,
                        "{\"year\":2023,\"semester\":1,\"masterplanId\":" + masterplan
                                + ",\"plannedOn\":\"2023-06-01\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.masterplan.outsideYears"));
        refused(BASE, "{\"semester\":1,\"plannedOn\":\"2021-06-01\",\"team\":" + TEAM + "}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.year.invalid"));
        mvc.perform(as(get(BASE + "/2021/1"), TestAccounts.ADMIN)).andExpect(status().isNotFound());

        refused(JUNE + "/follow-ups", "{\"action\":\"x\",\"agency\":\"Bappeda\",\"dueOn\":\"2020-03-01\"}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.followUp.dueBeforeHeld"))
                .andExpect(jsonPath("$.field").value("dueOn"));
        refused(JUNE + "/follow-ups", "{\"action\":\"x\",\"agency\":\"Bappeda\"}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.followUp.dueMissing"));
        refused(JUNE + "/follow-ups", "{\"action\":\" \",\"agency\":\"Bappeda\",\"dueOn\":\"2020-12-01\"}")
                .andExpect(jsonPath("$.code").value("fieldEvaluation.text.missing"))
                .andExpect(jsonPath("$.field").value("action"));
    }

    @Test
    void a_held_evaluation_stays_held_and_a_change_from_an_old_version_is_refused() throws Exception {
        String held = """
                {"plannedOn":"2020-03-10","heldOn":"2020-03-10","heldUntil":"2020-03-11","notes":"x","team":%s,
                 "version":1}""".formatted(TEAM);
        mvc.perform(json(put(JUNE), held))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.stale"));
        mvc.perform(json(put(JUNE), "{\"plannedOn\":\"2020-03-10\",\"team\":" + TEAM + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.held.stays"));
        // nothing was lost
        mvc.perform(as(get(JUNE), OPERATOR))
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.stakeholders.length()").value(4))
                .andExpect(jsonPath("$.followUps.length()").value(2));
    }

    @Test
    void the_regions_operator_reads_but_neither_plans_records_nor_adds_follow_ups() throws Exception {
        mvc.perform(json(
                        post(BASE),
                        OPERATOR,
                        "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-01\",\"team\":" + TEAM + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(put(NOVEMBER), OPERATOR, "{\"plannedOn\":\"2020-11-17\",\"team\":" + TEAM + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        post(JUNE + "/follow-ups"),
                        OPERATOR,
                        "{\"action\":\"x\",\"agency\":\"Bappeda\",\"dueOn\":\"2020-12-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/field-evaluations?year=2020"), OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(as(get(NOVEMBER), OPERATOR))
                .andExpect(jsonPath("$.plannedOn").value("2020-11-16"));
    }

    Stream<AbstractMockHttpServletRequestBuilder<?>> everyEndpoint() {
        return Stream.of(
                body(post(BASE), "{\"year\":2021,\"semester\":2,\"plannedOn\":\"2021-11-01\",\"team\":" + TEAM + "}"),
                get(BASE),
                get(BASE + "?year=2020"),
                get(JUNE),
                body(put(NOVEMBER), "{\"plannedOn\":\"2020-11-17\",\"team\":" + TEAM + "}"),
                body(post(JUNE + "/follow-ups"), "{\"action\":\"x\",\"agency\":\"Bappeda\",\"dueOn\":\"2020-12-01\"}"),
                body(put(JUNE + "/follow-ups/2"), "{\"status\":\"DONE\",\"note\":\"x\"}"),
                get("/api/v1/field-evaluations?year=2020"),
                multipart(JUNE + "/photos")
                        .file(new MockMultipartFile("file", "titipan.png", "image/png", SampleFiles.PNG))
                        .param("caption", "Titipan"),
                get(JUNE + "/photos"),
                get(JUNE + "/photos/" + photo),
                delete(JUNE + "/photos/" + photo));
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void another_regions_operator_is_refused_and_an_anonymous_caller_unauthorized(
            AbstractMockHttpServletRequestBuilder<?> call) throws Exception {
        mvc.perform(call.with(httpBasic(OTHER_OPERATOR, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(call.with(request -> {
                    request.removeHeader("Authorization");
                    return request;
                }))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // nothing changed
        mvc.perform(as(get(JUNE), OPERATOR))
                .andExpect(jsonPath("$.followUps[1].status").value("OPEN"));
        mvc.perform(as(get(NOVEMBER), OPERATOR))
                .andExpect(jsonPath("$.plannedOn").value("2020-11-16"));
        mvc.perform(as(get(JUNE + "/photos"), OPERATOR))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(photo));
    }

    private ResultActions refused(String path, String body) throws Exception {
        return mvc.perform(json(post(path), body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** As an administrator. */
    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return json(request, TestAccounts.ADMIN, body);
    }

    private static MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, String username, String body) {
        return as(body(request, body), username);
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Signed in as the account (a session's caller, as a browser's calls are). */
    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(caller(username));
    }

    private static RequestPostProcessor caller(String username) {
        return username.equals(TestAccounts.ADMIN)
                ? user(username).roles("ADMIN")
                : user(username).roles("OPERATOR");
    }

    private static long id(ResultActions result) throws Exception {
        return JsonMapper.shared()
                .readTree(result.andReturn().getResponse().getContentAsString())
                .get("id")
                .asLong();
    }
}
