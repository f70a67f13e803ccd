package id.kotacerdas.scoring.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalCellTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3,56     | 3.56",
                "3.56     | 3.56",
                "-0,07    | -0.07",
                "0        | 0",
                "'  2,8 ' | 2.8",
                "2,80     | 2.80",
                "4        | 4",
                "+1,5     | 1.5",
                "−0,5     | -0.5",
            })
    void numbers_are_read_exactly_as_written(String raw, String expected) {
        ParsedDecimal parsed = DecimalCell.parse(raw);

        assertThat(parsed).isEqualTo(new ParsedDecimal.Value(new BigDecimal(expected)));
        assertThat(parsed.kind()).isEqualTo(ParsedDecimal.Kind.VALUE);
        assertThat(parsed.number()).hasValue(new BigDecimal(expected));
    }

    @Test
    void scale_is_kept_no_rounding() {
        assertThat(DecimalCell.parse("2,80").number().orElseThrow().scale()).isEqualTo(2);
        assertThat(DecimalCell.parse("3,123456789").number().orElseThrow()).isEqualTo(new BigDecimal("3.123456789"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t", "\u00A0"})
    void null_and_blank_are_empty(String raw) {
        assertThat(DecimalCell.parse(raw)).isEqualTo(new ParsedDecimal.Empty());
        assertThat(DecimalCell.parse(raw).number()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", " - ", "–", "—"})
    void dashes_are_not_empty(String raw) {
        assertThat(DecimalCell.parse(raw)).isEqualTo(new ParsedDecimal.Dash());
        assertThat(DecimalCell.parse(raw).kind()).isEqualTo(ParsedDecimal.Kind.DASH);
    }

    @ParameterizedTest(name = "[{0}] invalid: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3,5,1   | more than one decimal separator",
                "3.5.1   | more than one decimal separator",
                "1,234.5 | mixes ',' and '.'",
                "abc     | is not a number",
                "3,      | is not a number",
                ",5      | is not a number",
                "3 ,5    | is not a number",
                "--1     | is not a number",
                "1e3     | is not a number",
            })
    void malformed_numbers_are_invalid_with_a_reason(String raw, String reason) {
        ParsedDecimal parsed = DecimalCell.parse(raw);

        assertThat(parsed).isInstanceOfSatisfying(ParsedDecimal.Invalid.class, invalid -> {
            assertThat(invalid.raw()).isEqualTo(raw);
            assertThat(invalid.reason()).contains(reason);
        });
        assertThat(parsed.number()).isEmpty();
    }
}
