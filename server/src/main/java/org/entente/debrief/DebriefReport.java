package org.entente.debrief;

import java.util.List;
import org.entente.engine.event.Recorded;

/**
 * The learning objectives as the printable after-action report opens with them: each lesson, its verdict,
 * why, the hot-wash questions, and the turns that show it (with their log positions). Plain HTML, no script.
 */
public final class DebriefReport {
    private DebriefReport() {
    }

    public static String lessonsSection(List<Recorded> log) {
        Debrief d = Debrief.of(log);
        if (d.lessons().isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder();
        h.append("<h2>Learning objectives</h2><p>Each lesson of the scenario, judged over the true adjudications: "
                + "<b>met</b>, <b>not met</b>, or <b>not tested</b> (the exercise never put it to the test).</p>");
        for (LessonVerdict l : d.lessons()) {
            h.append("<section class=\"lesson\"><h3>").append(esc(words(l.verdict()))).append(": ").append(esc(l.lesson()))
                    .append("</h3><p>").append(esc(l.summary())).append(" Evidence: ").append(esc(l.evidence())).append(".</p>");
            if (!l.questions().isEmpty()) {
                h.append("<p><b>Hot-wash questions</b></p><ol>");
                l.questions().forEach(q -> h.append("<li>").append(esc(q)).append("</li>"));
                h.append("</ol>");
            }
            h.append("<p>By turn: ");
            for (LessonVerdict.TurnStatus s : l.turns()) {
                h.append("T").append(s.turn()).append(" ").append(esc(words(s.status()))).append(" (log ").append(s.position())
                        .append(") · ");
            }
            h.setLength(h.length() - 3);
            h.append("</p>");
            List<LessonVerdict.Check> failed = l.checks().stream().filter(c -> !c.passed()).limit(6).toList();
            if (!failed.isEmpty()) {
                h.append("<table><tr><th>turn</th><th>log</th><th>who</th><th>what the log shows</th></tr>");
                for (LessonVerdict.Check c : failed) {
                    h.append("<tr><td class=\"n\">").append(c.turn()).append("</td><td class=\"n\">").append(c.position())
                            .append("</td><td>").append(esc(c.subject())).append("</td><td>").append(esc(c.detail()))
                            .append("</td></tr>");
                }
                h.append("</table>");
            }
            h.append("</section>\n");
        }
        return h.toString();
    }

    static String words(Verdict v) {
        return switch (v) {
            case MET -> "Met";
            case NOT_MET -> "Not met";
            case NOT_TESTED -> "Not tested";
        };
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
