package id.kotacerdas.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.support.DownloadedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data package: a Frictionless tabular data package whose CSVs conform to its own Table Schemas. */
class OpenDataPackageTest {

    private static final OpenDataPackage.Licence CC_BY = new OpenDataPackage.Licence(
            "CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/");

    @Test
    void the_package_validates_against_its_own_schemas() throws IOException {
        Map<String, byte[]> files = DownloadedFiles.unzip(write(ReportFixture.table(false)));

        assertThat(files)
                .containsOnlyKeys(
                        "datapackage.json",
                        "data/results.csv",
                        "data/weights.csv",
                        "data/instrument.csv",
                        "data/question_scores.csv",
                        "LICENSE.txt");
        JsonNode descriptor = JsonMapper.shared().readTree(files.get("datapackage.json"));
        assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(descriptor.get("name").asString()).isEqualTo("kota-cerdas-2031");
        assertThat(descriptor.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
        assertThat(descriptor.get("resources")).hasSize(4);
        for (JsonNode resource : descriptor.get("resources")) {
            byte[] csv = files.get(resource.get("path").asString());
            assertThat(TableSchemaCheck.problems(resource.get("schema"), csv))
                    .as(resource.get("name").asString())
                    .isEmpty();
        }
        assertThat(new String(files.get("data/question_scores.csv"), StandardCharsets.UTF_8).lines())
                .hasSize(4)
                .contains("\"51.03\",\"1\",\"3.6\"");
        assertThat(new String(files.get("data/weights.csv"), StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "\"track\",\"dimension\",\"dimension_name\",\"weight\"",
                        "\"REGULER\",\"BASELINE\",\"Baseline\",\"0.40\"",
                        "\"REGULER\",\"OUTPUT\",\"Output\",\"0.60\"",
                        "\"KPPN_IKN\",\"BASELINE\",\"Baseline\",\"0.50\"");
        assertThat(new String(files.get("LICENSE.txt"), StandardCharsets.UTF_8)).contains("CC-BY-4.0");
    }

    @Test
    void a_draft_package_is_titled_and_versioned_as_one() throws IOException {
        JsonNode descriptor = JsonMapper.shared()
                .readTree(
                        DownloadedFiles.unzip(write(ReportFixture.table(true))).get("datapackage.json"));

        assertThat(descriptor.get("title").asString()).startsWith("DRAF");
        assertThat(descriptor.get("version").asString()).isEqualTo("2031-draft");
    }

    @Test
    void the_schema_check_finds_what_breaks_a_schema() throws IOException {
        JsonNode descriptor = JsonMapper.shared()
                .readTree(
                        DownloadedFiles.unzip(write(ReportFixture.table(false))).get("datapackage.json"));
        JsonNode scores = descriptor.get("resources").get(3).get("schema");
        String broken = "\"region_code\",\"question_no\",\"score\"\n\"51.03\",\"satu\",\"3.6\"\n\"\",\"2\",\"x\"\n"
                + "\"51.03\",\"1\",\"3\"\n\"51.03\",\"1\",\"3\"\n";

        assertThat(TableSchemaCheck.problems(scores, broken.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(
                        "row 2, question_no: 'satu' is not an integer",
                        "row 3, region_code: required",
                        "row 3, score: 'x' is not a number",
                        "row 5: primary key [51.03, 1] repeated");
    }

    private static byte[] write(PublishedTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenDataPackage.write(table, CC_BY, out);
        return out.toByteArray();
    }
}
