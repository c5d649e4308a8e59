package org.corvee.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.evidence.Claim;
import org.corvee.evidence.StoredArticle;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corvee evidence list}: the claims (or, with --articles, the articles) held. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the claims held, one line each: id, article, kind, words, interval, unit, matched quantity, "
            + "period, status and grade. --articles lists the articles instead."})
public final class EvidenceListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--articles", description = "List the articles, not the claims.")
    boolean articles;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only claims with this status: pending, accepted, rejected.")
    String status;

    @Option(names = "--quantity", paramLabel = "ID", description = "Only claims matched to this quantity ('' for unmatched).")
    String quantity;

    @Option(names = "--article", paramLabel = "N", description = "Only the claims of article N.")
    Long article;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (articles) {
            List<StoredArticle> list = EvidenceDatabase.with(database, s -> s.articles());
            out.printf("%4s  %-10s  %-6s  %6s  %-24s  %s%n", "id", "published", "format", "claims", "publisher", "title");
            for (StoredArticle a : list) {
                out.printf("%4d  %-10s  %-6s  %6d  %-24s  %s%n", a.id(), a.article().published(), a.article().format(),
                        a.claims(), cut(a.article().publisher(), 24), a.article().title());
            }
            out.flush();
            return 0;
        }
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (status != null) {
            if (!List.of("pending", "accepted", "rejected").contains(status)) {
                throw UserError.badInput("--status: expected pending, accepted or rejected, found \"" + status + "\"");
            }
            where.add("status = ?");
            args.add(status);
        }
        if (quantity != null) {
            where.add("quantity = ?");
            args.add(quantity);
        }
        if (article != null) {
            where.add("article_id = ?");
            args.add(article);
        }
        List<Claim> claims = EvidenceDatabase.with(database, s -> s.claims(String.join(" AND ", where), args.toArray()));
        out.printf("%4s %4s  %-8s  %-34s  %-16s %-9s  %-18s  %-16s  %-8s %s%n", "id", "art", "kind", "words", "interval",
                "unit", "quantity", "period", "status", "grade");
        for (Claim c : claims) {
            out.printf("%4d %4d  %-8s  %-34s  %-16s %-9s  %-18s  %-16s  %-8s %s%n", c.id(), c.articleId(), c.kind().id(),
                    cut(c.text(), 34), c.intervalText(), c.unit(), c.quantity().isEmpty() ? "-" : c.quantity(),
                    c.period().from().equals(c.period().to()) ? c.period().from()
                            : c.period().from() + ".." + c.period().to(), c.status(), c.grade());
        }
        out.printf("%d claim(s)%n", claims.size());
        out.flush();
        return 0;
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
