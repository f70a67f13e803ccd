package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of the national table as a data file: the CSV's header and values, and the same columns' Table
 * Schema in the open-data package, from one list so that they cannot disagree. One score column per dimension of
 * the period, named after its code ({@code score_baseline}).
 */
final class ResultColumns {

    /** A column: its name, its Table Schema type ({@code integer}, {@code number}, {@code string}), a title. */
    record Column(
            String name, String type, String title, boolean required, Function<NationalResultView, Object> value) {}

    private ResultColumns() {}

    /** The table's header and one row per region, in rank order. */
    static void write(PublishedTable published, DataCsv csv) throws IOException {
        List<Column> columns = of(published.table(), published.instrument());
        csv.row(columns.stream().map(Column::name).toList());
        for (NationalResultView line : published.table().lines()) {
            csv.row(columns.stream().map(c -> c.value().apply(line)).toList());
        }
    }

    static List<Column> of(NationalTable table, InstrumentView instrument) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("rank", "integer", "National rank", true, NationalResultView::rank));
        columns.add(
                new Column("region_code", "string", "Region code (Kemendagri)", true, NationalResultView::regionCode));
        columns.add(new Column("region_name", "string", "Kabupaten/kota", true, NationalResultView::regionName));
        columns.add(new Column("kind", "string", "KABUPATEN or KOTA", true, NationalResultView::kind));
        columns.add(new Column("province_code", "string", "Province code", true, NationalResultView::provinceCode));
        columns.add(new Column("province_name", "string", "Province", true, NationalResultView::provinceName));
        columns.add(new Column("track", "string", "Track", true, NationalResultView::track));
        for (String dimension : table.dimensions()) {
            String title = instrument.dimensionName(dimension);
            columns.add(new Column(
                    "score_" + dimension.toLowerCase(Locale.ROOT),
                    "number",
                    title + " (1 to 4; empty where the track does not weigh it)",
                    false,
                    line -> line.score(dimension)));
        }
        columns.add(new Column("final", "number", "Final score (nilai final)", true, NationalResultView::finalScore));
        columns.add(new Column(
                "published_final",
                "number",
                "Final as published, when imported",
                false,
                NationalResultView::publishedFinal));
        columns.add(new Column(
                "improvement", "number", "Improvement on the year before", false, NationalResultView::improvement));
        columns.add(new Column(
                "improvement_source",
                "string",
                "COMPUTED from the year before, or PUBLISHED",
                false,
                NationalResultView::improvementSource));
        columns.add(new Column(
                "rank_track",
                "integer",
                "Rank within the track",
                true,
                l -> l.ranks().track()));
        columns.add(new Column(
                "rank_kind",
                "integer",
                "Rank among kabupaten or kota",
                true,
                l -> l.ranks().kind()));
        return columns;
    }
}
