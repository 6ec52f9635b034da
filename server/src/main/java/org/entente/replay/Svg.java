package org.entente.replay;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn as inline SVG, with no script: the after-action report prints and opens anywhere.
 * Series are told apart by colour and by dash pattern (for black-and-white printing).
 */
final class Svg {
    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
        "#17becf", "#7f7f7f", "#bcbd22"};
    static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "4 4"};
    private static final int W = 680;
    private static final int H = 280;
    private static final int LEFT = 52;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private Svg() {
    }

    /**
     * A line chart: one line per series over the x labels; a null value leaves a gap. {@code reference}
     * draws a dashed horizontal line (e.g. victory), or null.
     */
    static String lineChart(String title, String yLabel, List<String> x, Map<String, Double[]> series, double yMin,
                            double yMax, Double reference, String referenceLabel) {
        StringBuilder s = open(title);
        axes(s, yLabel, yMin, yMax);
        int n = x.size();
        for (int i = 0; i < n; i++) {
            double px = xAt(i, n);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    px, H - BOTTOM + 16, esc(x.get(i))));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">turn</text>",
                LEFT + (W - LEFT - RIGHT) / 2, H - 6));
        if (reference != null) {
            double py = yAt(reference, yMin, yMax);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#000\" "
                    + "stroke-dasharray=\"2 4\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    LEFT, py, W - RIGHT, py, W - RIGHT, py - 3, esc(referenceLabel)));
        }
        int k = 0;
        for (Map.Entry<String, Double[]> e : series.entrySet()) {
            String colour = COLOURS[k % COLOURS.length];
            String dash = DASHES[(k / COLOURS.length + k) % DASHES.length];
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            Double[] v = e.getValue();
            for (int i = 0; i < n && i < v.length; i++) {
                if (v[i] == null) {
                    pen = false;
                    continue;
                }
                path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", xAt(i, n), yAt(v[i], yMin, yMax)));
                pen = true;
            }
            s.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"").append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append("/>");
            for (int i = 0; i < n && i < v.length; i++) {
                if (v[i] != null) {
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s, turn %s: %s</title></circle>",
                            xAt(i, n), yAt(v[i], yMin, yMax), colour, esc(e.getKey()), esc(x.get(i)), num(v[i])));
                }
            }
            k++;
        }
        s.append("</svg>");
        return s + legend(series.keySet().stream().toList());
    }

    /** Grouped bars: for each category, one bar per measure (e.g. cost share and benefit share per nation). */
    static String barChart(String title, String yLabel, List<String> categories, List<String> measures, double[][] values,
                           double yMax) {
        StringBuilder s = open(title);
        axes(s, yLabel, 0, yMax);
        int n = categories.size();
        double band = (W - LEFT - RIGHT) / (double) Math.max(1, n);
        double bar = band * 0.8 / Math.max(1, measures.size());
        for (int c = 0; c < n; c++) {
            double x0 = LEFT + c * band + band * 0.1;
            for (int m = 0; m < measures.size(); m++) {
                double v = values[c][m];
                double top = yAt(v, 0, yMax);
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                        + "stroke=\"#000\" stroke-width=\"0.5\"%s><title>%s, %s: %s</title></rect>", x0 + m * bar, top, bar,
                        Math.max(0, H - BOTTOM - top), COLOURS[m % COLOURS.length], m % 2 == 1 ? " fill-opacity=\"0.55\"" : "",
                        esc(categories.get(c)), esc(measures.get(m)), num(v)));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    LEFT + c * band + band / 2, H - BOTTOM + 16, esc(categories.get(c))));
        }
        s.append("</svg>");
        return s + legend(measures);
    }

    private static StringBuilder open(String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\"><title>").append(esc(title)).append("</title>");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(W).append("\" height=\"").append(H).append("\" fill=\"#fff\"/>");
        s.append("<text x=\"").append(LEFT).append("\" y=\"16\" font-size=\"13\" font-weight=\"bold\">").append(esc(title))
                .append("</text>");
        return s;
    }

    private static void axes(StringBuilder s, String yLabel, double yMin, double yMax) {
        for (int i = 0; i <= 4; i++) {
            double v = yMin + (yMax - yMin) * i / 4;
            double py = yAt(v, yMin, yMax);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    LEFT, py, W - RIGHT, py, LEFT - 4, py + 3, num(v)));
        }
        if (yMin < 0 && yMax > 0) {
            double py = yAt(0, yMin, yMax);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/>", LEFT, py,
                    W - RIGHT, py));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>", LEFT, TOP, LEFT, H - BOTTOM, LEFT, H - BOTTOM,
                W - RIGHT, H - BOTTOM));
        s.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 12 %d)\">%s</text>", TOP + (H - TOP - BOTTOM) / 2, TOP + (H - TOP - BOTTOM) / 2, esc(yLabel)));
    }

    private static String legend(List<String> names) {
        StringBuilder s = new StringBuilder("<ul class=\"legend\">");
        for (int k = 0; k < names.size(); k++) {
            String dash = DASHES[(k / COLOURS.length + k) % DASHES.length];
            s.append("<li><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" "
                    + "y1=\"5\" x2=\"28\" y2=\"5\" stroke=\"").append(COLOURS[k % COLOURS.length]).append("\" stroke-width=\"3\"")
                    .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/></svg> ")
                    .append(esc(names.get(k))).append("</li>");
        }
        return s.append("</ul>").toString();
    }

    private static double xAt(int i, int n) {
        double span = W - LEFT - RIGHT - 20;
        return n <= 1 ? LEFT + 10 + span / 2 : LEFT + 10 + span * i / (n - 1);
    }

    private static double yAt(double v, double yMin, double yMax) {
        double span = yMax - yMin == 0 ? 1 : yMax - yMin;
        double clamped = Math.max(yMin, Math.min(yMax, v));
        return H - BOTTOM - (H - TOP - BOTTOM) * (clamped - yMin) / span;
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return "-0".equals(s) ? "0" : s;
    }

    /** Escapes text for HTML and SVG content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
