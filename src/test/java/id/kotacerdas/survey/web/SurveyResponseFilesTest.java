package id.kotacerdas.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.survey.SurveyExport.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The one row writer of the region's and the nation's files: it writes each row as it comes, so what is written
 * while the last rows are still being read is most of the file (nothing is gathered first).
 */
class SurveyResponseFilesTest {

    private static final int ROWS = 20_000;
    private static final List<Integer> QUESTIONS =
            IntStream.rangeClosed(50, 58).boxed().toList();
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2025-10-01T05:00:00Z");

    @Test
    void the_csv_is_written_while_the_rows_are_read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> writtenWhileReading = new ArrayList<>();

        SurveyResponseFiles.csv(
                SurveyResponseColumns.ofNation(QUESTIONS),
                sink -> {
                    for (int i = 1; i <= ROWS; i++) {
                        sink.accept(row(i));
                        writtenWhileReading.add(out.size());
                    }
                },
                out);

        // the encoder and the printer buffer a few kilobytes, no more
        assertThat(writtenWhileReading.get(ROWS - 1)).isGreaterThan(out.size() - 16_384);
        assertThat(writtenWhileReading.get(ROWS / 2)).isGreaterThan(out.size() / 3);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records).hasSize(ROWS + 1);
        assertThat(records.get(0).toList()).startsWith("region_code", "region_name", "no");
        assertThat(records.get(ROWS).toList())
                .startsWith("51.71", "Kota Denpasar", String.valueOf(ROWS), "2025-10-01 12:00", "GOVERNANCE")
                .endsWith("'-2 jalan rusak");
    }

    @Test
    void the_xlsx_is_written_while_the_rows_are_read_flushed_every_few_hundred_rows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> writtenWhileReading = new ArrayList<>();

        SurveyResponseFiles.xlsx(
                SurveyResponseColumns.ofRegion(QUESTIONS),
                "Survei",
                sink -> {
                    for (int i = 1; i <= ROWS; i++) {
                        sink.accept(row(i));
                        writtenWhileReading.add(out.size());
                    }
                },
                out);

        assertThat(writtenWhileReading.get(ROWS / 2)).isGreaterThan(out.size() / 4);
        assertThat(writtenWhileReading.get(ROWS - 1)).isGreaterThan(writtenWhileReading.get(ROWS / 2));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> rows =
                    workbook.getFirstSheet().read();
            assertThat(rows).hasSize(ROWS + 1);
            assertThat(rows.get(ROWS).getCellText(0)).isEqualTo(String.valueOf(ROWS));
            assertThat(rows.get(ROWS).getCellText(rows.get(ROWS).getCellCount() - 1))
                    .isEqualTo("'-2 jalan rusak");
        }
    }

    private static Row row(int number) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(QUESTIONS.size(), 3));
        return new Row(
                "51.71",
                "Kota Denpasar",
                number,
                NOON,
                "GOVERNANCE",
                answers,
                120,
                false,
                false,
                "ONLINE",
                false,
                number % 2 == 0 ? "-2 jalan rusak" : null);
    }
}
