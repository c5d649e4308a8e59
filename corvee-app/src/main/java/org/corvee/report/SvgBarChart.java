package org.corvee.report;

import java.util.List;
import java.util.Locale;
import org.corvee.output.Html;

/**
 * A hand-written SVG chart of horizontal bars: one panel per output, one row per parameter,
 * two bars per row (e.g. Morris μ* and σ, or Sobol S1 and ST), scaled to the panel's largest
 * value. Plain SVG 1.1 so that any browser shows it and the report can embed it. Numbers are
 * written in {@link Locale#ROOT} (a decimal point, ASCII digits) whatever the default locale:
 * SVG accepts nothing else.
 */
public final class SvgBarChart {
    /** One bar pair. */
    public record Bar(String label, double first, double second) {
    }

    /** One panel. */
    public record Panel(String title, List<Bar> bars) {
    }

    private SvgBarChart() {
    }

    /** The SVG text of the panels; {@code firstName}, {@code secondName} label the legend. */
    public static String render(String title, List<Panel> panels, String firstName, String secondName) {
        int width = 760;
        int labelW = 260;
        int rowH = 26;
        int y = 50;
        StringBuilder body = new StringBuilder();
        for (Panel p : panels) {
            body.append(text(10, y, p.title(), "bold", 14));
            y += 10;
            double max = 0;
            for (Bar b : p.bars()) {
                max = Math.max(max, Math.max(finite(b.first()), finite(b.second())));
            }
            double scale = max > 0 ? (width - labelW - 80) / max : 0;
            for (Bar b : p.bars()) {
                body.append(text(10, y + 16, b.label(), "normal", 12));
                double w1 = finite(b.first()) * scale;
                double w2 = finite(b.second()) * scale;
                body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"10\" fill=\"#2b6cb0\"/>%n",
                        labelW, y + 3, w1));
                body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"10\" fill=\"#dd6b20\"/>%n",
                        labelW, y + 13, w2));
                body.append(text(labelW + (int) Math.max(w1, w2) + 6, y + 16,
                        String.format(Locale.ROOT, "%.3g / %.3g", b.first(), b.second()), "normal", 11));
                y += rowH;
            }
            y += 20;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\">%n", width, y));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(10, 22, title, "bold", 16));
        svg.append("<rect x=\"").append(width - 250).append("\" y=\"12\" width=\"12\" height=\"10\" fill=\"#2b6cb0\"/>\n");
        svg.append(text(width - 234, 22, firstName, "normal", 12));
        svg.append("<rect x=\"").append(width - 130).append("\" y=\"12\" width=\"12\" height=\"10\" fill=\"#dd6b20\"/>\n");
        svg.append(text(width - 114, 22, secondName, "normal", 12));
        svg.append(body).append("</svg>\n");
        return svg.toString();
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? Math.max(0, v) : 0;
    }

    private static String text(int x, int y, String s, String weight, int size) {
        String esc = Html.escape(s);
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\">%s</text>%n", x, y, size,
                weight, esc);
    }
}
