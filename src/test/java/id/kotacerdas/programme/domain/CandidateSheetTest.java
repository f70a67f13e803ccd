package id.kotacerdas.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A candidates file checked row by row: every refused row with every reason, and what a blank value means. */
class CandidateSheetTest {

    private static final Set<String> REGISTRY = Set.of("33.75", "33.05", "33.74", "33.01", "33.02", "33.03");

    static List<SheetRow> rows(String... lines) {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SheetRow(i + 1, List.of(lines[i].split(",", -1))));
        }
        return rows;
    }

    static CandidateSheet check(String... lines) {
        return CandidateSheet.check(rows(lines), REGISTRY::contains);
    }

    @Test
    void clean_rows_load_with_kkd_categories_as_3_2_1_and_a_blank_value_as_a_missing_parameter() {
        CandidateSheet sheet = check(
                "region_code,IKBT,IKB,IKH,KKD",
                "33.75,71.5,62,58.25,tinggi",
                "33.05,60,40,50,SEDANG",
                "33.74,55,,50,RENDAH");

        assertThat(sheet.refusals()).isEmpty();
        assertThat(sheet.candidates()).hasSize(3);
        Candidate pekalongan = sheet.candidates().get(0);
        assertThat(pekalongan.line()).isEqualTo(2);
        assertThat(pekalongan.value(Parameter.IKBT)).isEqualByComparingTo("71.5");
        assertThat(pekalongan.value(Parameter.KKD)).isEqualByComparingTo("3");
        assertThat(pekalongan.kkdCategory()).isEqualTo(Kkd.TINGGI);
        assertThat(sheet.candidates().get(1).value(Parameter.KKD)).isEqualByComparingTo("2");
        assertThat(sheet.candidates().get(2).complete()).isFalse();
        assertThat(sheet.candidates().get(2).missing()).containsExactly(Parameter.IKB);
    }

    @Test
    void columns_may_come_in_any_order_in_any_case_with_other_columns_ignored_and_decimal_commas_read() {
        CandidateSheet sheet = CandidateSheet.check(
                List.of(
                        new SheetRow(1, List.of("nama", "KKD", "ikh", "IKB", "ikbt", "Region_Code")),
                        new SheetRow(2, List.of("Kota Pekalongan", "1,75", "58,5", "62", "71", "33.75"))),
                REGISTRY::contains);

        assertThat(sheet.refusals()).isEmpty();
        Candidate c = sheet.candidates().get(0);
        assertThat(c.regionCode()).isEqualTo("33.75");
        assertThat(c.value(Parameter.KKD)).isEqualTo(new BigDecimal("1.75"));
        assertThat(c.value(Parameter.IKH)).isEqualTo(new BigDecimal("58.5"));
        assertThat(c.kkdCategory()).isNull();
    }

    @Test
    void every_refused_row_is_reported_with_each_of_its_reasons() {
        CandidateSheet sheet = check(
                "region_code,IKBT,IKB,IKH,KKD",
                "33.75,71,62,58,TINGGI",
                "99.99,50,50,50,SEDANG",
                "33.75,60,40,50,RENDAH",
                "33.05,101,-1,50,SEDANG",
                "33.74,7x,62,58.1234567,TINGGI",
                "33.01,50,50,50,KUAT",
                ",50,50,50,RENDAH",
                "33.02,50,50,50,2.5");

        assertThat(sheet.candidates()).extracting(Candidate::regionCode).containsExactly("33.75");
        assertThat(sheet.refusals())
                .extracting(LoadRefusal::line, LoadRefusal::column, LoadRefusal::code)
                .containsExactly(
                        tuple(3, "region_code", "selection.load.unknownRegion"),
                        tuple(4, "region_code", "selection.load.duplicate"),
                        tuple(5, "IKBT", "selection.load.outOfRange"),
                        tuple(5, "IKB", "selection.load.outOfRange"),
                        tuple(6, "IKBT", "selection.load.notANumber"),
                        tuple(6, "IKH", "selection.load.tooPrecise"),
                        tuple(7, "KKD", "selection.load.kkdInvalid"),
                        tuple(8, "region_code", "selection.load.regionMissing"),
                        tuple(9, "KKD", "selection.load.kkdCategory"));
        LoadRefusal duplicate = sheet.refusals().get(1);
        assertThat(duplicate.reason()).isEqualTo("33.75 is already on line 2");
        assertThat(duplicate.arguments()).containsExactly("33.75", "2");
        assertThat(sheet.refusals().get(2).input()).isEqualTo("101");
    }

    @Test
    void a_file_without_rows_or_with_a_header_lacking_or_repeating_a_column_is_refused_whole() {
        assertThatThrownBy(() -> check(",,", "")).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.messageKey()).isEqualTo("selection.load.empty");
            assertThat(e.field()).isEqualTo("file");
        });
        assertThatThrownBy(() -> check("region_code,IKBT,IKB,KKD", "33.75,1,2,3"))
                .hasFieldOrPropertyWithValue("messageKey", "selection.load.missingColumns")
                .hasMessageContaining("IKH");
        assertThatThrownBy(() -> check("region_code,IKBT,IKB,IKH,KKD,ikb", "33.75,1,2,3,4,5"))
                .hasFieldOrPropertyWithValue("messageKey", "selection.load.repeatedColumn");
    }
}
