package id.kotacerdas.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workbook's rows checked as the import checks them, before any database is asked. */
class ImportSheetTest {

    private static final List<String> HEADER = List.of(
            "code",
            "category",
            "smart dimension",
            "level",
            "name",
            "unit",
            "direction",
            "responsible agency",
            "target 2019",
            "target 2020",
            "realisation 2019",
            "S1 2020",
            "S2 2020");

    @Test
    void a_valid_row_becomes_an_item_with_its_non_empty_numbers_kept_to_four_decimals() {
        ImportSheet sheet = check(row(
                "TK-01",
                "policy",
                "Smart Governance",
                "",
                "Perwali SPBE",
                "dokumen",
                "higher is better",
                "Diskominfo",
                "1",
                "2,5",
                "0.123456",
                "",
                "3"));

        assertThat(sheet.refusals()).isEmpty();
        ImportedItem item = sheet.items().get(0);
        assertThat(item.row()).isEqualTo(2);
        assertThat(item.category()).isEqualTo(Category.POLICY);
        assertThat(item.smartDimension()).isEqualTo(SmartDimension.GOVERNANCE);
        assertThat(item.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(item.targets())
                .containsExactly(Map.entry(2019, new BigDecimal("1.0000")), Map.entry(2020, new BigDecimal("2.5000")));
        assertThat(item.values())
                .containsEntry(ImportColumn.realisation(2019, 0), new BigDecimal("0.1235"))
                .containsEntry(ImportColumn.realisation(2020, 2), new BigDecimal("3.0000"))
                .doesNotContainKey(ImportColumn.realisation(2020, 1));
    }

    @Test
    void every_refusal_of_a_row_names_its_row_and_column() {
        ImportSheet sheet = check(
                row("A1", "POLICY", "SPACE", "PROGRAM", "x", "", "HIGHER_IS_BETTER", "", "lima", "", "", "", ""),
                row("", "NONE", "", "", "", "", "", "", "", "", "", "", ""),
                row("bad code", "ROADMAP", "", "", "x", "", "LOWER_IS_BETTER", "", "", "", "", "", "1.2.3"));

        assertThat(sheet.items()).isEmpty();
        assertThat(sheet.refusals())
                .extracting(r -> r.row() + " " + r.column() + " " + r.code())
                .containsExactly(
                        "2 smart dimension masterplan.import.unknownValue",
                        "2 level masterplan.import.level",
                        "2 target 2019 masterplan.import.notANumber",
                        "3 code masterplan.import.required",
                        "3 category masterplan.import.unknownValue",
                        "3 direction masterplan.import.required",
                        "3 name masterplan.import.required",
                        "4 code masterplan.import.code",
                        "4 level masterplan.import.level",
                        "4 S2 2020 masterplan.import.notANumber");
    }

    @Test
    void rows_sharing_a_code_are_all_refused_and_the_others_kept() {
        ImportSheet sheet = check(
                row("A1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", "", "", "", "", ""),
                row("A2", "POLICY", "", "", "y", "", "HIGHER_IS_BETTER", "", "", "", "", "", ""),
                row("A1", "POLICY", "", "", "z", "", "HIGHER_IS_BETTER", "", "", "", "", "", ""));

        assertThat(sheet.items()).extracting(ImportedItem::code).containsExactly("A2");
        assertThat(sheet.refusals())
                .extracting(r -> r.row() + " " + r.code() + " " + r.arguments())
                .containsExactly(
                        "2 masterplan.import.duplicateCode [A1, 4]", "4 masterplan.import.duplicateCode [A1, 2]");
    }

    @Test
    void an_institutions_stages_are_0_1_or_2_and_higher_is_better() {
        ImportSheet sheet = check(
                row("K1", "INSTITUTION", "", "", "Dewan Smart City", "", "HIGHER_IS_BETTER", "", "1", "2", "1", "", ""),
                row("K2", "INSTITUTION", "", "", "Forum", "", "LOWER_IS_BETTER", "", "1", "3", "0,5", "", ""));

        assertThat(sheet.items()).extracting(ImportedItem::code).containsExactly("K1");
        assertThat(sheet.refusals())
                .extracting(r -> r.row() + " " + r.column() + " " + r.code())
                .containsExactly(
                        "3 direction masterplan.institution.direction",
                        "3 target 2020 masterplan.institution.stage",
                        "3 realisation 2019 masterplan.institution.stage");
    }

    @Test
    void a_year_outside_the_masterplan_is_refused_where_it_has_a_value() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("target 2030");
        List<SheetRow> rows = List.of(
                new SheetRow(1, header),
                row("A1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", "", "", "", "", "", "5"),
                row("A2", "POLICY", "", "", "y", "", "HIGHER_IS_BETTER", "", "", "", "", "", "", ""));
        List<SheetRow> numbered = List.of(rows.get(0), renumber(rows.get(1), 2), renumber(rows.get(2), 3));

        ImportSheet sheet = ImportSheet.check(numbered, 2019, 2023);

        assertThat(sheet.refusals())
                .extracting(r -> r.row() + " " + r.column() + " " + r.code())
                .containsExactly("2 target 2030 masterplan.import.yearOutside");
        assertThat(sheet.items()).extracting(ImportedItem::code).containsExactly("A2");
    }

