package id.kotacerdas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the statistics table of a Gatling 3.15 report ({@code index.html}: this version writes no
 * stats.json, and its simulation.log is binary) and prints one tab-separated line per request: name,
 * total, ok, ko, min, p50, p75, p95, p99, max, mean (ms). Columns are found by their headings, so a
 * reordered table still reads right.
 *
 * <p>Usage: {@code java -cp target/test-classes id.kotacerdas.bench.GatlingReport <run folder or
 * index.html, or the results folder for its newest run>}
 */
public final class GatlingReport {

    static final List<String> COLUMNS =
            List.of("Total", "OK", "KO", "Min", "50th pct", "75th pct", "95th pct", "99th pct", "Max", "Mean");

    private static final Pattern HEADING =
            Pattern.compile("<th[^>]*\\bid=\"col-(\\d+)\"[^>]*>(.*?)</th>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr id=\"req_[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern CELL =
            Pattern.compile("<td class=\"value [^\"]*\\bcol-(\\d+)\"[^>]*>(.*?)</td>", Pattern.DOTALL);

    private GatlingReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: GatlingReport <report folder or index.html>");
        }
        Map<String, Map<String, String>> stats = read(index(Path.of(args[0])));
        System.out.println("request\t" + String.join("\t", COLUMNS));
        stats.forEach((name, row) -> {
            List<String> values = new ArrayList<>();
            values.add(name);
            COLUMNS.forEach(c -> values.add(row.getOrDefault(c, "")));
            System.out.println(String.join("\t", values));
        });
    }

    /** Request name to (column heading to value), in the report's order. */
    static Map<String, Map<String, String>> read(Path index) throws IOException {
        String html = Files.readString(index, StandardCharsets.UTF_8);
        Map<String, String> headings = new TreeMap<>();
        Matcher h = HEADING.matcher(html);
        while (h.find()) {
            headings.putIfAbsent(h.group(1), text(h.group(2)));
        }
        if (!headings.values().containsAll(COLUMNS)) {
            throw new IllegalStateException("Not a Gatling 3.15 statistics table: headings " + headings.values());
        }
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Matcher r = ROW.matcher(html);
        while (r.find()) {
            Matcher name = NAME.matcher(r.group(1));
            if (!name.find()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(r.group(1));
            while (cell.find()) {
                String heading = headings.get(cell.group(1));
                if (heading != null) {
                    row.put(heading, text(cell.group(2)).replace(",", ""));
                }
            }
            rows.putIfAbsent(text(name.group(1)), row);
        }
        return rows;
    }

    private static Path index(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return path;
        }
        if (Files.isRegularFile(path.resolve("index.html"))) {
            return path.resolve("index.html");
        }
        try (Stream<Path> runs = Files.list(path)) { // a results folder: its newest run
            return runs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .max((a, b) ->
                            Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
                    .map(p -> p.resolve("index.html"))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report under " + path));
        }
    }

    /** The text of an HTML fragment: tags dropped, the few entities Gatling writes decoded. */
    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .trim();
    }
}
