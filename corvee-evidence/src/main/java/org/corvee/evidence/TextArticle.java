package org.corvee.evidence;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A plain-text article, with an optional front matter of the HTML fields between two lines
 * {@code ---} at the top:
 * <pre>
 * ---
 * title: Pay withheld at a garment factory
 * publisher: Example News
 * published: 2024-02-03
 * url: https://example.org/a/1
 * ---
 * Body text…
 * </pre>
 * Without front matter (text as received, like the seed reports) the title is the first line
 * when it is short and has no final full stop, and the publisher is taken from a line
 * "Publisher: NAME" (what news aggregators append). The date must come from the front matter or
 * from the command line. Offsets of claims refer to the body (the text after the front matter).
 */
final class TextArticle {
    private static final Set<String> FIELDS = Set.of("title", "publisher", "published", "url");
    private static final Pattern PUBLISHER_LINE = Pattern.compile("(?i)\\bPublisher:\\s*([\\w.\\- ]+?)\\s*$");

    private TextArticle() {
    }

    static Article read(String raw, String origin, ArticleMetadata given) throws BadArticle {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        ArticleMetadata front = ArticleMetadata.NONE;
        String basis = "";
        String body = s;
        if (s.startsWith("---\n")) {
            int end = s.indexOf("\n---", 3);
            if (end < 0) {
                throw new BadArticle(origin + ":1: front matter opened with --- but never closed; expected a line ---");
            }
            front = frontMatter(s.substring(4, end + 1), origin);
            int after = s.indexOf('\n', end + 4);
            body = after < 0 ? "" : s.substring(after + 1);
            basis = "front matter";
        }
        String text = body.strip();
        if (text.isEmpty()) {
            throw new BadArticle(origin + ": empty article: no text" + (basis.isEmpty() ? "" : " after the front matter"));
        }
        ArticleMetadata guessed = new ArticleMetadata(firstLineTitle(text), publisherLine(text), null, null);
        ArticleMetadata m = front.orElse(given).orElse(guessed);
        if (m.published() == null) {
            throw new BadArticle(origin + ": no publication date (expected front matter 'published: YYYY-MM-DD' "
                    + "or --published YYYY-MM-DD)");
        }
        if (front.title() == null && given.title() == null && m.title() != null) {
            basis = (basis.isEmpty() ? "" : basis + "; ") + "title: first line";
        }
        return Article.of(m, text, origin, "text", basis);
    }

    private static ArticleMetadata frontMatter(String yaml, String origin) throws BadArticle {
        Object o;
        try {
            o = new Load(LoadSettings.builder().setLabel(origin).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new BadArticle(origin + ": malformed front matter: " + first);
        }
        if (o == null) {
            return ArticleMetadata.NONE;
        }
        if (!(o instanceof Map<?, ?> map)) {
            throw new BadArticle(origin + ": front matter: expected fields title, publisher, published, url");
        }
        for (Object k : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(k))) {
                throw new BadArticle(origin + ": front matter: unknown field '" + k + "'; expected one of "
                        + new java.util.TreeSet<>(FIELDS));
            }
        }
        LocalDate date = null;
        Object d = map.get("published");
        if (d != null) {
            date = PublicationDate.parse(String.valueOf(d));
            if (date == null) {
                throw new BadArticle(origin + ": front matter: published: expected a date YYYY-MM-DD, found \"" + d + "\"");
            }
        }
        return new ArticleMetadata(str(map.get("title")), str(map.get("publisher")), date, str(map.get("url")));
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String firstLineTitle(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.length() <= 200 && !first.endsWith(".") ? first : null;
    }

    private static String publisherLine(String text) {
        Matcher m = PUBLISHER_LINE.matcher(text.lines().reduce((a, b) -> b).orElse(""));
        return m.find() ? m.group(1).strip() : null;
    }
}
