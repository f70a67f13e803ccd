package id.kotacerdas.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The committed OpenAPI document: read, written pretty with its keys sorted, compared with the served one. */
final class ContractDocument {

    static final Path FILE = Path.of("docs", "openapi.json");

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ContractDocument() {}

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** Two-space indentation, keys in alphabetical order at every level, a final newline: stable diffs. */
    static String pretty(JsonNode document) {
        return JSON.writeValueAsString(sorted(document)) + "\n";
    }

    /** Where the two documents differ, as JSON pointers with the committed and the served value. */
    static List<String> differences(JsonNode committed, JsonNode served) {
        List<String> found = new ArrayList<>();
        compare("", committed, served, found);
        return found;
    }

    private static void compare(String at, JsonNode committed, JsonNode served, List<String> found) {
        if (committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>(committed.propertyNames());
            names.addAll(served.propertyNames());
            for (String name : names) {
                String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    found.add("  " + path + ": only served (not in the contract)");
                } else if (!served.has(name)) {
                    found.add("  " + path + ": only in the contract (no longer served)");
                } else {
                    compare(path, committed.get(name), served.get(name), found);
                }
            }
            return;
        }
        found.add("  " + at + ": contract " + abbreviated(committed) + ", served " + abbreviated(served));
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), sorted(e.getValue())));
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
