package org.corvee.cli;

import java.io.PrintWriter;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corvee params}: every scenario parameter with default, unit, range and source, as a
 * text listing or (for embedding in documents) a Markdown table.
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List every scenario parameter: key, default, unit, allowed range, source and meaning.")
public final class ParamsCommand implements Runnable {
    /** Output formats. */
    enum Format { text, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Show only keys containing TEXT.")
    String filter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or markdown (a table for docs/ODD.md and other documents).")
    Format format;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            out.println("| key | default | unit | range | source | meaning |");
            out.println("|---|---|---|---|---|---|");
        }
        for (ParameterSpec s : ParameterCatalog.load().all()) {
            if (filter != null && !s.key().contains(filter)) {
                continue;
            }
            if (format == Format.markdown) {
                out.printf("| `%s` | %s | %s | %s | %s | %s |%n", s.key(), cell(s.format(s.defaultValue())),
                        cell(s.unit()), cell(s.rangeText()), cell(s.source()), cell(s.doc()));
                continue;
            }
            out.printf("%-40s %-12s %-22s %-24s %s%n", s.key(), s.format(s.defaultValue()), s.unit(), s.rangeText(),
                    s.source());
            out.printf("    %s%n", s.doc());
        }
        out.flush();
    }

    /** Text safe inside a Markdown table cell. */
    private static String cell(String s) {
        return s.replaceAll("\\s+", " ").strip().replace("|", "\\|");
    }
}