    @Test
    void an_iso_indicator_of_the_catalogue_takes_its_title_when_the_name_is_empty() {
        ImportSheet sheet = check(
                row("18.1", "ISO_37122", "", "", "", "%", "HIGHER_IS_BETTER", "", "", "", "", "", ""),
                row("ISO-X1", "ISO_37122", "", "", "", "%", "HIGHER_IS_BETTER", "", "", "", "", "", ""));

        assertThat(sheet.items()).singleElement().satisfies(item -> {
            assertThat(item.name())
                    .isEqualTo(Iso37122Catalogue.find("18.1").orElseThrow().title());
            assertThat(Iso37122Catalogue.ownIndicator(item.category(), item.code()))
                    .isFalse();
        });
        assertThat(sheet.refusals())
                .singleElement()
                .satisfies(r -> assertThat(r.column()).isEqualTo("name"));
        assertThat(Iso37122Catalogue.ownIndicator(Category.ISO_37122, "ISO-X1")).isTrue();
    }

    @Test
    void a_header_that_names_an_unknown_column_or_lacks_a_required_one_refuses_the_file() {
        assertThatThrownBy(() ->
                        ImportSheet.check(List.of(new SheetRow(1, List.of("code", "kategori", "catatan"))), 2019, 2023))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("masterplan.import.unknownColumn"));
        assertThatThrownBy(() ->
                        ImportSheet.check(List.of(new SheetRow(1, List.of("kode", "kategori", "nama"))), 2019, 2023))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.arguments()).containsExactly("direction"));
        assertThatThrownBy(() -> ImportSheet.check(List.of(), 2019, 2023))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("masterplan.import.empty"));
    }

    @Test
    void the_difference_to_the_stored_item_holds_only_what_changes() {
        ImportedItem stored = check(row("A1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", "1", "2", "", "", ""))
                .items()
                .get(0);
        ImportedItem same = check(row("A1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", "1,0", "", "", "", ""))
                .items()
                .get(0);
        ImportedItem changed = check(
                        row("A1", "POLICY", "", "", "y", "", "HIGHER_IS_BETTER", "", "1", "3", "", "", "4"))
                .items()
                .get(0);

        assertThat(ItemDifference.of(stored, same)).isEmpty();
        assertThat(ItemDifference.of(stored, changed))
                .extracting(ItemChange::toString)
                .containsExactly("name: x → y", "target 2020: 2 → 3", "S2 2020:  → 4");
    }

    @Test
    void a_text_the_template_escaped_for_spreadsheets_is_read_as_stored() {
        ImportSheet sheet =
                check(row("E-1", "POLICY", "", "", "'-Perwali", "'m2", "HIGHER_IS_BETTER", "", "", "", "", "", ""));

        assertThat(sheet.items().get(0).name()).isEqualTo("-Perwali");
        assertThat(sheet.items().get(0).unit()).isEqualTo("'m2");
    }

    @Test
    void the_catalogue_holds_the_standards_themes_in_order() {
        assertThat(Iso37122Catalogue.indicators()).hasSize(80);
        assertThat(Iso37122Catalogue.indicators().get(0).code()).isEqualTo("5.1");
        assertThat(Iso37122Catalogue.indicators())
                .extracting(Iso37122Indicator::code)
                .contains("7.10", "19.14", "23.4")
                .doesNotHaveDuplicates();
    }

    private static int next;

    private static ImportSheet check(SheetRow... rows) {
        List<SheetRow> all = new ArrayList<>();
        all.add(new SheetRow(1, HEADER));
        for (int i = 0; i < rows.length; i++) {
            all.add(renumber(rows[i], i + 2));
        }
        return ImportSheet.check(all, 2019, 2023);
    }

    private static SheetRow row(String... cells) {
        return new SheetRow(++next, List.of(cells));
    }

    private static SheetRow renumber(SheetRow row, int number) {
        return new SheetRow(number, row.cells());
    }
}
