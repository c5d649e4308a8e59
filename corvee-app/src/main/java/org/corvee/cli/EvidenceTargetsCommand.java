package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corvee.evidence.Article;
import org.corvee.evidence.BadArticle;
import org.corvee.evidence.Claim;
import org.corvee.evidence.Lexicon;
import org.corvee.evidence.StoredArticle;
import org.corvee.evidence.TargetExport;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.scenario.ScenarioException;
import org.corvee.run.OutputFolder;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corvee evidence targets}: the accepted claims as a target file with their provenance. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = {"Export the accepted claims as a target file (read by calibrate, sensitivity, ablate and report "
            + "with --targets FILE).",
            "Claims on one quantity (and host) merge into one target whose interval spans them; the file's `evidence` "
                + "section traces each target to its claims, sentences and articles. Claims that cannot become targets "
                + "(unmatched, inputs, reserved host figures after 2017, wrong unit) are listed with the reason."})
public final class EvidenceTargetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Target file to write.")
    Path out;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon entries (their target mappings).")
    Path lexicon;

    @Override
    public Integer call() {
        Lexicon lex;
        try {
            lex = Lexicon.withUserFile(lexicon);
        } catch (BadArticle e) {
            throw UserError.badInput(e.getMessage());
        }
        Map<Long, Article> articles = new HashMap<>();
        List<Claim> accepted = EvidenceDatabase.with(database, s -> {
            for (StoredArticle a : s.articles()) {
                articles.put(a.id(), a.article());
            }
            return s.claims("status = 'accepted'");
        });
        TargetExport.Result r = TargetExport.export(accepted, articles, lex);
        try {
            TargetFile.parse(out.toString(), r.yaml()); // what calibrate will read: fail here, not there
        } catch (ScenarioException e) {
            throw new UserError(Main.FAILED, List.of("the exported targets do not read back (a lexicon target mapping "
                    + "is wrong?): " + e.problems().get(0)));
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            Files.writeString(tmp, r.yaml(), StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw UserError.badInput("cannot write " + out + ": " + OutputFolder.reason(e));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s: %d target(s) from %d accepted claim(s)%n", out, r.targets(), accepted.size());
        for (String s : r.skipped()) {
            o.println("  not exported: " + s);
        }
        o.flush();
        return 0;
    }
}
