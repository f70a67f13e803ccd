package id.kotacerdas.region.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Loads the shared data files the region tests run against. */
final class RegistryFixture {

    static final Path DATA = Path.of("../shared/data");

    private RegistryFixture() {}

    /** The 514 entries of wilayah/regencies.csv. */
    static List<RegionName> registry() {
        List<RegionName> regions = new ArrayList<>();
        for (CSVRecord row : records(DATA.resolve("wilayah/regencies.csv"), CSVFormat.DEFAULT)) {
            regions.add(RegionName.of(row.get("code"), row.get("name")));
        }
        return regions;
    }

    static RegionNameMatcher matcher() {
        return new RegionNameMatcher(registry());
    }

    /** Column values of a header-first tab-separated file. */
    static List<String> tsvColumn(String file, String column) {
        return records(DATA.resolve(file), CSVFormat.TDF).stream()
                .map(r -> r.get(column))
                .toList();
    }

    private static List<CSVRecord> records(Path file, CSVFormat base) {
        CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
