package org.corvee.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An RSS 2.0 or Atom feed saved to disk: one article per item. The feed must be well-formed XML
 * (the JDK's parser, strict, DTDs refused so a feed cannot pull in other files); a broken feed
 * is one error with its line and column. Per item: title; link (RSS) or the alternate link
 * (Atom); pubDate (RSS) or published, else updated (Atom); the text of content:encoded or
 * description (RSS), content or summary (Atom), with its HTML reduced to text by jsoup. The
 * publisher is the channel's (feed's) title. An item without text or date is reported on its own
 * and the other items are still read.
 */
final class FeedArticles {
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

    private FeedArticles() {
    }

    static ArticleReader.Reading read(byte[] bytes, String origin, ArticleMetadata given) throws BadArticle {
        Document doc = parse(bytes, origin);
        Element root = doc.getDocumentElement();
        List<Article> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean atom = root.getLocalName().equals("feed");
        if (!atom && !root.getLocalName().equals("rss")) {
            throw new BadArticle(origin + ": XML but not a feed: expected a root element <rss> or <feed> (Atom), found <"
                    + root.getLocalName() + ">");
        }
        Element channel = atom ? root : child(root, "channel");
        String publisher = channel == null ? null : text(child(channel, "title"));
        List<Element> items = channel == null ? List.of() : children(channel, atom ? "entry" : "item");
        if (items.isEmpty()) {
            throw new BadArticle(origin + ": feed without items (expected <item> in <channel>, or <entry> in <feed>)");
        }
        for (int i = 0; i < items.size(); i++) {
            Element it = items.get(i);
            String where = origin + "#item " + (i + 1);
            String dateText = atom ? firstText(it, "published", "updated") : text(child(it, "pubDate"));
            String body = atom ? firstText(it, "content", "summary") : firstContent(it);
            String link = atom ? atomLink(it) : text(child(it, "link"));
            ArticleMetadata m = new ArticleMetadata(text(child(it, "title")), publisher,
                    PublicationDate.parse(dateText), link).orElse(given);
            String plain = body == null ? "" : HtmlArticle.text(Jsoup.parse(body));
            if (plain.isBlank()) {
                problems.add(where + ": empty item: no text in " + (atom ? "<content> or <summary>"
                        : "<content:encoded> or <description>"));
            } else if (dateText != null && PublicationDate.parse(dateText) == null) {
                problems.add(where + ": unreadable date \"" + dateText + "\"; expected RFC 1123 or ISO 8601");
            } else if (m.published() == null) {
                problems.add(where + ": no publication date (expected " + (atom ? "<published> or <updated>"
                        : "<pubDate>") + ")");
            } else {
                out.add(Article.of(m, plain, where, atom ? "atom" : "rss", "feed item"));
            }
        }
        return new ArticleReader.Reading(out, problems);
    }

    private static Document parse(byte[] bytes, String origin) throws BadArticle {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // no printing to stderr; errors are thrown
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new BadArticle(origin + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": broken feed XML: " + e.getMessage());
        } catch (org.xml.sax.SAXException | IOException | ParserConfigurationException e) {
            throw new BadArticle(origin + ": broken feed XML: " + e.getMessage());
        }
    }

    private static String firstContent(Element item) {
        NodeList enc = item.getElementsByTagNameNS(CONTENT_NS, "encoded");
        if (enc.getLength() > 0 && !enc.item(0).getTextContent().isBlank()) {
            return enc.item(0).getTextContent();
        }
        return text(child(item, "description"));
    }

    private static String atomLink(Element entry) {
        String any = null;
        for (Element l : children(entry, "link")) {
            String rel = l.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return l.getAttribute("href");
            }
            any = any == null ? l.getAttribute("href") : any;
        }
        return any;
    }

    private static String firstText(Element e, String... names) {
        for (String n : names) {
            String t = text(child(e, n));
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())
                    && (e.getNamespaceURI() == null || !e.getNamespaceURI().equals(CONTENT_NS))) {
                out.add(e);
            }
        }
        return out;
    }
}
