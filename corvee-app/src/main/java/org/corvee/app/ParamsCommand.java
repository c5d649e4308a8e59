package org.corvee.app;

import java.io.PrintWriter;
import org.corvee.scenario.ParameterCatalog;
import org.corvee.scenario.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corvee params}: every scenario parameter with default, unit, range and source. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List every scenario parameter: key, default, unit, allowed range, source and meaning.")
public final class ParamsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Show only keys containing TEXT.")
    String filter;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (ParameterSpec s : ParameterCatalog.load().all()) {
            if (filter != null && !s.key().contains(filter)) {
                continue;
            }
            out.printf("%-40s %-12s %-22s %-24s %s%n", s.key(), s.format(s.defaultValue()), s.unit(), s.rangeText(),
                    s.source());
            out.printf("    %s%n", s.doc());
        }
        out.flush();
    }
}
