package org.corvee.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.evidence.Claim;
import org.corvee.evidence.StoredArticle;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corvee evidence show}: one claim in full, with its sentence and article; or one article. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show claims in full: the words and the sentence (claim in [brackets]), character offsets in the "
            + "article's text, value and interval, period and the rule that set it, places, who is said to say it, "
            + "matched quantity, review status and grade, and the article (title, publisher, date, URL, SHA-256)."})
public final class EvidenceShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "CLAIM", arity = "0..*", description = "Claim ids.")
    List<Long> ids = List.of();

    @Option(names = "--article", paramLabel = "N", description = "Show article N (metadata and text) instead.")
    Long article;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (article == null && ids.isEmpty()) {
            throw UserError.badInput("evidence show: expected claim ids or --article N");
        }
        EvidenceDatabase.with(database, s -> {
            if (article != null) {
                StoredArticle a = s.article(article).orElseThrow(() -> UserError.badInput("no article with id " + article));
                header(out, a);
                out.println();
                out.println(a.article().text());
            }
            for (long id : ids) {
                Claim c = s.claim(id).orElseThrow(() -> UserError.badInput("no claim with id " + id));
                StoredArticle a = s.article(c.articleId()).orElseThrow();
                out.printf("claim %d (%s, %s)%n", c.id(), c.kind().id(), c.status());
                out.printf("  words       \"%s\"  at %d..%d of article %d%n", c.text(), c.start(), c.end(), c.articleId());
                int at = c.start() - c.sentenceStart();
                out.printf("  sentence    %s[%s]%s%n", c.sentence().substring(0, at), c.text(),
                        c.sentence().substring(at + c.text().length()));
                out.printf("  value       %s  interval %s %s  (hedge: %s)%s%n", fmt(c.value()), c.intervalText(), c.unit(), c.hedge().id(),
                        c.counted().isEmpty() ? "" : "  counting: " + c.counted());
                out.printf("  period      %s..%s  (%s)%n", c.period().from(), c.period().to(), c.period().basis());
                out.printf("  place       %s%s%n", c.place().isEmpty() ? "-" : c.place(),
                        c.host().isEmpty() ? "" : "  (host: " + c.host() + ")");
                out.printf("  said by     %s  (%s; %s)%n", c.attribution().who().isEmpty() ? "-" : c.attribution().who(),
                        c.attribution().kind(), c.attribution().basis());
                out.printf("  quantity    %s%n", c.quantity().isEmpty() ? "- (unmatched)" : c.quantity());
                out.printf("  grade       %s%s%n", c.grade().isEmpty() ? "-" : c.grade(),
                        c.note().isEmpty() ? "" : "  note: " + c.note());
                out.printf("  article     %d: %s (%s, %s) %s%n", a.id(), a.article().title(), a.article().publisher(),
                        a.article().published(), a.article().url());
            }
            return null;
        });
        out.flush();
        return 0;
    }

    private static void header(PrintWriter out, StoredArticle a) {
        out.printf("article %d: %s%n  publisher %s%n  published %s%n  url %s%n  sha256 %s%n  from %s (%s; %s)%n"
                        + "  added %s, %d claims%n", a.id(), a.article().title(), a.article().publisher(),
                a.article().published(), a.article().url(), a.article().sha256(), a.article().origin(),
                a.article().format(), a.article().basis(), a.added(), a.claims());
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v == Math.rint(v) ? Long.toString((long) v)
                : String.format(java.util.Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
