package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corvee.evidence.Article;
import org.corvee.evidence.ArticleMetadata;
import org.corvee.evidence.ArticleReader;
import org.corvee.evidence.BadArticle;
import org.corvee.evidence.Claim;
import org.corvee.evidence.ClaimExtractor;
import org.corvee.evidence.EvidenceStore;
import org.corvee.evidence.Lexicon;
import org.corvee.evidence.StoredArticle;
import org.corvee.store.ResultStore;
import org.corvee.store.StoreException;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corvee evidence add}: reads files and folders of articles into the database with their
 * claims. Each bad file (or feed item) is one line on stderr and the rest of the batch is still
 * read; the exit status is 2 if any input was bad. An article already held (same text hash or
 * same URL) is skipped.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Read articles and store them with their quantitative claims.",
            "FILE: .html/.htm (title, publisher, date, canonical URL from the page metadata), .xml/.rss/.atom "
                + "(an RSS or Atom feed saved to disk: one article per item), anything else plain text with an "
                + "optional front matter (---, title:, publisher:, published: YYYY-MM-DD, url:, ---).",
            "DIR: every file below it, in name order (hidden files skipped).",
            "Bad input (binary file, empty page, no date, broken feed XML): one line each, the rest is still read, "
                + "exit status 2 at the end."})
public final class EvidenceAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Articles to read.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for files that do not give one (never overrides the file's).")
    String published;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher for files that do not name one.")
    String publisher;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title for files that have none.")
    String title;

    @Option(names = "--url", paramLabel = "URL", description = "Canonical URL for files that give none.")
    String url;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra lexicon entries (format: org/corvee/evidence/lexicon.yaml; yours are tried first).")
    Path lexicon;

    /** Inputs named on the command line that do not exist (counted as bad input). */
    private int missing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(new ArticleMetadata(title, publisher, date(), url));
        ClaimExtractor extractor;
        try {
            extractor = new ClaimExtractor(Lexicon.withUserFile(lexicon));
        } catch (BadArticle e) {
            throw UserError.badInput(e.getMessage());
        }
        int bad = 0;
        int added = 0;
        int skipped = 0;
        try (ResultStore rs = ResultStore.open(database.path())) {
            EvidenceStore store = new EvidenceStore(rs);
            for (Path file : files(err)) {
                if (!Files.exists(file)) {
                    err.println("corvee: " + file + ": no such file or folder");
                    bad++;
                    continue;
                }
                ArticleReader.Reading reading;
                try {
                    reading = reader.read(file);
                } catch (BadArticle e) {
                    err.println("corvee: " + e.getMessage());
                    bad++;
                    continue;
                }
                for (String p : reading.problems()) {
                    err.println("corvee: " + p);
                    bad++;
                }
                for (Article a : reading.articles()) {
                    Optional<StoredArticle> held = store.held(a);
                    if (held.isPresent()) {
                        out.printf("skipped %s: already held as article %d (same %s)%n", a.origin(), held.get().id(),
                                held.get().article().sha256().equals(a.sha256()) ? "text hash" : "URL");
                        skipped++;
                        continue;
                    }
                    List<Claim> claims = extractor.extract(a);
                    long id = store.add(a, claims, Instant.now());
                    long matched = claims.stream().filter(c -> !c.quantity().isEmpty()).count();
                    out.printf("added article %d: %s (%s, %s): %d claims, %d matched to a model quantity%n", id,
                            a.title().isEmpty() ? a.origin() : a.title(), a.publisher().isEmpty() ? "no publisher"
                                    : a.publisher(), a.published(), claims.size(), matched);
                    added++;
                }
            }
        } catch (StoreException e) {
            throw new UserError(Main.FAILED, List.of(e.getMessage()));
        }
        bad += missing;
        out.printf("%d added, %d already held, %d bad input(s); database %s%n", added, skipped, bad, database.path());
        out.flush();
        err.flush();
        return bad > 0 ? Main.BAD_INPUT : 0;
    }

    private LocalDate date() {
        if (published == null) {
            return null;
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw UserError.badInput("--published: expected a date YYYY-MM-DD, found \"" + published + "\"");
        }
    }

    /** The files to read, in the order given: each FILE, and every non-hidden file below each DIR in path order. */
    private List<Path> files(PrintWriter err) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    err.println("corvee: " + p + ": cannot list folder (" + e.getMessage() + ")");
                    missing++;
                }
            } else {
                out.add(p); // a missing file is reported in its turn
            }
        }
        return out;
    }
}
