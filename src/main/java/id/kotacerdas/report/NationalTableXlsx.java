package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.instrument.InstrumentView.TrackView;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.shared.io.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The national table as a workbook: a summary sheet (every region's dimension scores, final, improvement and
 * ranks), a sheet of every region's question scores, and the period's weights. Numbers are numbers (shown with
 * two decimals, weights as percentages); text is escaped so that no spreadsheet evaluates it; a draft says so
 * in its first row.
 */
final class NationalTableXlsx {

    private static final String SCORE = "0.00";

    private NationalTableXlsx() {}

    static void write(PublishedTable published, Function<String, String> text, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kota Cerdas", "1.0");
        summary(workbook.newWorksheet(text.apply("export.sheet.summary")), published, text);
        questions(workbook.newWorksheet(text.apply("export.sheet.questions")), published, text);
        weights(workbook.newWorksheet(text.apply("export.sheet.weights")), published.instrument(), text);
        workbook.finish();
    }

    private static void summary(Worksheet sheet, PublishedTable published, Function<String, String> text) {
        int year = published.table().year();
        title(sheet, published, text.apply("export.title").replace("{0}", String.valueOf(year)), text);
        List<String> dimensions = published.table().dimensions();
        List<String> header = new ArrayList<>(List.of(
                text.apply("export.col.rank"),
                text.apply("export.col.code"),
                text.apply("export.col.region"),
                text.apply("export.col.kind"),
                text.apply("export.col.province"),
                text.apply("export.col.track")));
        dimensions.forEach(d -> header.add(published.instrument().dimensionName(d)));
        header.addAll(List.of(
                text.apply("export.col.final"),
                text.apply("export.col.improvement"),
                text.apply("export.col.rankTrack"),
                text.apply("export.col.rankKind")));
        header(sheet, 2, header);
        int r = 3;
        for (NationalResultView line : published.table().lines()) {
            int c = 0;
            sheet.value(r, c++, line.rank());
            sheet.value(r, c++, SpreadsheetText.safe(line.regionCode()));
            sheet.value(r, c++, SpreadsheetText.safe(line.regionName()));
            sheet.value(r, c++, SpreadsheetText.safe(line.kind()));
            sheet.value(r, c++, SpreadsheetText.safe(line.provinceName()));
            sheet.value(r, c++, SpreadsheetText.safe(line.track()));
            for (String d : dimensions) {
                score(sheet, r, c++, line.score(d));
            }
            score(sheet, r, c++, line.finalScore());
            score(sheet, r, c++, line.improvement());
            sheet.value(r, c++, line.ranks().track());
            sheet.value(r, c, line.ranks().kind());
            r++;
        }
        sheet.freezePane(3, 3);
    }

    private static void questions(Worksheet sheet, PublishedTable published, Function<String, String> text) {
        List<QuestionView> questions = published.instrument().questions();
        header(sheet, 0, List.of(text.apply("export.col.code"), text.apply("export.col.region")));
        for (int q = 0; q < questions.size(); q++) {
            sheet.value(0, 2 + q, questions.get(q).no());
            sheet.value(1, 2 + q, SpreadsheetText.safe(questions.get(q).dimension()));
            sheet.style(0, 2 + q).bold().set();
        }
        int r = 2;
        for (NationalResultView line : published.table().lines()) {
            Map<Integer, BigDecimal> scores = published.questionScores().getOrDefault(line.regionCode(), Map.of());
            sheet.value(r, 0, SpreadsheetText.safe(line.regionCode()));
            sheet.value(r, 1, SpreadsheetText.safe(line.regionName()));
            for (int q = 0; q < questions.size(); q++) {
                BigDecimal score = scores.get(questions.get(q).no());
                if (score != null) {
                    sheet.value(r, 2 + q, score);
                }
            }
            r++;
        }
        if (published.questionScores().values().stream().allMatch(Map::isEmpty)) {
            sheet.value(r + 1, 0, text.apply("export.questions.none"));
        }
        sheet.freezePane(2, 2);
    }

    private static void weights(Worksheet sheet, InstrumentView instrument, Function<String, String> text) {
        List<TrackView> tracks = instrument.tracks();
        header(sheet, 0, List.of(text.apply("export.col.dimension"), text.apply("export.col.name")));
        for (int t = 0; t < tracks.size(); t++) {
            sheet.value(0, 2 + t, SpreadsheetText.safe(tracks.get(t).name()));
            sheet.style(0, 2 + t).bold().set();
        }
        int r = 1;
        for (DimensionView d : instrument.dimensions()) {
            sheet.value(r, 0, SpreadsheetText.safe(d.code()));
            sheet.value(r, 1, SpreadsheetText.safe(d.name()));
            for (int t = 0; t < tracks.size(); t++) {
                BigDecimal weight = d.weights().get(tracks.get(t).code());
                if (weight != null) {
                    sheet.value(r, 2 + t, weight);
                    sheet.style(r, 2 + t).format("0%").set();
                }
            }
            r++;
        }
    }

    private static void title(Worksheet sheet, PublishedTable published, String title, Function<String, String> text) {
        sheet.value(0, 0, SpreadsheetText.safe(title));
        sheet.style(0, 0).bold().fontSize(14).set();
        if (published.draft()) {
            sheet.value(1, 0, text.apply("export.draft"));
            sheet.style(1, 0).bold().fontColor("C00000").set();
        }
    }

    private static void header(Worksheet sheet, int row, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            sheet.value(row, c, SpreadsheetText.safe(names.get(c)));
            sheet.style(row, c).bold().set();
        }
    }

    private static void score(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format(SCORE).set();
        }
    }
}
