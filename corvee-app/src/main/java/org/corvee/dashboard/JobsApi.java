package org.corvee.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.function.Consumer;

/**
 * Starting and following runs: {@code POST /api/runs} (a {@link RunRequest}; answers the job,
 * 202, or the stored run it duplicates, 200), {@code GET /api/jobs}, {@code GET /api/jobs/{id}},
 * {@code POST /api/jobs/{id}/cancel}, and {@code GET /api/jobs/{id}/events}: server-sent events
 * named "progress", one per month simulated, the last one when the job ends.
 */
final class JobsApi {
    private final RunQueue queue;
    private final RequestResolver resolver;
    private final ObjectMapper json;

    JobsApi(RunQueue queue, RequestResolver resolver, ObjectMapper json) {
        this.queue = queue;
        this.resolver = resolver;
        this.json = json;
    }

    void routes(RoutesConfig r) {
        r.post("/api/runs", this::submit);
        r.get("/api/jobs", ctx -> ctx.json(queue.views()));
        r.get("/api/jobs/{id}", ctx -> ctx.json(queue.job(Query.id(ctx, "id")).view()));
        r.post("/api/jobs/{id}/cancel", ctx -> ctx.json(queue.cancel(Query.id(ctx, "id"))));
        r.sse("/api/jobs/{id}/events", this::events);
    }

    private void submit(Context ctx) {
        RunRequest request;
        try {
            request = json.readValue(ctx.body(), RunRequest.class);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("expected a JSON object {\"scenario\": NAME, \"set\": {KEY: VALUE}, "
                    + "\"timeline\": [...], \"replicates\": N}: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw ApiError.badRequest("expected a JSON object, found an empty body");
        }
        RequestResolver.Resolved r = resolver.resolve(request);
        JobView v = queue.submit(r.scenario(), r.replicates());
        ctx.status(v.duplicate() ? 200 : 202).json(v);
    }

    private void events(SseClient client) {
        Job job;
        try {
            job = queue.job(Query.id(client.ctx(), "id"));
        } catch (ApiError e) {
            client.sendEvent("error", e.getMessage());
            client.close();
            return;
        }
        client.keepAlive();
        Consumer<JobView> send = new Consumer<>() {
            @Override
            public void accept(JobView v) {
                if (client.terminated()) {
                    job.unlisten(this);
                    return;
                }
                try {
                    client.sendEvent("progress", json.writeValueAsString(v));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                if (!v.state().equals("queued") && !v.state().equals("running")) {
                    job.unlisten(this);
                    client.close();
                }
            }
        };
        client.onClose(() -> job.unlisten(send));
        job.listen(send);
    }
}
