package id.kotacerdas.assessment;

import static id.kotacerdas.assessment.SelfAssessmentFixture.BADUNG;
import static id.kotacerdas.assessment.SelfAssessmentFixture.DENPASAR;
import static id.kotacerdas.assessment.SelfAssessmentFixture.PDF;
import static id.kotacerdas.assessment.SelfAssessmentFixture.admin;
import static id.kotacerdas.assessment.SelfAssessmentFixture.as;
import static id.kotacerdas.assessment.SelfAssessmentFixture.read;
import static id.kotacerdas.assessment.SelfAssessmentFixture.regionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestYears;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Evidence files are kept in PostgreSQL (one thing to back up, the same for every instance), files an earlier
 * version left on disk move there, office documents with macros are refused, and a region's evidence in a period
 * stays within its quota.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceStoreTest {

    static final int YEAR = TestYears.EVIDENCE_STORE;
    static final String OPERATOR = "evd-store-op-badung";
    static final String OTHER_OPERATOR = "evd-store-op-denpasar";
    static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceFolderImport folderImport;

    @Value("${kc.data-dir}")
    String dataDir;

    @BeforeAll
    void openTheSelfAssessment() throws Exception {
        SelfAssessmentFixture.operator(accounts, OPERATOR, BADUNG);
        SelfAssessmentFixture.operator(accounts, OTHER_OPERATOR, DENPASAR);
        SelfAssessmentFixture.openPeriod(mvc, YEAR, BADUNG, DENPASAR);
    }

    @Test
    void an_uploaded_file_is_kept_in_the_database_and_nothing_is_written_to_the_data_folder() throws Exception {
        String id = uploadedId(OPERATOR, BADUNG, "laporan.pdf", PDF);

        byte[] stored = jdbc.sql("select c.content from evidence_content c join evidence e using (stored_name)"
                        + " where e.id = ?")
                .param(UUID.fromString(id))
                .query(byte[].class)
                .single();
        assertThat(stored).isEqualTo(PDF);
        assertThat(Path.of(dataDir, "evidence")).doesNotExist();
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence/" + id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
    }

    @Test
    void files_an_earlier_version_left_on_disk_move_into_the_database(@TempDir Path folder) throws Exception {
        String id = uploadedId(OPERATOR, BADUNG, "lama.pdf", PDF);
        String storedName = jdbc.sql("select stored_name from evidence where id = ?")
                .param(UUID.fromString(id))
                .query(String.class)
                .single();
        jdbc.sql("delete from evidence_content where stored_name = ?")
                .param(storedName)
                .update();
        Path old = folder.resolve("evidence");
        Files.createDirectories(old);
        Files.write(old.resolve(storedName), PDF);
        Files.write(old.resolve("not-evidence.txt"), new byte[] {1});

        int imported = folderImport.importFrom(old, folder.resolve("evidence-imported"));

        assertThat(imported).isEqualTo(1);
        assertThat(old.resolve(storedName)).doesNotExist();
        assertThat(folder.resolve("evidence-imported").resolve(storedName)).exists();
        assertThat(old.resolve("not-evidence.txt"))
                .as("a file no evidence names stays")
                .exists();
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/evidence/" + id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        assertThat(folderImport.importFrom(old, folder.resolve("evidence-imported")))
                .as("importing again changes nothing")
                .isZero();
    }

    @Test
    void office_documents_with_macros_are_refused_and_those_without_are_accepted() throws Exception {
        upload(OPERATOR, BADUNG, "laporan.docx", SampleFiles.office(WORD_MAIN, false))
                .andExpect(status().isCreated());

        upload(OPERATOR, BADUNG, "laporan.docm", SampleFiles.office(WORD_MACRO_MAIN, true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.macros"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("macroEnabled")));
        upload(OPERATOR, BADUNG, "disguised.docx", SampleFiles.office(WORD_MAIN, true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.macros"));
    }

    @Test
    void a_region_whose_evidence_would_pass_its_quota_is_refused_with_a_conflict() throws Exception {
        long quota = 200L * 1024 * 1024;
        // as if the region had uploaded nearly all of its quota already
        jdbc.sql("""
                        insert into evidence (id, year, region_code, question_no, original_name, stored_name,
                                              content_type, size_bytes, sha256, uploaded_by)
                        values (?, ?, ?, 1, 'besar.pdf', ?, 'application/pdf', ?, repeat('0', 64), ?)
                        """)
                .params(UUID.randomUUID(), YEAR, DENPASAR, UUID.randomUUID().toString(), quota - 10, OTHER_OPERATOR)
                .update();

        upload(OTHER_OPERATOR, DENPASAR, "satu-lagi.pdf", PDF)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("evidence.quotaExceeded"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("200")));
        // another region has its own quota
        upload(OPERATOR, BADUNG, "wilayah-lain.pdf", PDF).andExpect(status().isCreated());
    }

    private String uploadedId(String operator, String region, String name, byte[] content) throws Exception {
        return read(upload(operator, region, name, content).andExpect(status().isCreated()))
                .get("id")
                .asString();
    }

    private ResultActions upload(String operator, String region, String name, byte[] content) throws Exception {
        return mvc.perform(multipart(regionPath(YEAR, region) + "/evidence")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("questionNo", "1")
                .header("Accept-Language", "en")
                .with(as(operator)));
    }
}
