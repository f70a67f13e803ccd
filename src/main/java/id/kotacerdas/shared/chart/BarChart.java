package id.kotacerdas.shared.chart;

import id.kotacerdas.shared.format.IndonesianFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a grouped bar chart in SVG user units, on the scores' scale 0–4 unless another {@link Scale} is
 * asked for (a percentage): one group of bars per category (a dimension), one bar per series, a gridline at every
 * step of the scale, a value on each bar and the legend below. The templates draw it as SVG; nothing here knows
 * about SVG or PDF.
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

    /** The value axis: from 0 to {@code max}, a gridline every {@code step}; a bar past {@code max} is cut there. */
    public record Scale(int max, int step) {

        /** The evaluation's scores, 0 to 4, a gridline at every whole score. */
        public static final Scale SCORES = new Scale(4, 1);

        /** A percentage, 0 to 100, a gridline every 20. */
        public static final Scale PERCENT = new Scale(100, 20);

        public Scale {
            if (max <= 0 || step <= 0 || max % step != 0) {
                throw new IllegalArgumentException("a scale runs from 0 to a multiple of its step");
            }
        }
    }

    public record Bar(double x, double y, double width, double height, String colour, double labelY, String label) {}

    public record Gridline(double y, String label) {}

    public record Label(double x, String text) {}

    public record Key(double x, double y, String colour, String name) {}

    /** Bars of scores for every series with values (a series without any is left out, with its key). */
    public static BarChart of(List<String> categories, List<ChartSeries> series) {
        return of(categories, series, Scale.SCORES);
    }

    /** Bars on the scale for every series with values (a series without any is left out, with its key). */
    public static BarChart of(List<String> categories, List<ChartSeries> series, Scale scale) {
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
                    double height = (BOTTOM - TOP) * Math.min(scale.max(), value.doubleValue()) / scale.max();
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
        for (int value = 0; value <= scale.max(); value += scale.step()) {
            gridlines.add(new Gridline(BOTTOM - (BOTTOM - TOP) * value / scale.max(), String.valueOf(value)));
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
