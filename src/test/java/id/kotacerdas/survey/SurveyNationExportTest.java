package id.kotacerdas.survey;

import static id.kotacerdas.survey.SurveyFixture.admin;
import static id.kotacerdas.survey.SurveyFixture.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.shared.io.SpreadsheetText;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ministry's raw export of a whole period's survey: every region's responses in one file, region by region,
 * each row the region's own file's row with the region in front; administrators only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyNationExportTest {

    private static final int YEAR = TestYears.SURVEY_NATION_EXPORT;
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final String NATION = "/api/v1/periods/" + YEAR + "/survey-responses";
    private static final String QUOTED_OR_EMPTY = "(\"([^\"]|\"\")*\")?(,(\"([^\"]|\"\")*\")?)*";
    private static final String FORMULA = "=HYPERLINK(\\\"http://x\\\")";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void open(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageSurvey manage,
            @Autowired MovePeriod move,
            @Autowired FormTokens tokens,
            @Autowired ManageAccounts accounts)
            throws Exception {
        // 12.01 takes part without a response: it has no row
        SurveyFixture.openSurvey(YEAR, 50, periods, participants, manage, move, tokens, "51.71", "51.03", "12.01");
        accounts.create(new NewAccount("op-nation-5103", PASSWORD, "Gede Operator", "OPERATOR", "51.03", null));
        // 51.71 answers first, so the file's order is the region code's, not the order of arrival
        respond(mvc, YEAR, "51.71", UUID.randomUUID(), governance("1,2,3,4,1,2,3,4,1", "Jalan bagus"))
                .andExpect(status().isCreated());
        respond(mvc, YEAR, "51.71", UUID.randomUUID(), governance("2,3,4,1,2,3,4,1,2", FORMULA))
                .andExpect(status().isCreated());
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance("3,4,1,2,3,4,1,2,3", null))
                .andExpect(status().isCreated());
    }

    @Test
    void the_national_csv_holds_every_regions_responses_by_region_code_each_as_in_the_regions_own_file()
            throws Exception {
        List<CSVRecord> nation = csv(mvc.perform(get(NATION + ".csv").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"survei-" + YEAR + "-nasional.csv\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(nation.get(0).toList())
                .startsWith("region_code", "region_name", "no", "submitted_wib", "dimension", "q50", "q51")
                .endsWith("source", "quarantined", "counted", "comment");
        assertThat(nation.subList(1, nation.size()))
                .extracting(r -> r.get(0) + " " + r.get(1) + " #" + r.get(2))
                .containsExactly("51.03 Kabupaten Badung #1", "51.71 Kota Denpasar #1", "51.71 Kota Denpasar #2");
        List<List<String>> withoutRegion = new ArrayList<>();
        for (String region : List.of("51.03", "51.71")) {
            List<CSVRecord> own =
                    csv(mvc.perform(get("/api/v1/periods/" + YEAR + "/regions/" + region + "/survey-responses.csv")
                                    .with(admin()))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(nation.get(0).toList().subList(2, nation.get(0).size()))
                    .isEqualTo(own.get(0).toList());
            own.stream().skip(1).forEach(r -> withoutRegion.add(r.toList()));
        }
        assertThat(nation.stream().skip(1).map(r -> r.toList().subList(2, r.size())))
                .containsExactlyElementsOf(withoutRegion);
    }

    @Test
    void every_text_is_quoted_and_a_comment_that_starts_a_formula_is_shown_as_text() throws Exception {
        String csv = mvc.perform(get(NATION + ".csv").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // a field is quoted, or empty for a question of another smart dimension or a missing comment
        assertThat(csv.lines()).allSatisfy(line -> assertThat(line).matches(QUOTED_OR_EMPTY));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",\"=HYPERLINK");
        CSVRecord last = csv(csv).get(3);
        assertThat(last.get(last.size() - 1)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void the_national_xlsx_holds_the_same_rows() throws Exception {
        byte[] xlsx = mvc.perform(get(NATION + ".xlsx").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"survei-" + YEAR + "-nasional.xlsx\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("region_code");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(0) + " " + r.getCellText(2)))
                    .containsExactly("51.03 1", "51.71 1", "51.71 2");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Kabupaten Badung");
            assertThat(rows.get(3).getCellText(rows.get(3).getCellCount() - 1)).startsWith("'=HYPERLINK");
        }
    }

    @Test
    void the_operator_of_a_region_in_the_file_is_refused_and_an_anonymous_caller_asked_to_sign_in() throws Exception {
        for (String file : List.of(".csv", ".xlsx")) {
            mvc.perform(get(NATION + file).with(httpBasic("op-nation-5103", PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(NATION + file))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    /**
     * More responses than one round trip fetches: while the first row is written, the rest wait in PostgreSQL
     * behind an open cursor (a named portal of this connection), not in the application's memory.
     */
    @Test
    void postgresql_hands_the_rows_over_through_a_cursor(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageSurvey manage,
            @Autowired MovePeriod move,
            @Autowired FormTokens tokens,
            @Autowired SurveyExport export,
            @Autowired JdbcClient jdbc) {
        int year = TestYears.SURVEY_NATION_EXPORT_CURSOR;
        int stored = SurveyExportRepository.FETCH * 3 / 2;
        SurveyFixture.openSurvey(year, 50, periods, participants, manage, move, tokens, "51.03");
        jdbc.sql("insert into survey_response (idempotency_key, year, region_code, dimension, answers,"
                        + " straight_lined, too_fast) select gen_random_uuid(), ?, '51.03', 'GOVERNANCE',"
                        + " '{1,2,3,4,1,2,3,4,1}', false, false from generate_series(1, ?)")
                .params(year, stored)
                .update();
        List<String> cursorsAtFirstRow = new ArrayList<>();
        int[] rows = {0};

        export.nationRows(year, row -> {
            if (rows[0]++ == 0) {
                // the export's transaction belongs to this thread: the same connection, its portals
                cursorsAtFirstRow.addAll(jdbc.sql("select statement from pg_cursors where name <> ''")
                        .query(String.class)
                        .list());
            }
        });

        assertThat(cursorsAtFirstRow).singleElement().asString().contains("from survey_response");
        assertThat(rows[0]).isEqualTo(stored);
    }

    private static String governance(String answers, String comment) {
        StringBuilder json = new StringBuilder("{\"dimension\":\"GOVERNANCE\",\"answers\":{");
        String[] each = answers.split(",");
        for (int i = 0; i < each.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(50 + i)
                    .append("\":")
                    .append(each[i]);
        }
        json.append('}');
        if (comment != null) {
            json.append(",\"comment\":\"").append(comment).append('"');
        }
        return json.append('}').toString();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (CSVParser parser = SpreadsheetText.CSV.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
