package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.report.domain.Addressee;
import id.kotacerdas.report.domain.ResultsLetter;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.NationalTable;
import id.kotacerdas.shared.format.IndonesianFormat;
import id.kotacerdas.shared.pdf.PdfDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Prints a period's results letter: the letter (as written, or the draft), Lampiran I with the addressee of
 * every participant in two columns, Lampiran II with the national table, and the participants without a result.
 * Public as the national table is; an administrator's copy before publication is marked DRAF.
 */
@Service
public class LetterPdf {

    /** A line of Lampiran II, its numbers written the Indonesian way (3,08). */
    public record Row(
            int rank,
            String region,
            String province,
            String track,
            List<String> scores,
            String finalScore,
            String improvement) {}

    private final ResultsLetters letters;
    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final PdfDocuments pdf;

    LetterPdf(
            ResultsLetters letters,
            NationalResultsApi results,
            InstrumentApi instruments,
            RegionApi regions,
            PdfDocuments pdf) {
        this.letters = letters;
        this.results = results;
        this.instruments = instruments;
        this.regions = regions;
        this.pdf = pdf;
    }

    /** Whether the reader gets a draft; NotFound (results.notPublished) when they may not read it at all. */
    public boolean draft(int year, boolean admin) {
        return results.preview(year, admin);
    }

    public void write(int year, boolean admin, OutputStream out) throws IOException {
        NationalTable table = results.visibleTable(year, admin);
        InstrumentView instrument = instruments.instrument(year);
        List<String> addressees = addressees(year);
        int half = (addressees.size() + 1) / 2;
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        ResultsLetter letter = letters.current(year).letter();
        model.put("letter", letter);
        model.put("date", IndonesianFormat.date(letter.date()));
        model.put("draft", draft(year, admin));
        model.put("left", addressees.subList(0, half));
        model.put("right", addressees.subList(half, addressees.size()));
        model.put("half", half);
        model.put(
                "dimensions",
                table.dimensions().stream().map(instrument::dimensionName).toList());
        model.put("rows", rows(table, instrument));
        model.put(
                "nonParticipants",
                results.nonParticipants(year, admin).stream()
                        .map(code -> regions.get(code).name())
                        .toList());
        pdf.render("report/letter-pdf", model, out);
    }

    /** Every participant's head, sorted as the letter lists them (Bupati …, then Walikota …). */
    List<String> addressees(int year) {
        Collator order = Collator.getInstance(IndonesianFormat.LOCALE);
        List<String> result = new ArrayList<>();
        for (ParticipantView p : instruments.participants(year)) {
            RegionView region = regions.get(p.regionCode());
            result.add(Addressee.of(region.kind(), region.name()));
        }
        result.sort(order);
        return result;
    }

    private static List<Row> rows(NationalTable table, InstrumentView instrument) {
        Map<String, String> tracks = new HashMap<>();
        instrument.tracks().forEach(t -> tracks.put(t.code(), t.name()));
        List<Row> rows = new ArrayList<>();
        for (NationalResultView line : table.lines()) {
            rows.add(new Row(
                    line.rank(),
                    line.regionName(),
                    line.provinceName(),
                    tracks.getOrDefault(line.track(), line.track()),
                    table.dimensions().stream()
                            .map(d -> IndonesianFormat.number(line.score(d)))
                            .toList(),
                    IndonesianFormat.number(line.finalScore()),
                    IndonesianFormat.number(line.improvement())));
        }
        return rows;
    }
}
