package org.corvee.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corvee.output.Html;

/**
 * A monthly time-series chart written as inline SVG (no scripts, no external resources): lines
 * with shaded 90% bands, or stacked areas. The x axis is the run's months with year ticks;
 * the y axis is a {@link Axis}. NaN values break lines and bands.
 */
final class SvgChart {
    private static final int W = 820;
    private static final int PLOT_H = 250;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;

    /** Lines with bands, or areas stacked in the order added. */
    enum Kind { LINES, STACKED }

    private record Series(String name, Band band, String colour, boolean dashed) {
    }

    private final String title;
    private final String unit;
    private final List<String> months;
    private final Kind kind;
    private final List<Series> series = new ArrayList<>();

    private final boolean timeAxis;

    /** A chart over months ("YYYY-MM" labels, ticks at Januaries). */
    SvgChart(String title, String unit, List<String> months, Kind kind) {
        this(title, unit, months, kind, true);
    }

    /** A chart over arbitrary x labels (e.g. months since assignment) when {@code timeAxis} is false. */
    SvgChart(String title, String unit, List<String> xLabels, Kind kind, boolean timeAxis) {
        this.title = title;
        this.unit = unit;
        this.months = xLabels;
        this.kind = kind;
        this.timeAxis = timeAxis;
    }

    /** Adds a series drawn in the next palette colour. */
    SvgChart add(String name, Band band) {
        return add(name, band, Palette.colour(series.size()), false);
    }

    /** Adds a series in a given colour, solid or dashed. */
    SvgChart add(String name, Band band, String colour, boolean dashed) {
        if (band != null) {
            series.add(new Series(name, band, colour, dashed));
        }
        return this;
    }

    /** Whether any series was added. */
    boolean isEmpty() {
        return series.isEmpty();
    }

