package id.kotacerdas.assessment;

import static id.kotacerdas.assessment.SelfAssessmentFixture.BADUNG;
import static id.kotacerdas.assessment.SelfAssessmentFixture.DENPASAR;
import static id.kotacerdas.assessment.SelfAssessmentFixture.PASSWORD;
import static id.kotacerdas.assessment.SelfAssessmentFixture.PROBLEM;
import static id.kotacerdas.assessment.SelfAssessmentFixture.admin;
import static id.kotacerdas.assessment.SelfAssessmentFixture.as;
import static id.kotacerdas.assessment.SelfAssessmentFixture.read;
import static id.kotacerdas.assessment.SelfAssessmentFixture.regionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestYears;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Evidence files are accepted by their content (PDF, images, office documents), never by their name,
 * stored under generated names and served only as attachments to the region's operator and admins.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceTest {

    static final int YEAR = TestYears.EVIDENCE;
    static final String OPERATOR = "sa-evd-op-badung";
    static final String OTHER_OPERATOR = "sa-evd-op-denpasar";

    static final byte[] PDF = SelfAssessmentFixture.PDF;

    static final byte[] PNG = SampleFiles.PNG;

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @LocalServerPort
    int port;

    @BeforeAll
    void openTheSelfAssessment() throws Exception {
        SelfAssessmentFixture.operator(accounts, OPERATOR, BADUNG);
        SelfAssessmentFixture.operator(accounts, OTHER_OPERATOR, DENPASAR);
        SelfAssessmentFixture.openPeriod(mvc, YEAR, BADUNG);
    }

    @Test
    void a_pdf_is_stored_listed_and_downloaded_as_an_attachment() throws Exception {
        JsonNode saved = read(upload(as(OPERATOR), "laporan-smart-city.pdf", "application/pdf", PDF)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(regionPath(YEAR, BADUNG) + "/evidence/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.questionNo").value(1))
                .andExpect(jsonPath("$.name").value("laporan-smart-city.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length)));
        String id = saved.get("id").asString();

        assertThat(ids(admin())).contains(id);
        assertThat(ids(as(OPERATOR))).contains(id);

        byte[] downloaded = mvc.perform(
                        get(regionPath(YEAR, BADUNG) + "/evidence/" + id).with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("filename=")))
                .andExpect(header().string("Content-Disposition", containsString("laporan-smart-city.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence/" + id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
    }

    @Test
    void a_png_is_accepted_as_an_image() throws Exception {
        upload(as(OPERATOR), "foto-cctv.png", "image/png", PNG)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"));
    }

    @Test
    void the_type_comes_from_the_content_not_from_the_name_or_the_declared_type() throws Exception {
        refused("laporan.pdf", "application/pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))
                .andExpect(jsonPath("$.code").value("evidence.type"));
        refused(
                        "bukti.pdf",
                        "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII))
                .andExpect(jsonPath("$.code").value("evidence.type"));
        refused(
                        "gambar.png",
                        "image/png",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                                .getBytes(StandardCharsets.US_ASCII))
                .andExpect(jsonPath("$.code").value("evidence.type"));
    }

    @Test
    void a_name_with_a_path_an_empty_file_and_a_file_over_5_mb_are_refused() throws Exception {
        refused("../../etc/passwd.pdf", "application/pdf", PDF)
                .andExpect(jsonPath("$.code").value("evidence.name.path"))
                .andExpect(jsonPath("$.field").value("file"));
        refused("..\\..\\windows\\win.ini.pdf", "application/pdf", PDF)
                .andExpect(jsonPath("$.code").value("evidence.name.path"));
        refused("laporan\r\nX-Evil: 1.pdf", "application/pdf", PDF)
                .andExpect(jsonPath("$.code").value("evidence.name.path"));
        refused("kosong.pdf", "application/pdf", new byte[0])
                .andExpect(jsonPath("$.code").value("evidence.empty"));
        refused("besar.pdf", "application/pdf", pdfOfSize(5 * 1024 * 1024 + 1))
                .andExpect(jsonPath("$.code").value("evidence.tooLarge"));
    }

    @Test
    void an_upload_for_an_unknown_question_or_a_malformed_id_is_refused_with_a_problem() throws Exception {
        String[] before = ids(admin());
        mvc.perform(multipart(regionPath(YEAR, BADUNG) + "/evidence")
                        .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", PDF))
                        .param("questionNo", "999")
                        .with(as(OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("question.notFound"));
        mvc.perform(multipart(regionPath(YEAR, BADUNG) + "/evidence")
                        .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", PDF))
                        .param("questionNo", "satu")
                        .with(as(OPERATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence/not-a-uuid").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(ids(admin())).containsExactlyInAnyOrder(before);
    }

    @Test
    void an_upload_without_the_file_part_or_the_question_is_refused_with_a_problem() throws Exception {
        String[] before = ids(admin());
        MockHttpServletResponse withoutQuestion = mvc.perform(multipart(regionPath(YEAR, BADUNG) + "/evidence")
                        .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", PDF))
                        .with(as(OPERATOR)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse withoutFile = mvc.perform(multipart(regionPath(YEAR, BADUNG) + "/evidence")
                        .param("questionNo", "1")
                        .with(as(OPERATOR)))
                .andReturn()
                .getResponse();

        assertThat(ids(admin())).containsExactlyInAnyOrder(before);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(withoutQuestion.getStatus())
                    .as("status without questionNo")
                    .isEqualTo(400);
            soft.assertThat(withoutQuestion.getContentType())
                    .as("content type without questionNo")
                    .startsWith("application/problem+json");
            soft.assertThat(withoutFile.getStatus())
                    .as("status without the file part")
                    .isEqualTo(400);
            soft.assertThat(withoutFile.getContentType())
                    .as("content type without the file part")
                    .startsWith("application/problem+json");
        });
    }

    /**
     * Over real HTTP the servlet container's multipart limit (5 MB) refuses the request before the
     * controller is reached; the refusal must still be a problem, as for every other API refusal.
     */
    @Test
    void a_file_over_5_mb_sent_over_http_is_refused_with_a_problem() throws Exception {
        int before = ids(admin()).length;

        HttpResponse<String> response = postOverHttp("besar.pdf", pdfOfSize(5 * 1024 * 1024 + 1024));

        assertThat(response.statusCode()).isIn(400, 413);
        assertThat(ids(admin())).hasSize(before);
        assertThat(response.headers().firstValue("Content-Type").orElse("(none)"))
                .as("Content-Type of the refusal (status %s, body '%s')", response.statusCode(), response.body())
                .startsWith("application/problem+json");
    }

    @Test
    void only_the_regions_operator_and_admins_get_the_file_and_only_under_its_own_region() throws Exception {
        String id = read(upload(as(OPERATOR), "notulen.pdf", "application/pdf", PDF)
                        .andExpect(status().isCreated()))
                .get("id")
                .asString();

        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence/" + id).with(as(OTHER_OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence").with(as(OTHER_OPERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence")).andExpect(status().isUnauthorized());

        // the id under another region or period does not give the file
        mvc.perform(get(regionPath(YEAR, DENPASAR) + "/evidence/" + id).with(as(OTHER_OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("evidence.notFound"));
        mvc.perform(get(regionPath(YEAR, DENPASAR) + "/evidence/" + id).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("evidence.notFound"));
        mvc.perform(get(regionPath(YEAR, DENPASAR) + "/evidence/" + id).with(as(OPERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get(regionPath(2024, BADUNG) + "/evidence/" + id).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence/" + UUID.randomUUID())
                        .with(admin()))
                .andExpect(status().isNotFound());

        // nor may another region's operator upload to this region
        upload(as(OTHER_OPERATOR), "titipan.pdf", "application/pdf", PDF).andExpect(status().isForbidden());
        upload(admin(), "admin.pdf", "application/pdf", PDF).andExpect(status().isForbidden());
    }

    private ResultActions upload(RequestPostProcessor user, String name, String declaredType, byte[] content)
            throws Exception {
        return mvc.perform(multipart(regionPath(YEAR, BADUNG) + "/evidence")
                .file(new MockMultipartFile("file", name, declaredType, content))
                .param("questionNo", "1")
                .with(user));
    }

    /** The upload is refused with a 400 problem and the region's evidence list is unchanged. */
    private ResultActions refused(String name, String declaredType, byte[] content) throws Exception {
        String[] before = ids(admin());
        ResultActions result = upload(as(OPERATOR), name, declaredType, content)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(ids(admin())).containsExactlyInAnyOrder(before);
        return result;
    }

    private String[] ids(RequestPostProcessor user) throws Exception {
        JsonNode list =
                read(mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence").with(user))
                        .andExpect(status().isOk()));
        String[] ids = new String[list.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = list.get(i).get("id").asString();
        }
        return ids;
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = Arrays.copyOf(PDF, size);
        Arrays.fill(content, PDF.length, size, (byte) ' ');
        return content;
    }

    private HttpResponse<String> postOverHttp(String name, byte[] content) throws Exception {
        String boundary = "----kc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"questionNo\"\r\n\r\n1\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String credentials =
                Base64.getEncoder().encodeToString((OPERATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + regionPath(YEAR, BADUNG) + "/evidence"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
