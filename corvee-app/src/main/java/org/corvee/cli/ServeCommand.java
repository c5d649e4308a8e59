package org.corvee.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corvee.dashboard.DashboardServer;
import org.corvee.run.UserError;
import org.corvee.store.ResultStore;
import org.corvee.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corvee serve}: the web dashboard over a results database, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web dashboard over a results database; prints its URL.",
            "Pages: stored runs and batches; a run's charts (bands over replicates, dated policy events), validation "
                + "table and scenario; a new-run form from the parameter catalogue (background run, live progress, "
                + "cancel); compare two runs; a provinces map over a month slider.",
            "JSON API: GET /api/runs, POST /api/runs {\"scenario\": NAME, \"set\": {KEY: VALUE}}, "
                + "GET /api/runs/{id}/series?metric=M, GET /api/jobs/{id} (see README).",
            "Loopback only by default. Runs are stored one at a time. The database stays open (locked) while "
                + "serving: `corvee run` needs another --db. Ctrl-C stops the server (a running run is stored as "
                + "failed)."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MemoryOptions memory;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Results database (default: runs/baseline/corvee.duckdb, where `corvee run` writes; "
                    + "created empty if missing).")
    Path db = Path.of("runs", "baseline", "corvee.duckdb");

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on (default: a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1, this machine only). Any other address "
                    + "lets whoever reaches it read every stored run and start runs: there is no login.")
    String host;

    @Option(names = "--threads", paramLabel = "N", description = "Threads per run (default: available cores).")
    Integer threads;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "4",
            description = "Run requests that may wait behind the running one (default: 4); more are refused.")
    int queue;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw UserError.badInput("--port must be between 0 and 65535, was " + port);
        }
        if (queue < 1 || queue > 100) {
            throw UserError.badInput("--queue must be between 1 and 100, was " + queue);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw UserError.badInput("--threads must be at least 1, was " + nThreads);
        }
        boolean loopback = loopback(host);
        ResultStore store;
        try {
            store = ResultStore.open(db);
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
        DashboardServer server;
        try {
            server = new DashboardServer(store, host, port, nThreads, queue, memory.usableHeap().bytes());
        } catch (RuntimeException e) {
            store.close();
            throw UserError.badInput("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        if (!loopback) {
            err.println(exposureWarning(shown, server.port(), db));
        }
        out.printf("dashboard       http://%s:%d/%n", shown, server.port());
        out.printf("database        %s%n", db.toAbsolutePath().normalize());
        out.println("stop            Ctrl-C");
        out.flush();
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "corvee-dashboard-stop"));
        stopped.await();
        return 0;
    }

    /** The warning printed when the server listens on an address other machines may reach. */
    static String exposureWarning(String host, int port, Path db) {
        return String.format("corvee: warning: serving on %s:%d, not only this machine: anyone who can reach that "
                + "address can read every run in %s and start runs here (no login, no encryption)", host, port,
                db.toAbsolutePath().normalize());
    }

    /** Whether {@code host} names only this machine (otherwise the server is reachable from elsewhere). */
    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw UserError.badInput("--host: unknown address \"" + host + "\"");
        }
    }
}
