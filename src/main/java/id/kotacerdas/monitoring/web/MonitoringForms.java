package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MasterplanView;
import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the monitoring page's forms share: an item as the form holds it, typed numbers, the way back. */
final class MonitoringForms {

    private MonitoringForms() {}

    /** The item a form describes: its fields, and a target for each of the masterplan's years filled in. */
    static MasterplanApiController.ItemBody item(MasterplanView plan, Map<String, String> form) {
        Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
        for (int y = plan.startYear(); y <= plan.endYear(); y++) {
            String value = form.get("target-" + y);
            if (value != null && !value.isBlank()) {
                targets.put(y, number(value, "target-" + y));
            }
        }
        return new MasterplanApiController.ItemBody(
                form.get("code"),
                form.get("category"),
                form.get("smartDimension"),
                form.get("level"),
                form.get("name"),
                form.get("unit"),
                form.get("direction"),
                targets,
                form.get("responsibleAgency"));
    }

    /** A number typed the Indonesian way (1.234,5) or with a decimal point (1234.5). */
    static BigDecimal number(String value, String field) {
        try {
            String plain = value.strip();
            return new BigDecimal(plain.contains(",") ? plain.replace(".", "").replace(',', '.') : plain);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "masterplan.number.invalid", "Not a number: " + value, value);
        }
    }

    /** A year typed in a form, or null when blank (the rules then refuse it). */
    static Integer year(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw new InvalidInput(field, "masterplan.number.invalid", "Not a year: " + value, value);
        }
        return Integer.valueOf(value.strip());
    }

    /** Back to the monitoring of the year and semester the form was on (digits only: they go into a URL). */
    static String back(long id, Object year, Object semester) {
        String y = year == null ? "" : year.toString();
        String s = semester == null ? "" : semester.toString();
        return "redirect:/wilayah/masterplan/" + id + (y.matches("\\d{4}") ? "?tahun=" + y : "?")
                + (s.matches("[12]") ? "&semester=" + s : "");
    }
}
