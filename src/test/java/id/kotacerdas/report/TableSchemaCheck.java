package id.kotacerdas.report;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Checks a CSV against a Frictionless Table Schema as far as the package uses it: the header names the fields
 * in order; {@code integer} and {@code number} values parse; {@code required} fields are not missing (the
 * schema's missing values); the primary key is unique. Lists every problem, by row (the header is row 1).
 */
final class TableSchemaCheck {

    private TableSchemaCheck() {}

    static List<String> problems(JsonNode schema, byte[] csv) throws IOException {
        List<String> problems = new ArrayList<>();
        List<JsonNode> fields = new ArrayList<>();
        schema.get("fields").forEach(fields::add);
        Set<String> missing = new HashSet<>();
        schema.get("missingValues").forEach(v -> missing.add(v.asString()));
        try (CSVParser parser =
                CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            List<String> names =
                    fields.stream().map(f -> f.get("name").asString()).toList();
            if (!header.equals(names)) {
                problems.add("header " + header + " is not " + names);
                return problems;
            }
            Set<List<String>> keys = new HashSet<>();
            for (int r = 1; r < records.size(); r++) {
                List<String> values = records.get(r).toList();
                for (int c = 0; c < fields.size(); c++) {
                    String problem = problem(fields.get(c), values.get(c), missing);
                    if (problem != null) {
                        problems.add("row " + (r + 1) + ", "
                                + fields.get(c).get("name").asString() + ": " + problem);
                    }
                }
                List<String> key = new ArrayList<>();
                schema.get("primaryKey").forEach(k -> key.add(values.get(names.indexOf(k.asString()))));
                if (!keys.add(key)) {
                    problems.add("row " + (r + 1) + ": primary key " + key + " repeated");
                }
            }
        }
        return problems;
    }

    /** What is wrong with one value, or null. */
    private static String problem(JsonNode field, String value, Set<String> missing) {
        if (missing.contains(value)) {
            JsonNode constraints = field.get("constraints");
            boolean required =
                    constraints != null && constraints.path("required").asBoolean(false);
            return required ? "required" : null;
        }
        String type = field.get("type").asString();
        try {
            switch (type) {
                case "integer" -> Long.parseLong(value);
                case "number" -> new BigDecimal(value);
                case "string" -> {}
                default -> {
                    return "type " + type + " not checked";
                }
            }
        } catch (NumberFormatException e) {
            return "'" + value + "' is not " + ("integer".equals(type) ? "an integer" : "a number");
        }
        return null;
    }
}
