package org.corvee.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.evidence.BadArticle;
import org.corvee.evidence.Claim;
import org.corvee.evidence.Grade;
import org.corvee.evidence.Lexicon;
import org.corvee.evidence.Period;
import picocli.CommandLine.ArgGroup;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corvee evidence review}: accept, reject or edit claims and grade their reliability.
 * Every option is checked before anything is written; an edit is marked so the trail shows the
 * figure is the reviewer's reading, not the extractor's.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Accept, reject or edit claims and grade their reliability.",
            "Grades: MODEL.md's A (official or UN document), B (major outlet citing officials), C (single anonymous "
                + "source), or a source x credibility code A1..F6 (Admiralty system; exported as A if A1-A2, B if up to "
                + "B3, else C).",
            "Edits (--value, --low/--high, --quantity, --host, --period) change what `evidence targets` exports."})
public final class EvidenceReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "CLAIM", arity = "1..*", description = "Claim ids.")
    List<Long> ids;

    static final class Decision {
        @Option(names = "--accept", description = "Accept the claims.")
        boolean accept;
        @Option(names = "--reject", description = "Reject the claims.")
        boolean reject;
        @Option(names = "--pending", description = "Back to pending.")
        boolean pending;
    }

    @ArgGroup(exclusive = true)
    Decision decision;

    @Option(names = "--grade", paramLabel = "G", description = "Reliability grade: A, B, C or A1..F6.")
    String grade;

    @Option(names = "--note", paramLabel = "TEXT", description = "Reviewer's note (kept in the trail).")
    String note;

    @Option(names = "--value", paramLabel = "X", description = "Corrected value (sets an exact interval unless --low/--high are given).")
    Double value;

    @Option(names = "--low", paramLabel = "X", description = "Corrected lower bound.")
    Double low;

    @Option(names = "--high", paramLabel = "X", description = "Corrected upper bound.")
    Double high;

    @Option(names = "--quantity", paramLabel = "ID", description = "Model quantity (a lexicon id; '' for none).")
    String quantity;

    @Option(names = "--host", paramLabel = "KEY", description = "Host country key (russia, china, qatar, ...; '' for none).")
    String host;

    @Option(names = "--period", paramLabel = "FROM..TO", description = "Months referred to, YYYY-MM..YYYY-MM.")
    String period;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon entries (to check --quantity).")
    java.nio.file.Path lexicon;

    @Override
    public Integer call() {
        String g = grade == null ? null : Grade.parse(grade);
        if (grade != null && g == null) {
            throw UserError.badInput("--grade: expected A, B, C or a source x credibility code A1..F6, found \"" + grade + "\"");
        }
        if (quantity != null && !quantity.isEmpty()) {
            try {
                List<String> known = Lexicon.withUserFile(lexicon).ids();
                if (!known.contains(quantity)) {
                    throw UserError.badInput("--quantity: unknown quantity \"" + quantity + "\"; the lexicon has " + known);
                }
            } catch (BadArticle e) {
                throw UserError.badInput(e.getMessage());
            }
        }
        Period p = period == null ? null : period(period);
        if (low != null && high != null && low > high) {
            throw UserError.badInput("--low must not be above --high");
        }
        PrintWriter out = spec.commandLine().getOut();
        EvidenceDatabase.with(database, s -> {
            for (long id : ids) {
                s.claim(id).orElseThrow(() -> UserError.badInput("no claim with id " + id));
            }
            for (long id : ids) {
                Claim c = s.claim(id).orElseThrow();
                boolean edited = value != null || low != null || high != null || quantity != null || host != null
                        || p != null;
                double v = value != null ? value : c.value();
                double lo = low != null ? low : value != null ? value : c.low();
                double hi = high != null ? high : value != null ? value : c.high();
                Claim e = c.edited(v, lo, hi, quantity != null ? quantity : c.quantity(), p != null ? p : c.period(),
                        host != null ? host : c.host());
                String status = decision == null ? c.status() : decision.accept ? "accepted"
                        : decision.reject ? "rejected" : "pending";
                e = e.reviewed(status, g != null ? g : c.grade(), note != null ? note : c.note());
                s.update(e, edited, Instant.now());
                out.printf("claim %d: %s, grade %s, %s %s%s%n", id, e.status(), e.grade().isEmpty() ? "-" : e.grade(),
                        e.intervalText(), e.unit(), e.quantity().isEmpty() ? "" : " -> " + e.quantity()
                                + (e.host().isEmpty() ? "" : " (" + e.host() + ")"));
            }
            return null;
        });
        out.flush();
        return 0;
    }

    private static Period period(String s) {
        String[] parts = s.split("\\.\\.");
        if (parts.length != 2 || !parts[0].matches("\\d{4}-(0[1-9]|1[0-2])") || !parts[1].matches("\\d{4}-(0[1-9]|1[0-2])")
                || parts[0].compareTo(parts[1]) > 0) {
            throw UserError.badInput("--period: expected FROM..TO as YYYY-MM..YYYY-MM (FROM not after TO), found \"" + s + "\"");
        }
        return new Period(parts[0], parts[1], "set by the reviewer");
    }
}
