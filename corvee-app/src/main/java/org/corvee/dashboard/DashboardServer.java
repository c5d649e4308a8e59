package org.corvee.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.store.ResultStore;
import org.corvee.store.StoreException;

/**
 * The dashboard's web server (Javalin): its own pages (classpath {@code org/corvee/dashboard/web}),
 * uPlot from its webjar, and the JSON API over one open results database. Nothing else is
 * served: no file path ever comes from the client, runs are only bundled scenarios by name.
 *
 * <p>Errors: an {@link ApiError} is answered with its status and {@code {"error", "problems"}};
 * a database error with 503 and its one-line message; anything else with 500 and the exception's
 * type and message, never a stack trace.
 *
 * <p>The server owns the store and the run queue; {@link #close()} stops the server, cancels a
 * running job (stored as failed) and closes the database.
 */
public final class DashboardServer implements AutoCloseable {
    private final Javalin app;
    private final ResultStore store;
    private final RunQueue queue;

    /**
     * Starts serving {@code store} on {@code host}:{@code port} (0 picks a free port); runs use
     * {@code threads} threads, at most {@code queueCapacity} wait, and the memory guard checks
     * each against {@code maxHeap} bytes.
     */
    public DashboardServer(ResultStore store, String host, int port, int threads, int queueCapacity, long maxHeap) {
        this.store = store;
        ParameterCatalog catalog = ParameterCatalog.load();
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        Batches batches = new Batches(store);
        this.queue = new RunQueue(store, catalog, threads, queueCapacity);
        RunsApi runs = new RunsApi(batches, queue, catalog, TargetFile.defaults());
        JobsApi jobs = new JobsApi(queue, new RequestResolver(catalog, maxHeap), json);
        CompareApi compare = new CompareApi(batches, catalog);
        ProvinceApi provinces = new ProvinceApi(batches);
        CatalogueApi catalogue = new CatalogueApi(catalog);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = 1 << 20;
            config.staticFiles.add("/org/corvee/dashboard/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            runs.routes(config.routes);
            jobs.routes(config.routes);
            compare.routes(config.routes);
            provinces.routes(config.routes);
            catalogue.routes(config.routes);
            config.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(body(e.getMessage(),
                    e.problems())));
            config.routes.exception(StoreException.class, (e, ctx) -> ctx.status(503).json(body(e.getMessage(),
                    List.of())));
            config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).json(body("internal error: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), List.of())));
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            queue.close();
            throw e;
        }
    }

    private static Map<String, Object> body(String message, List<FieldProblem> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message == null ? "error" : message);
        m.put("problems", problems);
        return m;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops serving, cancels a running job and closes the database. */
    @Override
    public void close() {
        app.stop();
        queue.close();
        store.close();
    }
}
