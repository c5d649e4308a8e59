package org.corvee.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the articles of one file. The kind is chosen by the file name's extension, else by the
 * first characters: {@code .html/.htm} or a text starting with {@code <!doctype html} or
 * {@code <html} is a page ({@link HtmlArticle}); {@code .xml/.rss/.atom} or a text starting with
 * {@code <?xml}, {@code <rss} or {@code <feed} is a feed ({@link FeedArticles}); anything else
 * is plain text with optional front matter ({@link TextArticle}).
 *
 * <p>A file with a NUL byte in its first 8 KiB or that is not UTF-8 is refused as binary.
 * {@code given} completes metadata a file lacks (e.g. {@code --published}); it never overrides
 * what the file says.
 */
public final class ArticleReader {
    private final ArticleMetadata given;

    public ArticleReader(ArticleMetadata given) {
        this.given = given == null ? ArticleMetadata.NONE : given;
    }

    /** The articles read from one file and the one-line problems of items that could not be read. */
    public record Reading(List<Article> articles, List<String> problems) {
    }

    /** Reads {@code file}; a file that is bad as a whole throws, a bad feed item is a problem line. */
    public Reading read(Path file) throws BadArticle {
        String origin = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadArticle(origin + ": cannot read (" + e.getMessage() + ")");
        }
        String text = utf8(bytes, origin);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String head = text.stripLeading().substring(0, Math.min(200, text.stripLeading().length()))
                .toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || head.startsWith("<!doctype html")
                || head.startsWith("<html")) {
            return new Reading(List.of(HtmlArticle.read(text, origin, given)), List.of());
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom") || head.startsWith("<?xml")
                || head.startsWith("<rss") || head.startsWith("<feed")) {
            return FeedArticles.read(bytes, origin, given);
        }
        return new Reading(List.of(TextArticle.read(text, origin, given)), List.of());
    }

    private static String utf8(byte[] bytes, String origin) throws BadArticle {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new BadArticle(origin + ": binary file (NUL byte at offset " + i
                        + "); expected HTML, plain text or an RSS/Atom feed in UTF-8");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadArticle(origin + ": not UTF-8 text (binary, or another encoding); expected HTML, "
                    + "plain text or an RSS/Atom feed in UTF-8");
        }
    }
}
