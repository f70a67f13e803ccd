package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.instrument.InstrumentView.TrackView;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.report.RegionReport.Cover;
import id.kotacerdas.report.RegionReport.QuestionRow;
import id.kotacerdas.report.RegionReport.QuestionTable;
import id.kotacerdas.report.RegionReport.SummaryRow;
import id.kotacerdas.report.RegionReport.Survey;
import id.kotacerdas.report.RegionReport.SurveyDimension;
import id.kotacerdas.report.RegionReport.SurveyRow;
import id.kotacerdas.report.RegionReport.Totals;
import id.kotacerdas.report.RegionReport.WorkingRow;
import id.kotacerdas.report.domain.FindingSections;
import id.kotacerdas.report.domain.FindingSections.Finding;
import id.kotacerdas.report.domain.RadarChart;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultView.RankView;
import id.kotacerdas.scoring.NationalTable;
import id.kotacerdas.shared.chart.BarChart;
import id.kotacerdas.shared.chart.ChartSeries;
import id.kotacerdas.shared.chart.LineChart;
import id.kotacerdas.shared.format.IndonesianFormat;
import id.kotacerdas.shared.pdf.PdfDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The publication writers in memory, with the app's own templates, messages and fonts: a region's report as an
 * assessed region has it (115 question scores, the survey's 6 smart dimensions and 54 statements, 15 findings of
 * five assessors, both charts), and the national workbook of 514 regions with every region's 115 question scores.
 * Sample time, so the report's p50 can be read; {@code -prof jfr} (see the README) shows what bounds them.
 *
 * <p>Run: {@code ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * id.kotacerdas.report.PublicationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PublicationBenchmark {

    static final int REGIONS = 514;
    private static final String[] DIMENSIONS = {"BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN"};
    private static final String[] NAMES = {"Baseline", "Output", "Outcome", "Impact", "Quick Wins"};
    /** Last question number of each 2024 dimension: 1-5, 6-16, 17-49, 50-103, 104-115. */
    private static final int[] LAST_QUESTION = {5, 16, 49, 103, 115};

    private final Random random = new Random(2024);
    private PdfDocuments pdf;
    private RegionReport report;
    private PublishedTable table;
    private ResourceBundleMessageSource messages;

    @Setup
    public void prepare() {
        messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        engine.setEnableSpringELCompiler(true);
        pdf = new PdfDocuments(engine);
        report = report();
        table = table();
    }

    @Benchmark
    public int regionReport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        pdf.render("report/region-pdf", Map.of("r", report), out);
        return out.size();
    }

    @Benchmark
    public int nationalWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        NationalTableXlsx.write(table, key -> messages.getMessage(key, null, key, Locale.forLanguageTag("id")), out);
        return out.size();
    }

    private RegionReport report() {
        List<String> names = List.of(NAMES);
        List<ChartSeries> years = List.of(
                new ChartSeries("Tahun 2024", "#485fc7", scores(5)),
                new ChartSeries("Tahun 2023", "#9fb0e8", scores(5)));
        List<ChartSeries> means = List.of(
                new ChartSeries("Kabupaten Badung", "#485fc7", scores(5)),
                new ChartSeries("Rata-rata nasional", "#7a7a7a", scores(5)),
                new ChartSeries("Rata-rata jalur", "#d4a017", scores(5)));
        List<SummaryRow> summary = new ArrayList<>();
        List<QuestionTable> questions = new ArrayList<>();
        List<WorkingRow> workings = new ArrayList<>();
        int first = 1;
        for (int d = 0; d < DIMENSIONS.length; d++) {
            summary.add(new SummaryRow(NAMES[d], score(), score(), score(), score()));
            List<QuestionRow> rows = new ArrayList<>();
            for (int no = first; no <= LAST_QUESTION[d]; no++) {
                rows.add(new QuestionRow(
                        "Indikator " + (no % 7 + 1),
                        "Sub indikator " + no,
                        no,
                        "Apakah pemerintah daerah telah memiliki kebijakan dan program kota cerdas nomor " + no + "?",
                        score()));
            }
            questions.add(new QuestionTable(NAMES[d], rows, score()));
            workings.add(new WorkingRow(NAMES[d], score(), "20%", "0,6120", "Dihitung dari nilai asesor"));
            first = LAST_QUESTION[d] + 1;
        }
        List<SurveyDimension> surveyDimensions = new ArrayList<>();
        List<SurveyRow> statements = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            surveyDimensions.add(new SurveyDimension("Smart " + s, 50, 50));
            for (int q = 1; q <= 9; q++) {
                statements.add(new SurveyRow(
                        s * 9 + q, "Layanan publik daring mudah digunakan " + q, score(), 50, "2,90–3,26"));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int a = 1; a <= 5; a++) {
            for (String kind : FindingSections.KINDS) {
                findings.add(new Finding(
                        kind,
                        "Penilai " + a,
                        "Universitas " + a,
                        "Temuan " + kind + " dari penilai " + a
                                + ": integrasi data antar perangkat daerah perlu diperkuat dengan satu data."));
            }
        }
        return new RegionReport(
                2024,
                false,
                new Cover("Kabupaten Badung", "Bali", "KABUPATEN", "Reguler", "51.03"),
                summary,
                new Totals("3,08", "3,0770", "0,11", "PUBLISHED", "2,97", 17, 191, 12, 160, 9, 101),
                BarChart.of(names, years),
                RadarChart.of(names, means),
                trend(names),
                questions,
                new Survey(surveyDimensions, statements),
                FindingSections.of(findings),
                workings,
                "Nilai final = Σ bobot × skor dimensi");
    }

    /** Five periods of the final and every dimension, as a region that took part since 2020 has them. */
    private RegionReport.Trend trend(List<String> names) {
        List<String> years = List.of("2020", "2021", "2022", "2023", "2024");
        List<RegionReport.TrendRow> rows = new ArrayList<>();
        for (String year : years) {
            rows.add(new RegionReport.TrendRow(
                    year,
                    score(),
                    "17 dari 191",
                    score(),
                    names.stream().map(n -> score()).toList()));
        }
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries("Nilai final", "#363636", scores(years.size())));
        names.forEach(n -> series.add(new ChartSeries(n, "#485fc7", scores(years.size()))));
        return new RegionReport.Trend(names, rows, LineChart.of(years, series));
    }

    private PublishedTable table() {
        List<QuestionView> questions = new ArrayList<>();
        List<DimensionView> dimensions = new ArrayList<>();
        int first = 1;
        for (int d = 0; d < DIMENSIONS.length; d++) {
            for (int no = first; no <= LAST_QUESTION[d]; no++) {
                questions.add(new QuestionView(no, DIMENSIONS[d], "Indikator", "Sub", "Pertanyaan " + no));
            }
            dimensions.add(new DimensionView(
                    DIMENSIONS[d], NAMES[d], Map.of("REGULER", new BigDecimal("0.20")), LAST_QUESTION[d] - first + 1));
            first = LAST_QUESTION[d] + 1;
        }
        InstrumentView instrument = new InstrumentView(
                2024,
                PeriodStatus.PUBLISHED,
                true,
                List.of(new TrackView("REGULER", "Reguler")),
                dimensions,
                questions);
        List<NationalResultView> lines = new ArrayList<>();
        Map<String, Map<Integer, BigDecimal>> questionScores = new LinkedHashMap<>();
        for (int i = 1; i <= REGIONS; i++) {
            String code = String.format("%02d.%02d", 11 + i / 100, i % 100);
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (String dimension : DIMENSIONS) {
                scores.put(dimension, value(2));
            }
            lines.add(new NationalResultView(
                    code,
                    (i % 5 == 0 ? "Kota " : "Kabupaten ") + "Wilayah " + i,
                    i % 5 == 0 ? "KOTA" : "KABUPATEN",
                    code.substring(0, 2),
                    "Provinsi " + code.substring(0, 2),
                    "REGULER",
                    scores,
                    value(2),
                    null,
                    value(2).subtract(new BigDecimal("2")),
                    "COMPUTED",
                    i,
                    new RankView(i, i, i)));
            Map<Integer, BigDecimal> byQuestion = new LinkedHashMap<>();
            for (QuestionView q : questions) {
                byQuestion.put(q.no(), value(2));
            }
            questionScores.put(code, byQuestion);
        }
        NationalTable national = new NationalTable(2024, List.of(DIMENSIONS), lines, Map.of(), true);
        return new PublishedTable(national, instrument, questionScores, false);
    }

    private List<BigDecimal> scores(int n) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(value(2));
        }
        return values;
    }

    private String score() {
        return IndonesianFormat.number(value(2));
    }

    private BigDecimal value(int scale) {
        return BigDecimal.valueOf(1 + 3 * random.nextDouble()).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Without arguments both benchmarks; else JMH's command line, e.g. {@code PublicationBenchmark.regionReport -prof jfr}. */
    public static void main(String[] args) throws Exception {
        Main.main(args.length == 0 ? new String[] {PublicationBenchmark.class.getSimpleName()} : args);
    }
}
