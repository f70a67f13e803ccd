package id.kotacerdas.shared.chart;

import id.kotacerdas.shared.format.IndonesianFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a line chart in SVG user units on the scores' scale 0–4, for values over time (a region's final
 * and dimension scores per period): one point per category (a year) and series, joined by a line where consecutive
 * categories both have a value (a missing value breaks the line), a gridline at every whole score, the values of
 * the first series written at its points, and the legend below, three keys a row. The templates draw it as SVG.
 */
public record LineChart(
        double width,
        double height,
        double plotLeft,
        double plotRight,
        double categoryY,
        List<Line> lines,
        List<Point> points,
        List<BarChart.Gridline> gridlines,
        List<BarChart.Label> categories,
        List<BarChart.Key> keys) {

    static final int KEYS_PER_ROW = 3;
    static final double KEY_WIDTH = 150;
    static final double KEY_ROW = 13;

    /** A stretch of one series without a gap: SVG polyline points "x,y x,y …". */
    public record Line(String points, String colour, double strokeWidth) {}

    /** A value's point; {@code label} is null for the series whose values are not written. */
    public record Point(double x, double y, String colour, double labelY, String label) {}

    public static LineChart of(List<String> categories, List<ChartSeries> series) {
        BarChart.Scale scale = BarChart.Scale.SCORES;
        List<ChartSeries> drawn = series.stream().filter(ChartSeries::hasValues).toList();
        double step = (BarChart.RIGHT - BarChart.LEFT) / Math.max(1, categories.size());
        List<BarChart.Label> labels = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            labels.add(new BarChart.Label(x(c, step), categories.get(c)));
        }
        List<Line> lines = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (int s = 0; s < drawn.size(); s++) {
            ChartSeries one = drawn.get(s);
            double strokeWidth = s == 0 ? 2.5 : 1.2;
            StringBuilder stretch = new StringBuilder();
            for (int c = 0; c < categories.size(); c++) {
                BigDecimal value = one.values().get(c);
                if (value == null) {
                    flush(stretch, one.colour(), strokeWidth, lines);
                    continue;
                }
                double y = y(value, scale);
                stretch.append(stretch.isEmpty() ? "" : " ")
                        .append(String.format(Locale.ROOT, "%.2f,%.2f", x(c, step), y));
                points.add(
                        new Point(x(c, step), y, one.colour(), y - 5, s == 0 ? IndonesianFormat.number(value) : null));
            }
            flush(stretch, one.colour(), strokeWidth, lines);
        }
        List<BarChart.Gridline> gridlines = new ArrayList<>();
        for (int value = 0; value <= scale.max(); value += scale.step()) {
            gridlines.add(new BarChart.Gridline(
                    BarChart.BOTTOM - (BarChart.BOTTOM - BarChart.TOP) * value / scale.max(), String.valueOf(value)));
        }
        double keysTop = BarChart.BOTTOM + 34;
        List<BarChart.Key> keys = new ArrayList<>();
        for (int s = 0; s < drawn.size(); s++) {
            keys.add(new BarChart.Key(
                    BarChart.LEFT + (s % KEYS_PER_ROW) * KEY_WIDTH,
                    keysTop + (s / KEYS_PER_ROW) * KEY_ROW,
                    drawn.get(s).colour(),
                    drawn.get(s).name()));
        }
        int rows = (drawn.size() + KEYS_PER_ROW - 1) / KEYS_PER_ROW;
        return new LineChart(
                BarChart.WIDTH,
                keysTop + Math.max(0, rows - 1) * KEY_ROW + 8,
                BarChart.LEFT,
                BarChart.RIGHT,
                BarChart.BOTTOM + 16,
                lines,
                points,
                gridlines,
                labels,
                keys);
    }

    private static double x(int category, double step) {
        return BarChart.LEFT + category * step + step / 2;
    }

    private static double y(BigDecimal value, BarChart.Scale scale) {
        double clipped = Math.max(0, Math.min(scale.max(), value.doubleValue()));
        return BarChart.BOTTOM - (BarChart.BOTTOM - BarChart.TOP) * clipped / scale.max();
    }

    private static void flush(StringBuilder stretch, String colour, double strokeWidth, List<Line> lines) {
        if (!stretch.isEmpty()) {
            lines.add(new Line(stretch.toString(), colour, strokeWidth));
            stretch.setLength(0);
        }
    }
}
