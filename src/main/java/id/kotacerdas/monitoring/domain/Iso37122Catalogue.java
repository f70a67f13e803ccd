package id.kotacerdas.monitoring.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of SNI ISO 37122:2019 with the project's own short titles ({@code data/iso37122.tsv}). An
 * ISO 37122 item whose code is in the catalogue is that indicator; any other code (or none) is the region's own
 * indicator (docs/method.md, section 8.1).
 */
public final class Iso37122Catalogue {

    static final String FILE = "/data/iso37122.tsv";

    private static final Map<String, Iso37122Indicator> INDICATORS = read();

    private Iso37122Catalogue() {}

    /** Every indicator, in the standard's order. */
    public static List<Iso37122Indicator> indicators() {
        return List.copyOf(INDICATORS.values());
    }

    public static Optional<Iso37122Indicator> find(String code) {
        return Optional.ofNullable(code == null ? null : INDICATORS.get(code.strip()));
    }

    /** Whether an ISO 37122 item with this code is the region's own indicator, not one of the standard's. */
    public static boolean ownIndicator(Category category, String code) {
        return category == Category.ISO_37122 && find(code).isEmpty();
    }

    private static Map<String, Iso37122Indicator> read() {
        Map<String, Iso37122Indicator> indicators = new LinkedHashMap<>();
        try (InputStream in = Iso37122Catalogue.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header) {
                    header = false;
                    continue;
                }
                if (cells.length != 3 || indicators.containsKey(cells[0])) {
                    throw new IllegalStateException(FILE + ": a line is not code, theme, title once: " + line);
                }
                indicators.put(cells[0], new Iso37122Indicator(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        return indicators;
    }
}
