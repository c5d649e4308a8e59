package org.corvee.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.corvee.store.ResultStore;

/**
 * A dashboard server in this JVM on a free loopback port over a fresh database in {@code dir},
 * with a small HTTP client for its JSON API. Runs at scale 0.001 take a second or two.
 */
final class DashboardFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final DashboardServer server;
    final Path db;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    DashboardFixture(Path dir, int queue, long maxHeap) {
        db = dir.resolve("dash.duckdb");
        server = new DashboardServer(ResultStore.open(db), "127.0.0.1", 0, 2, queue, maxHeap);
    }

    DashboardFixture(Path dir) {
        this(dir, 4, Runtime.getRuntime().maxMemory());
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** An answer: status and parsed body (null when not JSON). */
    record Answer(int status, JsonNode body, String text) {
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Answer send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
        JsonNode node;
        try {
            node = JSON.readTree(res.body());
        } catch (IOException e) {
            node = null;
        }
        return new Answer(res.statusCode(), node, res.body());
    }

    /** Posts a run request and waits (up to 3 minutes) until its job ends; returns the final job. */
    JsonNode runAndWait(String request) throws IOException, InterruptedException {
        Answer a = post("/api/runs", request);
        if (a.status() != 202 && a.status() != 200) {
            throw new IllegalStateException("run request refused: " + a.status() + " " + a.text());
        }
        if (a.body().get("duplicate").asBoolean()) {
            return a.body();
        }
        return waitFor(a.body().get("id").asLong());
    }

    /** Polls a job until it is no longer queued or running. */
    JsonNode waitFor(long job) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = get("/api/jobs/" + job).body();
            String state = j.get("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return j;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("job " + job + " did not finish in 3 minutes");
    }

    @Override
    public void close() {
        server.close();
    }
}
