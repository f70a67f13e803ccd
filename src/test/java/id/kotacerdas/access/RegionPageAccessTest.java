package id.kotacerdas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages' counterpart of {@link RegionEndpointAccessTest}: every page the application maps under
 * {@code /wilayah}, {@code /penilaian} and {@code /admin} is listed below, and for each one (GET, and POST
 * with its CSRF token, as a browser sends it):
 *
 * <ul>
 *   <li>an anonymous visitor is sent to the login page {@code /masuk}, never shown the page;
 *   <li>a region's pages ({@code /wilayah/{year}/{code}/**}, {@code /penilaian/{year}/{code}/**}) refuse
 *       the operator of another region and an assessor who is not on the region's panel (403);
 *   <li>the administration ({@code /admin/**}) refuses operators and assessors (403);
 *   <li>the caller's own lists ({@code /wilayah}, {@code /penilaian}) never lead to another region.
 * </ul>
 *
 * A page mapped under those prefixes without a row here fails {@link #every_page_route_has_an_access_rule}.
 * The callers are real accounts (the application reads the caller's account on every request), and {@link
 * #the_same_callers_open_the_pages_of_their_own_region} shows the refusals come from the region rule, not
 * from an unknown account.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionPageAccessTest {

    private static final int YEAR = TestYears.REGION_PAGE_ACCESS;
    private static final String REGION = "51.03";
    private static final String OTHER_REGION = "51.71";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final String OTHER_OPERATOR = "op-pages-5171";
    private static final String PANEL_ASSESSOR = "asr-pages-5103";
    private static final String OTHER_ASSESSOR = "asr-pages-5171";

    private static final String WILAYAH = "/wilayah/{year}/{code}";
    private static final String PENILAIAN = "/penilaian/{year}/{code}";
    private static final String ADMIN = "/admin/periode/{year}";

    /**
     * Every page route under the three prefixes, with form fields that pass the handler's binding (so the
     * access rule decides, not a missing field). "multipart" marks the evidence upload.
     */
    private static final Map<String, Map<String, String>> ROUTES = Map.ofEntries(
            // the caller's own lists
            Map.entry("GET /wilayah", Map.of()),
            Map.entry("GET /penilaian", Map.of()),
            // a region's self-assessment and survey (its operator, its panel, administrators)
            Map.entry("GET " + WILAYAH + "/penilaian-mandiri", Map.of()),
            Map.entry("POST " + WILAYAH + "/jawaban/{no}", Map.of("level", "3", "justification", "x", "version", "0")),
            Map.entry("POST " + WILAYAH + "/bukti", Map.of("multipart", "", "questionNo", "1")),
            Map.entry("POST " + WILAYAH + "/kirim", Map.of()),
            Map.entry("POST " + WILAYAH + "/buka-kembali", Map.of("reason", "x")),
            Map.entry("GET " + WILAYAH + "/survei", Map.of()),
            Map.entry("POST " + WILAYAH + "/survei/status", Map.of("open", "false")),
            // a region's scoring (its panel, administrators)
            Map.entry("GET " + PENILAIAN, Map.of()),
            Map.entry("POST " + PENILAIAN + "/skor/{no}", Map.of("score", "3", "note", "x", "version", "0")),
            Map.entry("POST " + PENILAIAN + "/kirim", Map.of()),
            Map.entry("POST " + PENILAIAN + "/temuan", Map.of("kind", "KEKUATAN", "text", "x")),
            Map.entry("POST " + PENILAIAN + "/temuan/{id}/hapus", Map.of()),
            // the administration (administrators only)
            Map.entry("GET /admin", Map.of()),
            Map.entry("GET /admin/audit", Map.of()),
            Map.entry("GET /admin/wilayah", Map.of()),
            Map.entry("GET /admin/pengguna", Map.of()),
            Map.entry(
                    "POST /admin/pengguna",
                    Map.of("username", "x-pages", "displayName", "x", "role", "OPERATOR", "regionCode", REGION)),
            Map.entry("POST /admin/pengguna/{username}/status", Map.of("enabled", "false")),
            Map.entry("GET /admin/periode", Map.of()),
            Map.entry("POST /admin/periode", Map.of("year", String.valueOf(YEAR), "copyFrom", "2024")),
            Map.entry("GET " + ADMIN, Map.of()),
            Map.entry("POST " + ADMIN + "/status", Map.of("to", "ASSESSMENT")),
            Map.entry("POST " + ADMIN + "/jadwal", Map.of()),
            Map.entry("GET " + ADMIN + "/peserta", Map.of()),
            Map.entry("POST " + ADMIN + "/peserta", Map.of("code", REGION, "track", "REGULER")),
            Map.entry("POST " + ADMIN + "/peserta/{code}/hapus", Map.of()),
            Map.entry("POST " + ADMIN + "/bobot/{track}", Map.of()),
            Map.entry("GET " + ADMIN + "/pertanyaan/{no}", Map.of()),
            Map.entry("POST " + ADMIN + "/pertanyaan/{no}", Map.of()),
            Map.entry("POST " + ADMIN + "/pertanyaan", Map.of()),
            Map.entry("POST " + ADMIN + "/pertanyaan/{no}/hapus", Map.of()),
            Map.entry("GET " + ADMIN + "/impor", Map.of()),
            Map.entry("POST " + ADMIN + "/impor", Map.of()),
            Map.entry("POST " + ADMIN + "/impor/{importId}/konfirmasi", Map.of()),
            Map.entry("GET " + ADMIN + "/pemantauan", Map.of()),
            Map.entry("GET " + ADMIN + "/panel/{code}", Map.of()),
            Map.entry("POST " + ADMIN + "/panel/{code}", Map.of("usernames", PANEL_ASSESSOR)),
            // issue 9: reopening an assessor's submitted scoring
            Map.entry(
                    "POST " + ADMIN + "/panel/{code}/buka-kembali", Map.of("assessor", PANEL_ASSESSOR, "reason", "x")),
            Map.entry("GET " + ADMIN + "/wawancara/{code}", Map.of()),
            Map.entry("POST " + ADMIN + "/wawancara/{code}/jadwal", Map.of()),
            Map.entry("POST " + ADMIN + "/wawancara/{code}/kehadiran", Map.of()),
            Map.entry("POST " + ADMIN + "/wawancara/{code}/catatan", Map.of()),
            Map.entry("GET " + ADMIN + "/survei", Map.of()),
            Map.entry("POST " + ADMIN + "/survei/kuota", Map.of("quota", "50")),
            Map.entry("POST " + ADMIN + "/survei/pernyataan/{no}", Map.of()),
            // issue 10: the results letter
            Map.entry("GET " + ADMIN + "/surat", Map.of()),
            Map.entry("POST " + ADMIN + "/surat", Map.of("number", "x")),
            // issue 11: masterplan monitoring (the masterplan's region decides: MasterplanPagesTest)
            Map.entry("GET /wilayah/masterplan", Map.of()),
            Map.entry("GET /admin/masterplan", Map.of()),
            Map.entry("GET /wilayah/{code}/masterplan", Map.of()),
            Map.entry("POST /wilayah/{code}/masterplan", Map.of("title", "x", "startYear", "2024", "endYear", "2028")),
            Map.entry("GET /wilayah/masterplan/{id}", Map.of()),
            Map.entry("POST /wilayah/masterplan/{id}/butir", Map.of("tahun", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/butir/{item}/realisasi", Map.of("tahun", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/butir/{item}", Map.of("tahun", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/laporan", Map.of("tahun", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/rekomendasi", Map.of("tahun", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/rekomendasi/{recommendation}", Map.of("tahun", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/butir/{item}/hapus", Map.of("confirm", "yes")),
            Map.entry("POST /wilayah/masterplan/{id}/butir/{item}/henti", Map.of("stoppedYear", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/butir/{item}/lanjut", Map.of()),
            // issue 10: every region's report in one ZIP
            Map.entry("GET " + ADMIN + "/laporan", Map.of()),
            Map.entry("POST " + ADMIN + "/laporan", Map.of()),
            Map.entry("GET " + ADMIN + "/laporan/kemajuan", Map.of("batch", "00000000-0000-0000-0000-000000000001")),
            // survey integrity (issue 9)
            Map.entry("GET /wilayah/survei-isian", Map.of()),
            Map.entry("GET " + WILAYAH + "/survei/isian", Map.of()),
            Map.entry("POST " + WILAYAH + "/survei/isian", Map.of("dimension", "GOVERNANCE", "source", "PAPER")),
            Map.entry("GET " + ADMIN + "/survei/integritas", Map.of()),
            Map.entry("GET " + ADMIN + "/survei/integritas/{code}", Map.of()),
            Map.entry(
                    "POST " + ADMIN + "/survei/integritas/{code}/karantina", Map.of("reason", "x", "source", "PAPER")),
            Map.entry("POST " + ADMIN + "/survei/integritas/{code}/karantina/{id}/lepas", Map.of("reason", "x")),
            // issue 11: a masterplan's Excel import ({id}: the masterplan; its region's operator and administrators;
            // another region's operator is refused in MasterplanImportPageTest)
            Map.entry("GET /wilayah/masterplan/{id}/impor", Map.of()),
            Map.entry("POST /wilayah/masterplan/{id}/impor", Map.of("multipart", "")),
            // issue 11: evidence on a masterplan item's realisation (another region's operator is refused in
            // RealisationEvidencePagesTest)
            Map.entry("POST /wilayah/masterplan/{id}/butir/{item}/bukti", Map.of("multipart", "", "tahun", "2024")),
            Map.entry("POST /wilayah/masterplan/{id}/bukti/{file}/hapus", Map.of("tahun", "2024")),
            // issue 12: field evaluations (tinjauan lapangan): the ministry's pages, and a follow-up's status on the
            // region's masterplans page (its operator and administrators; another region's operator is refused in
            // FieldEvaluationPagesTest)
            Map.entry("GET /admin/tinjauan-lapangan", Map.of()),
            Map.entry("POST /admin/tinjauan-lapangan", Map.of("code", REGION, "year", "2024", "semester", "1")),
            Map.entry("GET /admin/tinjauan-lapangan/{code}/{tahun}/{semester}", Map.of()),
            Map.entry("POST /admin/tinjauan-lapangan/{code}/{tahun}/{semester}", Map.of()),
            Map.entry("POST /admin/tinjauan-lapangan/{code}/{tahun}/{semester}/tindak-lanjut", Map.of()),
            Map.entry("POST /admin/tinjauan-lapangan/{code}/{tahun}/{semester}/tindak-lanjut/{no}", Map.of()),
            Map.entry(
                    "POST /wilayah/{code}/tinjauan-lapangan/{tahun}/{semester}/tindak-lanjut/{no}",
                    Map.of("status", "DONE")),
            // issue 12: candidate selection ({id}: a selection; administrators only)
            Map.entry("GET /admin/seleksi", Map.of()),
            Map.entry("POST /admin/seleksi/peserta-periode", Map.of("year", "2024")),
            Map.entry(
                    "POST /admin/seleksi",
                    Map.of(
                            "year",
                            "2018",
                            "name",
                            "x",
                            "quota",
                            "5",
                            "weight.IKBT",
                            "1",
                            "weight.IKB",
                            "0",
                            "weight.IKH",
                            "0",
                            "weight.KKD",
                            "0")),
            Map.entry("GET /admin/seleksi/{id}", Map.of()),
            Map.entry("POST /admin/seleksi/{id}", Map.of("year", "2018", "name", "x", "quota", "5")),
            Map.entry("POST /admin/seleksi/{id}/kandidat", Map.of("multipart", "")),
            Map.entry("POST /admin/seleksi/{id}/konfirmasi", Map.of()),
            Map.entry("POST /admin/seleksi/{id}/mou/{code}", Map.of("number", "x", "signedOn", "2018-03-20")),
            // issue 12: the period's awards (the jury's decisions are the administrators')
            Map.entry("GET " + ADMIN + "/penghargaan", Map.of()),
            Map.entry("POST " + ADMIN + "/penghargaan", Map.of("name", "x", "measure", "FINAL", "places", "1")),
            Map.entry("GET " + ADMIN + "/penghargaan/{award}", Map.of()),
            Map.entry("POST " + ADMIN + "/penghargaan/{award}", Map.of("name", "x", "measure", "FINAL", "places", "1")),
            Map.entry("POST " + ADMIN + "/penghargaan/{award}/pemenang", Map.of("winners", REGION, "note", "x")),
            Map.entry("POST " + ADMIN + "/penghargaan/{award}/terbitkan", Map.of()),
            // issue 13: evaluation analytics (administrators only)
            Map.entry("GET " + ADMIN + "/kesepakatan", Map.of()),
            Map.entry("GET " + ADMIN + "/kesepakatan/{code}", Map.of()),
            Map.entry("GET " + ADMIN + "/kalibrasi", Map.of()),
            // a field evaluation's photos: the ministry adds and removes them on the evaluation's page (the region's
            // operator sees them on its masterplans page, read only: FieldEvaluationPhotoPagesTest)
            Map.entry(
                    "POST /admin/tinjauan-lapangan/{code}/{tahun}/{semester}/foto",
                    Map.of("multipart", "", "caption", "x")),
            Map.entry("POST /admin/tinjauan-lapangan/{code}/{tahun}/{semester}/foto/{photo}/hapus", Map.of()),
            // issue 12: the programme's guidance: the administrator's page of a cohort; the mentor's page (its posts
            // refuse whoever does not mentor the region); the region's programme page and its downloads (its
            // operator, its mentor, administrators; another region's operator is refused in GuidancePagesTest)
            Map.entry("GET /admin/seleksi/{id}/pendampingan", Map.of()),
            Map.entry(
                    "POST /admin/seleksi/{id}/pendampingan/{code}/pendamping",
                    Map.of("username", "x", "from", "2018-04-01")),
            Map.entry("POST /admin/seleksi/{id}/pendampingan/{code}/pendamping/{username}/hapus", Map.of()),
            Map.entry("POST /admin/seleksi/{id}/tahapan", Map.of("name", "x")),
            Map.entry("POST /admin/seleksi/{id}/bimtek", Map.of()),
            Map.entry("POST /admin/seleksi/{id}/bimtek/{session}/materi", Map.of("multipart", "")),
            Map.entry("POST /admin/seleksi/{id}/mou/{code}/dokumen", Map.of("multipart", "")),
            Map.entry("GET /penilaian/pendampingan", Map.of()),
            Map.entry("POST /penilaian/pendampingan/bimtek", Map.of()),
            Map.entry("POST /penilaian/pendampingan/bimtek/{session}/materi", Map.of("multipart", "")),
            Map.entry("POST /penilaian/pendampingan/{id}/{code}/tahapan/{no}", Map.of("reachedOn", "2018-04-01")),
            Map.entry("GET /wilayah/{code}/program", Map.of()),
            Map.entry("GET /wilayah/{code}/program/bimtek/{session}/materi/{file}", Map.of()),
            Map.entry("GET /wilayah/{code}/program/mou/{id}", Map.of()),
            // issue 12: the masterplan review ({id}: a selection; the ministry's pages, a reviewer's and the region's;
            // an unassigned reviewer and another region's operator are refused in MasterplanReviewPagesTest)
            Map.entry("GET /admin/seleksi/{id}/masterplan", Map.of()),
            Map.entry(
                    "POST /admin/seleksi/{id}/masterplan/rubrik",
                    Map.of("code.0", "A", "name.0", "A", "weight.0", "1")),
            Map.entry("GET /admin/seleksi/{id}/masterplan/{code}", Map.of()),
            Map.entry("POST /admin/seleksi/{id}/masterplan/{code}/penilai", Map.of("reviewers", PANEL_ASSESSOR)),
            Map.entry(
                    "POST /admin/seleksi/{id}/masterplan/{code}/buka-kembali",
                    Map.of("reviewer", PANEL_ASSESSOR, "reason", "x")),
            Map.entry("POST /admin/seleksi/{id}/masterplan/{code}/publikasi", Map.of()),
            Map.entry("GET /penilaian/masterplan", Map.of()),
            Map.entry("GET /penilaian/masterplan/{id}/{code}", Map.of()),
            Map.entry("POST /penilaian/masterplan/{id}/{code}", Map.of("score.RPJMD", "3")),
            Map.entry("POST /penilaian/masterplan/{id}/{code}/kirim", Map.of()),
            Map.entry("GET /wilayah/{code}/masterplan-review", Map.of()),
            Map.entry(
                    "POST /wilayah/{code}/masterplan-review/{id}/dokumen",
                    Map.of("multipart", "", "kind", "MASTERPLAN")),
            // issue 14: e-mail notices: the outbox, sending a failed notice again, an account's address and language
            // (administrators only; one's own notices and address are /pemberitahuan and /akun, any signed-in account)
            Map.entry("GET /admin/pemberitahuan", Map.of()),
            Map.entry("POST /admin/pemberitahuan/{id}/kirim-ulang", Map.of()),
            Map.entry("POST /admin/pengguna/{username}/kontak", Map.of("email", "x@example.go.id", "language", "id")),
            // issue 14: a region's self-assessment extension, on the tracking dashboard (administrators only)
            Map.entry(
                    "POST " + ADMIN + "/pemantauan/{code}/perpanjangan",
                    Map.of("until", (YEAR + 1) + "-01-10T17:00", "reason", "x")),
            Map.entry("POST " + ADMIN + "/pemantauan/{code}/perpanjangan/cabut", Map.of()));

    private static final Pattern PAGE_PREFIXES = Pattern.compile("/(wilayah|penilaian|admin)(/.*)?");
    private static final Pattern REGION_PAGE = Pattern.compile("/(wilayah|penilaian)/\\{year}/\\{code}(/.*)?");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    void twoRegionsWithTheirOperatorsAndPanels(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels) {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, REGION, "REGULER", "test");
        participants.set(YEAR, OTHER_REGION, "REGULER", "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        accounts.create(new NewAccount(OTHER_OPERATOR, PASSWORD, "Kadek Operator", "OPERATOR", OTHER_REGION, null));
        accounts.create(new NewAccount(PANEL_ASSESSOR, PASSWORD, "Komang Penilai", "ASSESSOR", null, "ITB"));
        accounts.create(new NewAccount(OTHER_ASSESSOR, PASSWORD, "Ketut Penilai", "ASSESSOR", null, "UGM"));
        panels.assign(YEAR, REGION, List.of(PANEL_ASSESSOR), TestActors.admin());
        panels.assign(YEAR, OTHER_REGION, List.of(OTHER_ASSESSOR), TestActors.admin());
    }

    @Test
    void every_page_route_has_an_access_rule() {
        Set<String> mapped =
                MappedRoutes.of(mappings, p -> PAGE_PREFIXES.matcher(p).matches());
        assertThat(mapped).as("page routes the application maps").containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRoutes")
    void an_anonymous_visitor_is_sent_to_the_login_page_from_every_page(String route) throws Exception {
        mvc.perform(request(route))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/masuk")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regionRoutes")
    void an_operator_of_another_region_is_refused_every_page_of_the_region(String route) throws Exception {
        mvc.perform(request(route).with(operator(OTHER_OPERATOR))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regionRoutes")
    void an_assessor_not_on_the_panel_is_refused_every_page_of_the_region(String route) throws Exception {
        mvc.perform(request(route).with(assessor(OTHER_ASSESSOR))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminRoutes")
    void operators_and_assessors_are_refused_every_page_of_the_administration(String route) throws Exception {
        mvc.perform(request(route).with(operator(OTHER_OPERATOR))).andExpect(status().isForbidden());
        mvc.perform(request(route).with(assessor(OTHER_ASSESSOR))).andExpect(status().isForbidden());
    }

    @Test
    void the_own_lists_lead_to_the_callers_region_and_never_to_another() throws Exception {
        String operatorList =
                html(mvc.perform(get("/wilayah").with(operator(OTHER_OPERATOR))).andExpect(status().isOk()));
        assertThat(operatorList)
                .contains("/wilayah/" + YEAR + "/" + OTHER_REGION + "/")
                .doesNotContain("/wilayah/" + YEAR + "/" + REGION + "/");

        String assessorList = html(
                mvc.perform(get("/penilaian").with(assessor(OTHER_ASSESSOR))).andExpect(status().isOk()));
        assertThat(assessorList)
                .contains("/penilaian/" + YEAR + "/" + OTHER_REGION + "\"")
                .doesNotContain("/penilaian/" + YEAR + "/" + REGION);
    }

    @Test
    void the_same_callers_open_the_pages_of_their_own_region() throws Exception {
        mvc.perform(get("/wilayah/{year}/{code}/penilaian-mandiri", YEAR, OTHER_REGION)
                        .with(operator(OTHER_OPERATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/wilayah/{year}/{code}/survei", YEAR, OTHER_REGION).with(operator(OTHER_OPERATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/penilaian/{year}/{code}", YEAR, OTHER_REGION).with(assessor(OTHER_ASSESSOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/wilayah/{year}/{code}/penilaian-mandiri", YEAR, OTHER_REGION)
                        .with(assessor(OTHER_ASSESSOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/penilaian/{year}/{code}", YEAR, REGION).with(assessor(PANEL_ASSESSOR)))
                .andExpect(status().isOk());
    }

    Stream<String> allRoutes() {
        return ROUTES.keySet().stream().sorted();
    }

    Stream<String> regionRoutes() {
        return allRoutes().filter(r -> REGION_PAGE.matcher(path(r)).matches());
    }

    Stream<String> adminRoutes() {
        return allRoutes().filter(r -> path(r).startsWith("/admin"));
    }

    private static String path(String route) {
        return route.split(" ", 2)[1];
    }

    /** The route as a browser sends it: a GET, or a form post with its CSRF token. */
    private static AbstractMockHttpServletRequestBuilder<?> request(String route) {
        String method = route.split(" ", 2)[0];
        String url = path(route)
                .replace("{year}", String.valueOf(YEAR))
                .replace("{code}", REGION)
                .replace("{no}", "1")
                .replace("{id}", "1")
                .replace("{item}", "1")
                .replace("{recommendation}", "1")
                .replace("{file}", "00000000-0000-0000-0000-000000000002")
                .replace("{photo}", "00000000-0000-0000-0000-000000000003")
                .replace("{tahun}", "2024")
                .replace("{semester}", "1")
                .replace("{session}", "1")
                .replace("{track}", "REGULER")
                .replace("{award}", "1")
                .replace("{username}", OTHER_OPERATOR)
                .replace("{importId}", "00000000-0000-0000-0000-000000000001");
        Map<String, String> fields = ROUTES.get(route);
        AbstractMockHttpServletRequestBuilder<?> request;
        if (method.equals("GET")) {
            request = get(url);
        } else if (method.equals("POST") && fields.containsKey("multipart")) {
            request = multipart(url)
                    .file(new MockMultipartFile(
                            "file", "bukti.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8)))
                    .with(csrf());
        } else if (method.equals("POST")) {
            request = post(url).with(csrf());
        } else {
            throw new AssertionError(route + ": a page route that is neither GET nor POST needs a rule of its own");
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!field.getKey().equals("multipart")) {
                request.param(field.getKey(), field.getValue());
            }
        }
        return request;
    }

    private static RequestPostProcessor operator(String username) {
        return user(username).roles("OPERATOR");
    }

    private static RequestPostProcessor assessor(String username) {
        return user(username).roles("ASSESSOR");
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