    /** The chart as an {@code <svg>} element. */
    String svg() {
        int n = months.size();
        double[][] tops = new double[series.size()][];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] acc = new double[n];
        for (int s = 0; s < series.size(); s++) {
            Band b = series.get(s).band();
            if (kind == Kind.STACKED) {
                tops[s] = new double[n];
                for (int m = 0; m < n; m++) {
                    acc[m] += Double.isNaN(b.mean()[m]) ? 0 : b.mean()[m];
                    tops[s][m] = acc[m];
                    hi = Math.max(hi, acc[m]);
                    lo = Math.min(lo, acc[m]);
                }
            } else {
                for (int m = 0; m < n; m++) {
                    for (double v : new double[] {b.low()[m], b.high()[m], b.mean()[m]}) {
                        if (!Double.isNaN(v)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                }
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            lo = 0;
            hi = 1;
        }
        Axis y = Axis.covering(lo, hi, true);
        int legendRows = (series.size() + 2) / 3;
        int height = TOP + PLOT_H + 34 + legendRows * 20 + 6;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\">", W, height, W,
                height, Html.escape(title)));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"15\" font-weight=\"bold\">%s</text>",
                LEFT, Html.escape(title)));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"34\" font-size=\"11\" fill=\"#555\">%s</text>", LEFT,
                Html.escape(unit)));
        // y grid and labels
        for (int t = 0; t <= y.ticks(); t++) {
            double v = y.min() + t * y.step();
            double py = yPix(v, y);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                    LEFT, W - RIGHT, py, py, v == 0 ? "#888" : "#e3e3e3"));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                    + "fill=\"#333\">%s</text>", LEFT - 6, py + 4, y.label(v)));
        }
        // x ticks at Januaries
        int years = (n + 11) / 12;
        int every = years <= 12 ? 1 : years <= 25 ? 2 : years <= 60 ? 5 : 10;
        int stride = Math.max(1, (n + 11) / 12);
        for (int m = 0; m < n; m++) {
            String label = months.get(m);
            if (timeAxis) {
                if (!label.endsWith("-01") || Integer.parseInt(label.substring(0, 4)) % every != 0) {
                    continue;
                }
                label = label.substring(0, 4);
            } else if (m % stride != 0) {
                continue;
            }
            double px = xPix(m, n);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                    px, px, TOP + PLOT_H, TOP + PLOT_H + 4));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                    + "fill=\"#333\">%s</text>", px, TOP + PLOT_H + 17, Html.escape(label)));
        }
        // data
        for (int s = series.size() - 1; s >= 0 && kind == Kind.STACKED; s--) {
            double[] top = tops[s];
            double[] bottom = s == 0 ? new double[n] : tops[s - 1];
            sb.append("<path d=\"").append(area(top, bottom, y, n)).append("\" fill=\"").append(series.get(s).colour())
                    .append("\" fill-opacity=\"0.85\" stroke=\"none\"/>");
        }
        if (kind == Kind.LINES) {
            for (Series s : series) {
                if (s.band().replicates() > 1) {
                    sb.append("<path d=\"").append(area(s.band().high(), s.band().low(), y, n)).append("\" fill=\"")
                            .append(s.colour()).append("\" fill-opacity=\"0.18\" stroke=\"none\"/>");
                }
            }
            for (Series s : series) {
                sb.append("<path d=\"").append(line(s.band().mean(), y, n)).append("\" fill=\"none\" stroke=\"")
                        .append(s.colour()).append("\" stroke-width=\"2\"")
                        .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
            }
        }
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#888\"/>", LEFT, TOP, W - LEFT - RIGHT, PLOT_H));
        // legend
        for (int s = 0; s < series.size(); s++) {
            int lx = LEFT + (s % 3) * 250;
            int ly = TOP + PLOT_H + 34 + (s / 3) * 20;
            Series se = series.get(s);
            String swatch = kind == Kind.STACKED || se.band().replicates() > 1
                    ? String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"10\" fill=\"%s\" "
                    + "fill-opacity=\"%s\"/>", lx, ly - 9, se.colour(), kind == Kind.STACKED ? "0.85" : "0.3") : "";
            sb.append(swatch).append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" "
                    + "stroke=\"%s\" stroke-width=\"%d\"%s/>", lx, lx + 18, ly - 4, ly - 4, se.colour(),
                    kind == Kind.STACKED ? 0 : 2, se.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", lx + 24, ly,
                    Html.escape(se.name())));
        }
        return sb.append("</svg>").toString();
    }

    private static double xPix(int m, int n) {
        return LEFT + (n <= 1 ? 0 : (double) m / (n - 1) * (W - LEFT - RIGHT));
    }

    private static double yPix(double v, Axis y) {
        return TOP + PLOT_H - (v - y.min()) / (y.max() - y.min()) * PLOT_H;
    }

    private static String line(double[] v, Axis y, int n) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int m = 0; m < n; m++) {
            if (Double.isNaN(v[m])) {
                pen = false;
                continue;
            }
            d.append(pen ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f %.1f", xPix(m, n), yPix(v[m], y)));
            pen = true;
        }
        return d.toString();
    }

    /** Closed polygons between upper and lower, one per stretch of months without NaN. */
    private static String area(double[] upper, double[] lower, Axis y, int n) {
        StringBuilder d = new StringBuilder();
        int m = 0;
        while (m < n) {
            while (m < n && (Double.isNaN(upper[m]) || Double.isNaN(lower[m]))) {
                m++;
            }
            int start = m;
            while (m < n && !Double.isNaN(upper[m]) && !Double.isNaN(lower[m])) {
                m++;
            }
            if (m - start < 1) {
                continue;
            }
            for (int i = start; i < m; i++) {
                d.append(i == start ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", xPix(i, n),
                        yPix(upper[i], y)));
            }
            for (int i = m - 1; i >= start; i--) {
                d.append('L').append(String.format(Locale.ROOT, "%.1f %.1f", xPix(i, n), yPix(lower[i], y)));
            }
            d.append('Z');
        }
        return d.toString();
    }
}
