package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.instrument.InstrumentView.TrackView;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultView.RankView;
import id.kotacerdas.scoring.NationalTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small period for the file writers: two dimensions weighed by two tracks, three questions, and two regions,
 * one of them named like a spreadsheet formula (as a hostile import or a renamed region could make it) and with
 * a negative improvement.
 */
final class ReportFixture {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Klik\")";

    private ReportFixture() {}

    static PublishedTable table(boolean draft) {
        InstrumentView instrument = new InstrumentView(
                2031,
                PeriodStatus.PUBLISHED,
                true,
                List.of(new TrackView("REGULER", "Reguler"), new TrackView("KPPN_IKN", "@KPPN IKN")),
                List.of(
                        new DimensionView(
                                "BASELINE", "Baseline", Map.of("REGULER", d("0.40"), "KPPN_IKN", d("0.50")), 2),
                        new DimensionView("OUTPUT", "Output", Map.of("REGULER", d("0.60")), 1)),
                List.of(
                        new QuestionView(1, "BASELINE", "Tata kelola", "Kebijakan", "-Ada perda?"),
                        new QuestionView(2, "BASELINE", "Tata kelola", "Kelembagaan", "Ada dewan?"),
                        new QuestionView(3, "OUTPUT", "Ekonomi", "UMKM", "Ada aplikasi?")));
        NationalResultView badung = new NationalResultView(
                "51.03",
                "Kabupaten Badung",
                "KABUPATEN",
                "51",
                "Bali",
                "REGULER",
                scores("BASELINE", "3.56", "OUTPUT", "2.73"),
                d("3.06"),
                null,
                d("0.08"),
                "COMPUTED",
                1,
                new RankView(1, 1, 1));
        NationalResultView formula = new NationalResultView(
                "51.71",
                FORMULA_NAME,
                "KOTA",
                "51",
                "+Bali",
                "KPPN_IKN",
                scores("BASELINE", "2.50", "OUTPUT", null),
                d("1.25"),
                d("1.25"),
                d("-0.40"),
                "PUBLISHED",
                2,
                new RankView(2, 1, 1));
        NationalTable table =
                new NationalTable(2031, List.of("BASELINE", "OUTPUT"), List.of(badung, formula), Map.of(), true);
        Map<String, Map<Integer, BigDecimal>> questions = new LinkedHashMap<>();
        questions.put("51.03", Map.of(1, d("3.6"), 2, d("3.52"), 3, d("2.73")));
        questions.put("51.71", Map.of());
        return new PublishedTable(table, instrument, questions, draft);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Map<String, BigDecimal> scores(String a, String av, String b, String bv) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put(a, av == null ? null : d(av));
        scores.put(b, bv == null ? null : d(bv));
        return scores;
    }
}
