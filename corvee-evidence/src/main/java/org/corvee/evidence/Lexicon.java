package org.corvee.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Words that tie a claim to a model quantity (workers abroad by host, the capital's share,
 * bribe, pay split, retention, occupancy, show-up, contract length, group size …). The bundled
 * file {@code org/corvee/evidence/lexicon.yaml} documents the format; a user file
 * ({@code --lexicon FILE}) adds entries or replaces bundled ones with the same id, and its
 * entries are tried first. A claim matches the entry of its kind with the highest score
 * ({@link LexiconEntry#score}); ties go to the entry listed first; no match leaves it unmatched.
 */
public final class Lexicon {
    /** The bundled lexicon. */
    public static final String RESOURCE = "/org/corvee/evidence/lexicon.yaml";
    private static final Set<String> FIELDS = Set.of("id", "quantity", "kind", "all", "any", "none", "target", "input",
            "reserved_after", "needs_host");
    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The bundled lexicon. */
    public static Lexicon bundled() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            return new Lexicon(parse("builtin:lexicon.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | BadArticle | NullPointerException e) {
            throw new IllegalStateException("bundled lexicon is broken: " + e.getMessage(), e);
        }
    }

    /** The bundled lexicon extended by {@code file} (its entries first; same id replaces). */
    public static Lexicon withUserFile(Path file) throws BadArticle {
        Lexicon base = bundled();
        if (file == null) {
            return base;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadArticle(file + ": cannot read lexicon (" + e.getMessage() + ")");
        }
        List<LexiconEntry> user = parse(file.toString(), text);
        Map<String, LexiconEntry> all = new LinkedHashMap<>();
        user.forEach(e -> all.put(e.id(), e));
        base.entries.forEach(e -> all.putIfAbsent(e.id(), e));
        return new Lexicon(new ArrayList<>(all.values()));
    }

    /** The quantity ids, in matching order. */
    public List<String> ids() {
        return entries.stream().map(LexiconEntry::id).toList();
    }

    /** The entry with this id, or null. */
    LexiconEntry entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** The id of the quantity a claim of kind {@code k} in {@code sentence} measures, or "". */
    public String match(ClaimKind k, String sentence) {
        LexiconEntry best = null;
        int bestScore = -1;
        for (LexiconEntry e : entries) {
            if (e.kind() != k) {
                continue;
            }
            int s = e.score(sentence);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best == null ? "" : best.id();
    }

    private static List<LexiconEntry> parse(String origin, String text) throws BadArticle {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(origin).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new BadArticle(origin + ": malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> m) || !(m.get("quantities") instanceof List<?> list)) {
            throw new BadArticle(origin + ": expected a mapping with a list 'quantities'");
        }
        List<LexiconEntry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = origin + ": quantities[" + (i + 1) + "]";
            if (!(list.get(i) instanceof Map<?, ?> e)) {
                throw new BadArticle(where + ": expected a mapping (one quantity)");
            }
            for (Object k : e.keySet()) {
                if (!FIELDS.contains(String.valueOf(k))) {
                    throw new BadArticle(where + "." + k + ": unknown field; expected one of " + new java.util.TreeSet<>(FIELDS));
                }
            }
            String id = str(e.get("id"));
            ClaimKind kind = ClaimKind.of(str(e.get("kind")));
            if (id == null || id.isBlank()) {
                throw new BadArticle(where + ".id: expected a quantity id");
            }
            if (kind == null) {
                throw new BadArticle(where + ".kind: expected count, share, money or duration, found " + e.get("kind"));
            }
            Object target = e.get("target");
            if (target != null && !(target instanceof Map)) {
                throw new BadArticle(where + ".target: expected a mapping of target-file fields");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> t = target == null ? Map.of() : (Map<String, Object>) target;
            Object reserved = e.get("reserved_after");
            out.add(new LexiconEntry(id, str(e.get("quantity")) == null ? id : str(e.get("quantity")), kind,
                    patterns(e.get("all"), where + ".all"), patterns(e.get("any"), where + ".any"),
                    patterns(e.get("none"), where + ".none"), t, str(e.get("input")),
                    reserved instanceof Integer r ? r : Integer.MAX_VALUE, Boolean.TRUE.equals(e.get("needs_host"))));
        }
        return out;
    }

    private static List<Pattern> patterns(Object o, String where) throws BadArticle {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new BadArticle(where + ": expected a list of word groups such as \"bribe|kickback\"");
        }
        List<Pattern> out = new ArrayList<>();
        for (Object g : l) {
            try {
                out.add(Pattern.compile("(?i)\\b(?:" + g + ")"));
            } catch (PatternSyntaxException ex) {
                throw new BadArticle(where + ": bad word group \"" + g + "\": " + ex.getDescription());
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
