package org.corvee.cli;

import java.io.PrintWriter;
import java.util.List;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.run.Background;
import org.corvee.run.UserError;
import org.corvee.run.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code corvee} command line. Exit status: 0 success, 1 the run failed, 2 bad input
 * (options, scenario files, output folder).
 */
@Command(name = "corvee", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Agent-based simulation of state labour mobilisation: overseas labour dispatch and domestic "
                + "hardship postings, and the people who decide whether to go, stay, flee or tell others.",
            "A tool for understanding; it holds no data about real persons."})
public final class Main implements Runnable {
    /**
     * The commands, in the order {@code --help} lists them. Registered by {@link #execute}: all
     * of them, or only the one the first argument names (picocli reads every command's options by
     * reflection when it is registered, about 0.15 s of a run's start for the sixteen others).
     */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, ValidateCommand.class,
            ParamsCommand.class, ScenariosCommand.class, RunsCommand.class, ReportCommand.class, CompareCommand.class,
            ExportCommand.class, BenchCommand.class, CalibrateCommand.class, NoiseCommand.class, SensitivityCommand.class,
            AblateCommand.class, MechanismsCommand.class, ServeCommand.class, EvidenceCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit status for bad input (kept beside the commands; the value lives with {@link UserError}). */
    public static final int BAD_INPUT = UserError.BAD_INPUT;
    /** Exit status for a failed run. */
    public static final int FAILED = UserError.FAILED;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("corvee: " + ex.getMessage());
            c.getErr().println("Try 'corvee " + (c.getCommandName().equals("corvee") ? "" : c.getCommandName() + " ")
                    + "--help' for usage.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UserError ue) {
                for (String line : ue.lines()) {
                    c.getErr().println("corvee: " + line);
                }
                return ue.status();
            }
            if (ex instanceof org.corvee.store.StoreException se) {
                c.getErr().println("corvee: " + se.getMessage());
                return FAILED;
            }
            c.getErr().println("corvee: internal error: " + ex);
            if (System.getenv("CORVEE_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(set CORVEE_DEBUG=1 for the stack trace)");
            }
            return FAILED;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes Errors through. The guard refuses what its estimate says won't fit
            // (MemoryGuard) before anything is built, so this is a run the estimate let through:
            // a line, not a stack trace; the world is unreachable by now, so printing has room.
            err.println("corvee: out of heap memory (" + e.getMessage() + "); give Java more heap (e.g. JAVA_OPTS=-Xmx"
                    + (Runtime.getRuntime().maxMemory() / (1L << 30) + 2) + "g) or run a smaller --scale");
            return FAILED;
        }
    }

    /**
     * The top-level command with the commands {@code args} needs: only the one its first argument
     * names, else all of them (as for {@code corvee --help}; {@code HelpTextTest} walks that one).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = args.length == 0 ? null : COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        for (Class<?> c : named != null ? List.of(named) : COMMANDS) {
            if (c == RunCommand.class && named != null) {
                // a run's first need is the parameter catalogue (a YAML parse, ~0.1-0.3 s): read it
                // on another core while picocli loads its classes (they are too old for the class-data
                // archive) and reads the options
                Background<ParameterCatalog> catalog = Background.start("corvee-catalog", ParameterCatalog::load);
                cl.addSubcommand(new RunCommand(catalog::join));
            } else {
                cl.addSubcommand(c);
            }
        }
        // help as wide as the terminal (picocli asks it only when it prints help; 80 columns when not
        // on a terminal); set here rather than in @Command, which would cover only the top command
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }
}
