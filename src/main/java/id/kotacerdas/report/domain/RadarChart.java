package id.kotacerdas.report.domain;

import id.kotacerdas.shared.chart.BarChart;
import id.kotacerdas.shared.chart.ChartSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of a radar chart on the scores' scale 0–4, in SVG user units: an axis per category (a dimension)
 * clockwise from the top, a ring at every whole score, a closed shape per series (a missing value sits at the
 * centre) and the legend below. Drawn only for three categories or more, where a radar has an area.
 */
public record RadarChart(
        double width,
        double height,
        double cx,
        double cy,
        List<Axis> axes,
        List<String> rings,
        List<Shape> shapes,
        List<BarChart.Key> keys) {

    public static final double WIDTH = 470;
    public static final double HEIGHT = 280;
    static final double CX = WIDTH / 2;
    static final double CY = 122;
    static final double RADIUS = 95;
    static final double MAX = 4;

    public record Axis(double x, double y, double labelX, double labelY, String anchor, String label) {}

    public record Shape(String points, String colour, String name) {}

    public static boolean drawable(int categories) {
        return categories >= 3;
    }

    public static RadarChart of(List<String> categories, List<ChartSeries> series) {
        if (!drawable(categories.size())) {
            throw new IllegalArgumentException("a radar needs three categories or more");
        }
        int n = categories.size();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, MAX);
            double[] label = point(i, n, MAX * 1.14);
            String anchor = Math.abs(label[0] - CX) < 1 ? "middle" : label[0] > CX ? "start" : "end";
            axes.add(new Axis(end[0], end[1], label[0], label[1] + 3, anchor, categories.get(i)));
        }
        List<String> rings = new ArrayList<>();
        for (int score = 1; score <= MAX; score++) {
            double[] values = new double[n];
            Arrays.fill(values, score);
            rings.add(points(values));
        }
        List<Shape> shapes = new ArrayList<>();
        List<BarChart.Key> keys = new ArrayList<>();
        for (ChartSeries s : series.stream().filter(ChartSeries::hasValues).toList()) {
            double[] values = s.values().stream()
                    .mapToDouble(v -> v == null ? 0 : Math.min(MAX, v.doubleValue()))
                    .toArray();
            shapes.add(new Shape(points(values), s.colour(), s.name()));
            keys.add(new BarChart.Key(28 + keys.size() * 150, HEIGHT - 14, s.colour(), s.name()));
        }
        return new RadarChart(WIDTH, HEIGHT, CX, CY, axes, rings, shapes, keys);
    }

    private static String points(double[] values) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double[] p = point(i, values.length, values[i]);
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        }
        return points.stream().collect(Collectors.joining(" "));
    }

    private static double[] point(int i, int n, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * value / MAX;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }
}
