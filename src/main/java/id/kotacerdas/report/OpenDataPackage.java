package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.report.ResultColumns.Column;
import id.kotacerdas.scoring.NationalResultView;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national table as a Frictionless Data Package (tabular-data-package): {@code datapackage.json} describing
 * four CSV resources with their Table Schemas (results, weights, instrument, question scores) and the licence,
 * the CSVs, and the licence's text. Portals that read the standard (CKAN's data package importer, as Satu Data
 * Indonesia runs) take it as it is.
 */
final class OpenDataPackage {

    /** The licence the package declares: a Frictionless licence object (name, title, path). */
    record Licence(String name, String title, String path) {}

    private static final List<Column> WEIGHT_COLUMNS = List.of(
            new Column("track", "string", "Track code", true, null),
            new Column("dimension", "string", "Dimension code", true, null),
            new Column("dimension_name", "string", "Dimension", true, null),
            new Column("weight", "number", "Weight in the track's final, a fraction of 1", true, null));
    private static final List<Column> INSTRUMENT_COLUMNS = List.of(
            new Column("no", "integer", "Question number", true, null),
            new Column("dimension", "string", "Dimension code", true, null),
            new Column("indicator", "string", "Indikator", false, null),
            new Column("sub_indicator", "string", "Sub indikator", false, null),
            new Column("question", "string", "Question", true, null));
    private static final List<Column> SCORE_COLUMNS = List.of(
            new Column("region_code", "string", "Region code (Kemendagri)", true, null),
            new Column("question_no", "integer", "Question number", true, null),
            new Column(
                    "score", "number", "Question score, 1 to 4 (mean of the assessors or of the survey)", true, null));

    private OpenDataPackage() {}

    static void write(PublishedTable published, Licence licence, OutputStream out) throws IOException {
        int year = published.table().year();
        List<Column> results = ResultColumns.of(published.table(), published.instrument());
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "datapackage.json");
        zip.write(JsonMapper.shared()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(descriptor(published, licence, results)));
        entry(zip, "data/results.csv");
        try (DataCsv csv = new DataCsv(zip)) {
            ResultColumns.write(published, csv);
        }
        entry(zip, "data/weights.csv");
        try (DataCsv csv = new DataCsv(zip)) {
            csv.row(names(WEIGHT_COLUMNS));
            for (InstrumentView.TrackView track : published.instrument().tracks()) {
                for (DimensionView d : published.instrument().dimensions()) {
                    BigDecimal weight = d.weights().get(track.code());
                    if (weight != null) {
                        csv.row(List.of(track.code(), d.code(), d.name(), weight));
                    }
                }
            }
        }
        entry(zip, "data/instrument.csv");
        try (DataCsv csv = new DataCsv(zip)) {
            csv.row(names(INSTRUMENT_COLUMNS));
            for (QuestionView q : published.instrument().questions()) {
                csv.row(Arrays.asList(q.no(), q.dimension(), q.indicator(), q.subIndicator(), q.text()));
            }
        }
        entry(zip, "data/question_scores.csv");
        try (DataCsv csv = new DataCsv(zip)) {
            csv.row(names(SCORE_COLUMNS));
            for (NationalResultView line : published.table().lines()) {
                for (Map.Entry<Integer, BigDecimal> s : published
                        .questionScores()
                        .getOrDefault(line.regionCode(), Map.of())
                        .entrySet()) {
                    csv.row(List.of(line.regionCode(), s.getKey(), s.getValue()));
                }
            }
        }
        entry(zip, "LICENSE.txt");
        zip.write(licenceText(year, licence).getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    private static Map<String, Object> descriptor(PublishedTable published, Licence licence, List<Column> results) {
        int year = published.table().year();
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "kota-cerdas-" + year);
        descriptor.put(
                "title", (published.draft() ? "DRAF - " : "") + "Hasil Evaluasi Implementasi Kota Cerdas " + year);
        descriptor.put(
                "description",
                "National results of the Gerakan Menuju Kota Cerdas evaluation " + year
                        + ": every participating kabupaten/kota's dimension scores, final, improvement and ranks;"
                        + " the weights per track; the questionnaire; the question scores behind each result.");
        descriptor.put("version", year + (published.draft() ? "-draft" : ""));
        descriptor.put("licenses", List.of(licenceObject(licence)));
        descriptor.put(
                "resources",
                List.of(
                        resource("results", "data/results.csv", "National results", results, List.of("region_code")),
                        resource(
                                "weights",
                                "data/weights.csv",
                                "Weights per track",
                                WEIGHT_COLUMNS,
                                List.of("track", "dimension")),
                        resource("instrument", "data/instrument.csv", "Questions", INSTRUMENT_COLUMNS, List.of("no")),
                        resource(
                                "question_scores",
                                "data/question_scores.csv",
                                "Question scores",
                                SCORE_COLUMNS,
                                List.of("region_code", "question_no"))));
        return descriptor;
    }

    private static Map<String, Object> resource(
            String name, String path, String title, List<Column> columns, List<String> primaryKey) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column c : columns) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", c.name());
            field.put("type", c.type());
            field.put("title", c.title());
            if (c.required()) {
                field.put("constraints", Map.of("required", true));
            }
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("primaryKey", primaryKey);
        schema.put("missingValues", List.of(""));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", name);
        resource.put("path", path);
        resource.put("title", title);
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", Map.of("delimiter", ",", "quoteChar", "\"", "doubleQuote", true, "header", true));
        resource.put("schema", schema);
        return resource;
    }

    private static Map<String, Object> licenceObject(Licence licence) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("name", licence.name());
        object.put("title", licence.title());
        object.put("path", licence.path());
        return object;
    }

    private static String licenceText(int year, Licence licence) {
        return "Hasil Evaluasi Implementasi Kota Cerdas " + year + "\n\n"
                + "These data are published under " + licence.title() + " (" + licence.name() + "):\n"
                + licence.path() + "\n\n"
                + "Text in the CSV files that a spreadsheet would evaluate as a formula (starting with =, +, -, @,"
                + " a tab or a carriage return) carries a leading apostrophe.\n";
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
    }
}
