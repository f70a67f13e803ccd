package id.kotacerdas.monitoring.web;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;

/** A number typed into a monitoring form: the Indonesian way (1.234,5) or with a decimal point (1234.5). */
final class FormNumbers {

    private FormNumbers() {}

    static BigDecimal parse(String value, String field) {
        try {
            String plain = value.strip();
            return new BigDecimal(plain.contains(",") ? plain.replace(".", "").replace(',', '.') : plain);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "masterplan.number.invalid", "Not a number: " + value, value);
        }
    }
}
