package id.kotacerdas.region.domain;

import id.kotacerdas.support.TestData;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Loads the data files the region tests run against (see {@link TestData}). */
final class RegistryFixture {

    private RegistryFixture() {}

    /** The 514 entries of wilayah/regencies.csv. */
    static List<RegionName> registry() {
        List<RegionName> regions = new ArrayList<>();
        for (CSVRecord row : records(TestData.REGENCIES, CSVFormat.DEFAULT)) {
            regions.add(RegionName.of(row.get("code"), row.get("name")));
        }
        return regions;
    }

    static RegionNameMatcher matcher() {
        return new RegionNameMatcher(registry());
    }

    /** Column values of a header-first tab-separated file. */
    static List<String> tsvColumn(String resource, String column) {
        return records(resource, CSVFormat.TDF).stream().map(r -> r.get(column)).toList();
    }

    private static List<CSVRecord> records(String resource, CSVFormat base) {
        CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).get();
        try (StringReader reader = new StringReader(TestData.text(resource))) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
