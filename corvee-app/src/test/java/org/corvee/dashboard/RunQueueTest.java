package org.corvee.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time, a bounded queue, cancel, and the memory guard on run requests. */
class RunQueueTest {
    @TempDir
    Path dir;

    private static String request(int seed) {
        return "{\"set\": {\"run.scale\": 0.001, \"run.seed\": " + seed + "}}";
    }

    @Test
    void oneRunsOneWaitsTheNextIsRefusedAndCancelStopsTheRunningOne() throws Exception {
        try (DashboardFixture dash = new DashboardFixture(dir, 1, Runtime.getRuntime().maxMemory())) {
            DashboardFixture.Answer first = dash.post("/api/runs", request(1));
            DashboardFixture.Answer second = dash.post("/api/runs", request(2));
            DashboardFixture.Answer third = dash.post("/api/runs", request(3));
            assertThat(first.status()).isEqualTo(202);
            assertThat(second.status()).isEqualTo(202);
            assertThat(second.body().get("state").asText()).isEqualTo("queued");
            assertThat(third.status()).as(third.text()).isEqualTo(429);
            assertThat(third.body().get("error").asText()).contains("queue is full");
            long firstId = first.body().get("id").asLong();
            long secondId = second.body().get("id").asLong();
            assertThat(dash.post("/api/jobs/" + secondId + "/cancel", "").body().get("state").asText())
                    .isEqualTo("cancelled");
            dash.post("/api/jobs/" + firstId + "/cancel", "");
            JsonNode end = dash.waitFor(firstId);
            // a run that was already past its last month when the cancel came completes; either way it ends
            assertThat(end.get("state").asText()).isIn("cancelled", "completed");
            JsonNode runs = dash.get("/api/runs").body();
            if (end.get("state").asText().equals("cancelled") && runs.size() > 0) {
                assertThat(runs.get(0).get("status").asText()).isEqualTo("failed");
                assertThat(runs.get(0).get("message").asText()).contains("cancelled");
            }
            assertThat(dash.waitFor(secondId).get("state").asText()).isEqualTo("cancelled");
            for (JsonNode r : runs) {
                assertThat(r.get("seed").asLong()).as("the cancelled queued job never ran").isNotEqualTo(2);
            }
        }
    }

    @Test
    void theMemoryGuardRefusesAScaleThatWouldNotFit() throws Exception {
        try (DashboardFixture dash = new DashboardFixture(dir, 4, 200L << 20)) {
            DashboardFixture.Answer a = dash.post("/api/runs", "{\"set\": {\"run.scale\": 0.5}}");
            assertThat(a.status()).isEqualTo(422);
            assertThat(a.body().get("problems").get(0).get("field").asText()).isEqualTo("run.scale");
            assertThat(a.body().get("error").asText()).contains("the largest scale that fits is");
            assertThat(dash.get("/api/jobs").body()).isEmpty();
        }
    }
}
