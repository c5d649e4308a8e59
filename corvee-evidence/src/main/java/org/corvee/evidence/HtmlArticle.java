package org.corvee.evidence;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML page as an article (jsoup). Metadata, first found wins:
 * <ul>
 *   <li>title: {@code og:title}, {@code <title>}, the first {@code <h1>};</li>
 *   <li>publisher: {@code og:site_name}, {@code meta name=publisher|application-name|author};</li>
 *   <li>date: {@code article:published_time}, {@code meta name|itemprop = date|pubdate|publish-date|
 *       datePublished|dc.date|DC.date.issued}, the first {@code <time datetime>};</li>
 *   <li>URL: {@code link rel=canonical}, {@code og:url}.</li>
 * </ul>
 * Text: the paragraphs ({@code p}, headings, list items, block quotes) of the {@code <article>}
 * element if there is one, else of the body, one per line with a blank line between; a page
 * without paragraphs falls back to the body's text. Scripts, styles, navigation, headers,
 * footers and forms are dropped first, so page furniture does not become claims.
 */
final class HtmlArticle {
    private static final List<String> TITLE = List.of("meta[property=og:title]", "meta[name=twitter:title]");
    private static final List<String> PUBLISHER = List.of("meta[property=og:site_name]", "meta[name=publisher]",
            "meta[name=application-name]", "meta[name=author]");
    private static final List<String> DATE = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
            "meta[name=dcterms.date]");
    private static final List<String> URL = List.of("link[rel=canonical]", "meta[property=og:url]");

    private HtmlArticle() {
    }

    static Article read(String html, String origin, ArticleMetadata given) throws BadArticle {
        Document doc = Jsoup.parse(html);
        StringBuilder basis = new StringBuilder();
        String title = first(doc, TITLE, "content", "title", basis);
        if (title == null && !doc.title().isBlank()) {
            title = doc.title();
            basis.append("title: <title>; ");
        }
        if (title == null && doc.selectFirst("h1") != null) {
            title = doc.selectFirst("h1").text();
            basis.append("title: <h1>; ");
        }
        String publisher = first(doc, PUBLISHER, "content", "publisher", basis);
        String dateText = first(doc, DATE, "content", "published", basis);
        if (dateText == null && doc.selectFirst("time[datetime]") != null) {
            dateText = doc.selectFirst("time[datetime]").attr("datetime");
            basis.append("published: <time datetime>; ");
        }
        String url = first(doc, URL, "href", "url", basis);
        if (url == null) {
            url = first(doc, List.of("meta[property=og:url]"), "content", "url", basis);
        }
        String text = text(doc);
        if (text.isBlank()) {
            throw new BadArticle(origin + ": empty page: no article text in the HTML body");
        }
        ArticleMetadata found = new ArticleMetadata(title, publisher, dateText == null ? null
                : PublicationDate.parse(dateText), url);
        if (dateText != null && found.published() == null) {
            throw new BadArticle(origin + ": unreadable publication date \"" + dateText
                    + "\"; expected e.g. 2017-03-21 or an ISO date-time");
        }
        ArticleMetadata m = found.orElse(given);
        if (m.published() == null) {
            throw new BadArticle(origin + ": no publication date (expected meta article:published_time, "
                    + "itemprop=datePublished, name=date or <time datetime>; or give --published YYYY-MM-DD)");
        }
        return Article.of(m, text, origin, "html", basis.toString().strip());
    }

    /** The article's paragraphs, one per line, blank line between. */
    static String text(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, form, aside, iframe").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        if (root == null) {
            return "";
        }
        Elements blocks = root.select("p, h1, h2, h3, h4, h5, h6, li, blockquote");
        StringBuilder sb = new StringBuilder();
        for (Element e : blocks) {
            if (e.parents().stream().anyMatch(p -> blocks.contains(p) && p != e)) {
                continue; // text of a nested block is already in its parent's
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                sb.append(t).append("\n\n");
            }
        }
        String out = sb.length() > 0 ? sb.toString() : root.text();
        return out.strip();
    }

    private static String first(Document doc, List<String> selectors, String attr, String field,
                                StringBuilder basis) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null && !e.attr(attr).isBlank()) {
                basis.append(field).append(": ").append(s).append("; ");
                return e.attr(attr).strip();
            }
        }
        return null;
    }
}
