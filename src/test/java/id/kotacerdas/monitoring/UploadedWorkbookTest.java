package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** An uploaded workbook is read only as far as a masterplan can reach: a sheet that unpacks to more is refused. */
class UploadedWorkbookTest {

    @Test
    void a_sheet_of_a_masterplans_size_is_read_whole() throws IOException {
        assertThat(UploadedWorkbook.rows(sheet(300))).hasSize(300);
    }

    @Test
    void a_sheet_longer_than_any_masterplan_is_refused_without_reading_it_all() throws IOException {
        assertThatThrownBy(() -> UploadedWorkbook.rows(sheet(UploadedWorkbook.MAX_ROWS + 1)))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "masterplan.import.tooManyRows");
    }

    private static byte[] sheet(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Butir");
        for (int r = 0; r < rows; r++) {
            sheet.value(r, 0, "K-" + r);
        }
        workbook.finish();
        return out.toByteArray();
    }
}
