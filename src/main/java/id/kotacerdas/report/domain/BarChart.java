package id.kotacerdas.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a grouped bar chart on the scores' scale 0–4, in SVG user units: one group of bars per category
 * (a dimension), one bar per series, gridlines at every whole score, a value on each bar and the legend below.
 * The report's template draws it as SVG; nothing here knows about SVG or PDF.
 */
public record BarChart(
        double width,
        double height,
        double plotLeft,
        double plotRight,
        double categoryY,
        List<Bar> bars,
        List<Gridline> gridlines,
        List<Label> categories,
        List<Key> keys) {

    public static final double WIDTH = 470;
    public static final double HEIGHT = 240;
    static final double LEFT = 28;
    static final double RIGHT = WIDTH - 8;
    static final double TOP = 12;
    static final double BOTTOM = 186;
    static final double MAX = 4;

    public record Bar(double x, double y, double width, double height, String colour, double labelY, String label) {}

    public record Gridline(double y, String label) {}

    public record Label(double x, String text) {}

    public record Key(double x, double y, String colour, String name) {}

    /** Bars for every series with values (a series without any is left out, with its key). */
    public static BarChart of(List<String> categories, List<ChartSeries> series) {
        List<ChartSeries> drawn = series.stream().filter(ChartSeries::hasValues).toList();
        double group = (RIGHT - LEFT) / Math.max(1, categories.size());
        double barWidth = group * 0.7 / Math.max(1, drawn.size());
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            double start = LEFT + c * group + group * 0.15;
            labels.add(new Label(LEFT + c * group + group / 2, categories.get(c)));
            for (int s = 0; s < drawn.size(); s++) {
                BigDecimal value = drawn.get(s).values().get(c);
                if (value != null) {
                    double height = (BOTTOM - TOP) * Math.min(MAX, value.doubleValue()) / MAX;
                    double y = BOTTOM - height;
                    bars.add(new Bar(
                            start + s * barWidth,
                            y,
                            barWidth - 1,
                            height,
                            drawn.get(s).colour(),
                            y - 2,
                            IndonesianFormat.number(value)));
                }
            }
        }
        List<Gridline> gridlines = new ArrayList<>();
        for (int score = 0; score <= MAX; score++) {
            gridlines.add(new Gridline(BOTTOM - (BOTTOM - TOP) * score / MAX, String.valueOf(score)));
        }
        List<Key> keys = new ArrayList<>();
        for (int s = 0; s < drawn.size(); s++) {
            keys.add(new Key(
                    LEFT + s * 150,
                    HEIGHT - 14,
                    drawn.get(s).colour(),
                    drawn.get(s).name()));
        }
        return new BarChart(WIDTH, HEIGHT, LEFT, RIGHT, BOTTOM + 16, bars, gridlines, labels, keys);
    }
}
