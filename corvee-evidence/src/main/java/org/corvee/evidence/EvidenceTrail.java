package org.corvee.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.output.Html;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The {@code evidence} section of a target file written by {@link TargetExport}: per target id,
 * the claims it was made from. The report's validation table shows them under each target
 * ({@link #html}). A target file without the section (the bundled one, a hand-written one) has
 * an empty trail; the target reader itself ignores the section.
 */
public final class EvidenceTrail {
    private final Map<String, List<Map<String, Object>>> byTarget;

    private EvidenceTrail(Map<String, List<Map<String, Object>>> byTarget) {
        this.byTarget = byTarget;
    }

    /** No evidence. */
    public static EvidenceTrail empty() {
        return new EvidenceTrail(Map.of());
    }

    /** The trail of target file {@code file} (empty if null, unreadable, or without the section). */
    @SuppressWarnings("unchecked")
    public static EvidenceTrail read(Path file) {
        if (file == null) {
            return empty();
        }
        try {
            Object root = new Load(LoadSettings.builder().build()).loadFromString(
                    Files.readString(file, StandardCharsets.UTF_8));
            if (root instanceof Map<?, ?> m && m.get("evidence") instanceof Map<?, ?> ev) {
                Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : ev.entrySet()) {
                    if (e.getValue() instanceof List<?> l) {
                        out.put(String.valueOf(e.getKey()), (List<Map<String, Object>>) l);
                    }
                }
                return new EvidenceTrail(out);
            }
        } catch (IOException | YamlEngineException | ClassCastException e) {
            // the target reader reports a bad file; the trail is only an addition
        }
        return empty();
    }

    /** The number of claims behind target {@code id}. */
    public int claims(String id) {
        return byTarget.getOrDefault(id, List.of()).size();
    }

    /** HTML listing the claims behind target {@code id} (sentence with the claim marked, article, who says it), or "". */
    public String html(String id) {
        List<Map<String, Object>> list = byTarget.get(id);
        if (list == null || list.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<details class=\"evidence\"><summary>Evidence: ").append(list.size())
                .append(list.size() == 1 ? " claim" : " claims").append("</summary><ol>");
        for (Map<String, Object> c : list) {
            String sentence = String.valueOf(c.getOrDefault("sentence", ""));
            String text = String.valueOf(c.getOrDefault("text", ""));
            int at = sentence.indexOf(text);
            String marked = at < 0 || text.isEmpty() ? esc(sentence) : esc(sentence.substring(0, at)) + "<mark>"
                    + esc(text) + "</mark>" + esc(sentence.substring(at + text.length()));
            Map<?, ?> a = c.get("article") instanceof Map<?, ?> m ? m : Map.of();
            String url = String.valueOf(a.get("url") == null ? "" : a.get("url"));
            String title = esc(String.valueOf(a.get("title") == null ? "" : a.get("title")));
            sb.append("<li id=\"claim-").append(esc(String.valueOf(c.get("claim")))).append("\">Claim #")
                    .append(esc(String.valueOf(c.get("claim")))).append(" (").append(esc(String.valueOf(c.get("interval"))))
                    .append("; grade ").append(esc(String.valueOf(c.get("grade")))).append("): “").append(marked)
                    .append("” — ").append(esc(String.valueOf(c.get("said_by")))).append("; ")
                    .append(url.startsWith("http") ? "<a href=\"" + esc(url) + "\">" + title + "</a>" : "<i>" + title + "</i>")
                    .append(a.get("publisher") == null || String.valueOf(a.get("publisher")).isEmpty() ? ""
                            : ", " + esc(String.valueOf(a.get("publisher")))).append(", ")
                    .append(esc(String.valueOf(a.get("published")))).append("; period ")
                    .append(esc(String.valueOf(c.get("period")))).append("</li>");
        }
        return sb.append("</ol></details>").toString();
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
