package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ministry attaches the photos of Kota Semarang's field evaluations of 2021 through the API: JPEG and PNG
 * images only, recognised by their content, each with its caption, given back byte for byte as the image itself;
 * at most 30 photos and 100 MB per evaluation. The region's operator sees them but neither adds nor removes one;
 * another region's operator and anonymous callers are refused on every endpoint ({@link FieldEvaluationApiTest}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldEvaluationPhotosTest {

    private static final String SEMARANG = "33.74";
    private static final String OPERATOR = "op-photos-3374";
    private static final String PASSWORD = "Lawang-Sewu-Semarang-1907!";
    private static final String BASE = "/api/v1/regions/" + SEMARANG + "/field-evaluations";
    private static final String JUNE = BASE + "/2021/1";
    private static final String NOVEMBER = BASE + "/2021/2";
    private static final String TEAM = "[{\"name\":\"Atina Ratnaningtyas\",\"affiliation\":\"Kemenkominfo\"}]";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @BeforeAll
    void semarangsEvaluationsOf2021(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Semarang", "OPERATOR", SEMARANG, null));
        for (String evaluation : List.of(
                "{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-08\",\"heldOn\":\"2021-06-09\","
                        + "\"notes\":\"Semarang Smart City berjalan.\",\"team\":" + TEAM + "}",
                "{\"year\":2021,\"semester\":2,\"plannedOn\":\"2021-11-16\",\"team\":" + TEAM + "}",
                "{\"year\":2022,\"semester\":1,\"plannedOn\":\"2022-06-14\",\"team\":" + TEAM + "}")) {
            mvc.perform(post(BASE)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(evaluation)
                            .with(admin()))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void a_jpeg_and_a_png_are_kept_with_their_captions_and_read_back_byte_for_byte() throws Exception {
        String jpeg = id(upload(JUNE, "rapat-bappeda.jpg", SampleFiles.JPEG, "Diskusi dengan Bappeda")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(JUNE + "/photos/")))
                .andExpect(jsonPath("$.caption").value("Diskusi dengan Bappeda"))
                .andExpect(jsonPath("$.name").value("rapat-bappeda.jpg"))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.size").value(SampleFiles.JPEG.length))
                .andExpect(jsonPath("$.uploadedBy").value(TestAccounts.ADMIN)));
        // the type is the content's, not the name's
        String png = id(upload(JUNE, "command-center.jpg", SampleFiles.PNG, "  Command center  ")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caption").value("Command center"))
                .andExpect(jsonPath("$.contentType").value("image/png")));

        assertThat(image(jpeg, "image/jpeg")).isEqualTo(SampleFiles.JPEG);
        assertThat(image(png, "image/png")).isEqualTo(SampleFiles.PNG);
        mvc.perform(get(JUNE + "/photos").with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + jpeg + "')].caption").value("Diskusi dengan Bappeda"))
                .andExpect(jsonPath("$[?(@.id == '" + png + "')].name").value("command-center.jpg"));
        assertThat(audit.find(SEMARANG, null))
                .anySatisfy(e -> assertThat(e.action() + " " + e.newValue())
                        .isEqualTo("FIELD_EVALUATION_PHOTO_ADDED rapat-bappeda.jpg (" + jpeg
                                + "): Diskusi dengan Bappeda"));
    }

    @Test
    void a_pdf_or_a_text_file_named_jpg_is_refused_and_nothing_is_kept() throws Exception {
        refused(upload(JUNE, "foto-rapat.jpg", SampleFiles.PDF, "Rapat"), "evidence.image", "file")
                .andExpect(jsonPath("$.detail").value(containsString("application/pdf")));
        refused(upload(JUNE, "foto-lapangan.jpg", SampleFiles.TEXT, "Lapangan"), "evidence.image", "file")
                .andExpect(jsonPath("$.detail").value(containsString("text/plain")));
        refused(upload(JUNE, "tanpa-keterangan.jpg", SampleFiles.JPEG, " "), "fieldEvaluation.text.missing", "caption");
        refused(upload(JUNE, "kosong.jpg", new byte[0], "Kosong"), "evidence.empty", "file");
        refused(
                upload(JUNE, "panjang.jpg", SampleFiles.JPEG, "x".repeat(301)),
                "fieldEvaluation.text.tooLong",
                "caption");

        assertThat(mvc.perform(get(JUNE + "/photos").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(
                        "foto-rapat.jpg", "foto-lapangan.jpg", "tanpa-keterangan.jpg", "kosong.jpg", "panjang.jpg");
        mvc.perform(multipart(BASE + "/2021/9/photos")
                        .file(new MockMultipartFile("file", "foto.jpg", "image/jpeg", SampleFiles.JPEG))
                        .param("caption", "x")
                        .with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.notFound"));
    }

    @Test
    void an_evaluation_takes_at_most_30_photos() throws Exception {
        // as if the evaluation had 29 already
        for (int i = 0; i < 29; i++) {
            photoRow(2021, 2, 1000);
        }
        upload(NOVEMBER, "ke-30.png", SampleFiles.PNG, "Foto ketiga puluh").andExpect(status().isCreated());

        refused(upload(NOVEMBER, "ke-31.png", SampleFiles.PNG, "Satu lagi"), 409, "fieldEvaluation.photos.tooMany")
                .andExpect(jsonPath("$.detail").value(containsString("30")));
        // another evaluation has its own limit
        upload(JUNE, "semester-1.png", SampleFiles.PNG, "Semester 1").andExpect(status().isCreated());
    }

    @Test
    void an_evaluations_photos_stay_within_100_megabytes() throws Exception {
        String evaluation = BASE + "/2022/1";
        photoRow(2022, 1, 100L * 1024 * 1024 - 10);

        mvc.perform(photo(evaluation, "satu-lagi.png", SampleFiles.PNG, "Satu lagi")
                        .header("Accept-Language", "en")
                        .with(admin()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("fieldEvaluation.photos.quotaExceeded"))
                .andExpect(jsonPath("$.detail").value(containsString("100 MB")));
    }

    @Test
    void the_regions_operator_sees_the_photos_but_neither_adds_nor_removes_one() throws Exception {
        String kept =
                id(upload(JUNE, "tim.png", SampleFiles.PNG, "Tim peninjau").andExpect(status().isCreated()));

        mvc.perform(get(JUNE + "/photos").with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + kept + "')].caption").value("Tim peninjau"));
        mvc.perform(get(JUNE + "/photos/" + kept).with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(SampleFiles.PNG));
        mvc.perform(photo(JUNE, "titipan.png", SampleFiles.PNG, "Titipan").with(as(OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("security.forbidden"));
        mvc.perform(delete(JUNE + "/photos/" + kept).with(as(OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        assertThat(image(kept, "image/png")).isEqualTo(SampleFiles.PNG);
        assertThat(mvc.perform(get(JUNE + "/photos").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("titipan.png");
    }

    @Test
    void the_ministry_removes_a_photo_with_its_content_and_the_removal_is_audited() throws Exception {
        String removed =
                id(upload(JUNE, "buram.jpg", SampleFiles.JPEG, "Foto buram").andExpect(status().isCreated()));
        // another evaluation's address does not reach it
        mvc.perform(get(NOVEMBER + "/photos/" + removed).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.photo.notFound"));
        mvc.perform(delete(NOVEMBER + "/photos/" + removed).with(admin())).andExpect(status().isNotFound());

        mvc.perform(delete(JUNE + "/photos/" + removed).with(admin())).andExpect(status().isNoContent());

        mvc.perform(get(JUNE + "/photos/" + removed).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("fieldEvaluation.photo.notFound"));
        mvc.perform(delete(JUNE + "/photos/" + removed).with(admin())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from evidence_content where stored_name = ?")
                        .param("field-evaluation/" + removed)
                        .query(Integer.class)
                        .single())
                .as("the content goes with the photo")
                .isZero();
        assertThat(audit.find(SEMARANG, null))
                .anySatisfy(e -> assertThat(e.action() + " " + e.actor() + " " + e.oldValue())
                        .isEqualTo("FIELD_EVALUATION_PHOTO_REMOVED admin buram.jpg (" + removed + "): Foto buram"));
    }

    /** A photo's row without content, as if uploaded before. */
    private void photoRow(int year, int semester, long size) {
        jdbc.sql("""
                        insert into field_evaluation_photo (id, evaluation_id, caption, original_name, stored_name,
                                                            content_type, size_bytes, sha256, uploaded_by)
                        values (?, (select id from field_evaluation where region_code = ? and year = ?
                                                                      and semester = ?),
                                'Foto lama', 'lama.png', ?, 'image/png', ?, repeat('0', 64), 'admin')
                        """)
                .params(UUID.randomUUID(), SEMARANG, year, semester, "field-evaluation/" + UUID.randomUUID(), size)
                .update();
    }

    private ResultActions upload(String evaluation, String name, byte[] content, String caption) throws Exception {
        return mvc.perform(photo(evaluation, name, content, caption).with(admin()));
    }

    private static MockMultipartHttpServletRequestBuilder photo(
            String evaluation, String name, byte[] content, String caption) {
        return multipart(evaluation + "/photos")
                .file(new MockMultipartFile("file", name, "image/jpeg", content))
                .param("caption", caption);
    }

    /** The photo as served: inline, of its detected type, never sniffed. */
    private byte[] image(String id, String type) throws Exception {
        return mvc.perform(get(JUNE + "/photos/" + id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(type))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static ResultActions refused(ResultActions result, String code, String field) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.field").value(field));
    }

    private static ResultActions refused(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value(code));
    }

    private static String id(ResultActions result) throws Exception {
        JsonNode body =
                JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
        return body.get("id").asString();
    }

    private static RequestPostProcessor admin() {
        return user(TestAccounts.ADMIN).roles("ADMIN");
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles("OPERATOR");
    }
}
