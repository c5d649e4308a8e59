package org.corvee.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.corvee.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API in process on a random port, over runs it starts itself at scale 0.001. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {
    Path dir;
    DashboardFixture dash;
    JsonNode job;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        dir = tmp;
        dash = new DashboardFixture(dir);
        job = dash.runAndWait("{\"scenario\": \"baseline\", \"set\": {\"run.scale\": 0.001, \"run.seed\": 3}, "
                + "\"replicates\": 2}");
    }

    @AfterAll
    void stop() {
        dash.close();
    }

    @Test
    void aStartedRunIsStoredAsABatchAndListed() throws Exception {
        assertThat(job.get("state").asText()).isEqualTo("completed");
        assertThat(job.get("runs")).hasSize(2);
        int inBatch = 0;
        for (JsonNode r : dash.get("/api/runs").body()) {
            if (r.get("batch").asLong() == job.get("batch").asLong()) {
                inBatch++;
                assertThat(r.get("status").asText()).isEqualTo("completed");
                assertThat(r.get("scale").asDouble()).isEqualTo(0.001);
                assertThat(r.get("id").asLong()).isIn(job.get("runs").get(0).asLong(), job.get("runs").get(1).asLong());
            }
        }
        assertThat(inBatch).isEqualTo(2);
    }

    @Test
    void seriesAreTheStoredColumnsWithTheirBand() throws Exception {
        long id = job.get("runs").get(0).asLong();
        long id2 = job.get("runs").get(1).asLong();
        JsonNode s = dash.get("/api/runs/" + id + "/series?metric=workers_abroad").body();
        assertThat(s.get("replicates").asInt()).isEqualTo(2);
        int months = s.get("months").size();
        assertThat(months).isEqualTo(252);
        JsonNode line = s.get("series").get(0);
        assertThat(line.get("mean")).hasSize(months);
        // the mean lies in its 90% band every month, and two seeds give a band somewhere
        int spread = 0;
        for (int m = 0; m < months; m++) {
            double mean = line.get("mean").get(m).asDouble();
            double lo = line.get("low").get(m).asDouble();
            double hi = line.get("high").get(m).asDouble();
            assertThat(mean).isBetween(lo - 1e-9, hi + 1e-9);
            if (hi > lo) {
                spread++;
            }
        }
        assertThat(spread).as("two seeds give a band").isGreaterThan(0);
        JsonNode byDest = dash.get("/api/runs/" + id2 + "/series?metric=workers_abroad&by=destination").body();
        assertThat(byDest.get("series").size()).isGreaterThanOrEqualTo(2);
        double sumLast = 0;
        for (JsonNode l : byDest.get("series")) {
            sumLast += l.get("mean").get(months - 1).asDouble();
        }
        assertThat(sumLast).isCloseTo(line.get("mean").get(months - 1).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theSameResolvedScenarioAndSeedIsNotRunTwice() throws Exception {
        DashboardFixture.Answer again = dash.post("/api/runs", "{\"scenario\": \"baseline\", \"set\": {\"run.scale\": "
                + "0.001, \"run.seed\": 3}, \"replicates\": 2}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("duplicate").asBoolean()).isTrue();
        assertThat(again.body().get("runs")).isEqualTo(job.get("runs"));
        String hash = job.get("hash").asText().substring(0, 12);
        int sameScenario = 0;
        for (JsonNode r : dash.get("/api/runs").body()) {
            if (r.get("hash").asText().equals(hash)) {
                sameScenario++;
            }
        }
        assertThat(sameScenario).as("replicate 0 of the batch only").isEqualTo(1);
    }

    @Test
    void aBadValueGetsTheCommandLinesMessageForItsField() throws Exception {
        DashboardFixture.Answer a = dash.post("/api/runs", "{\"set\": {\"dispatch.contract_months\": 4.5, "
                + "\"run.scale\": 0.001}}");
        assertThat(a.status()).isEqualTo(422);
        JsonNode p = a.body().get("problems").get(0);
        assertThat(p.get("field").asText()).isEqualTo("dispatch.contract_months");
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"run", "--set", "dispatch.contract_months=4.5", "--scale", "0.001",
            "--out", dir.resolve("cli").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("corvee: " + p.get("message").asText());
    }

    @Test
    void timelineProblemsNameTheirEntry() throws Exception {
        DashboardFixture.Answer a = dash.post("/api/runs", "{\"set\": {\"run.scale\": 0.001}, \"timeline\": ["
                + "{\"date\": \"2018-01\", \"set\": {\"dispatch.brbe\": 1}}, {\"date\": \"2016-06\", \"set\": "
                + "{\"dispatch.bribe\": 1}}]}");
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body().get("problems").findValuesAsText("field"))
                .containsExactly("timeline[1].set.dispatch.brbe", "timeline[2].date");
        assertThat(a.body().get("problems").get(0).get("message").asText()).contains("did you mean dispatch.bribe?");
    }

    @Test
    void badRequestsGetA4xxWithAMessageAndNoStackTrace() throws Exception {
        DashboardFixture.Answer[] answers = {
            dash.post("/api/runs", "{not json"),
            dash.post("/api/runs", "{\"scenario\": \"../../etc/passwd\"}"),
            dash.post("/api/runs", "{\"scenario\": \"baseline\", \"file\": \"/etc/passwd\"}"),
            dash.post("/api/runs", "{\"replicates\": 0}"),
            dash.get("/api/runs/999"),
            dash.get("/api/runs/abc"),
            dash.get("/api/runs/" + job.get("runs").get(0).asLong() + "/series"),
            dash.get("/api/runs/" + job.get("runs").get(0).asLong() + "/series?metric=no_such_metric"),
            dash.get("/api/runs/" + job.get("runs").get(0).asLong() + "/provinces?measure=x"),
            dash.get("/api/jobs/77"),
            dash.get("/api/compare?a=1"),
        };
        for (DashboardFixture.Answer a : answers) {
            assertThat(a.status()).as(a.text()).isBetween(400, 499);
            assertThat(a.body().get("error").asText()).isNotBlank();
            assertThat(a.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
        }
        assertThat(answers[1].body().get("problems").get(0).get("field").asText()).isEqualTo("scenario");
    }

    @Test
    void provincesAreTheTenSeatsAndTheirValuesPerMonth() throws Exception {
        JsonNode seats = dash.get("/api/provinces").body().get("provinces");
        assertThat(seats).hasSize(10);
        long id = job.get("runs").get(0).asLong();
        JsonNode v = dash.get("/api/runs/" + id + "/provinces?measure=workers_abroad").body();
        double sum = 0;
        int last = v.get("months").size() - 1;
        for (JsonNode p : seats) {
            sum += v.get("values").get(p.get("id").asText()).get(last).asDouble();
        }
        JsonNode total = dash.get("/api/runs/" + id + "/series?metric=workers_abroad").body();
        assertThat(sum).isCloseTo(total.get("series").get(0).get("mean").get(last).asDouble(),
                org.assertj.core.data.Offset.offset(1e-6));
        JsonNode informed = dash.get("/api/runs/" + id + "/provinces?measure=informed_share").body();
        for (JsonNode p : seats) {
            double share = informed.get("values").get(p.get("id").asText()).get(last).asDouble();
            assertThat(share).isBetween(0.0, 1.0);
        }
    }

    @Test
    void runDetailHasThePolicyMarkersAndTheValidationTable() throws Exception {
        JsonNode d = dash.get("/api/runs/" + job.get("runs").get(0).asLong()).body();
        assertThat(d.get("markers").findValuesAsText("month")).contains("2017-12", "2020-01", "2023-08", "2023-01");
        // The bundled host events are timeline entries (OD11), marked by their event names.
        assertThat(d.get("markers").findValuesAsText("label")).contains("unscr-2397-russia", "russia-student-visas");
        assertThat(d.get("validation").get("rows").size()).isGreaterThanOrEqualTo(15);
        assertThat(d.get("scenarioYaml").asText()).contains("seed: 3");
    }

    @Test
    void aTimelineFromTheRequestReplacesTheScenariosAndIsMarked() throws Exception {
        JsonNode j = dash.runAndWait("{\"name\": \"campaign 2021\", \"set\": {\"run.scale\": 0.001}, \"timeline\": "
                + "[{\"date\": \"2021-01\", \"event\": \"broadcast\", \"set\": {\"beliefs.outside_source_reach\": 0.02}}]}");
        assertThat(j.get("state").asText()).isEqualTo("completed");
        JsonNode d = dash.get("/api/runs/" + j.get("runs").get(0).asLong()).body();
        assertThat(d.get("run").get("scenario").asText()).isEqualTo("campaign 2021");
        assertThat(d.get("scenarioYaml").asText()).contains("event: \"broadcast\"", "beliefs.outside_source_reach: 0.02");
        JsonNode marker = null;
        for (JsonNode m : d.get("markers")) {
            if (m.get("timeline").asBoolean()) {
                marker = m;
            }
        }
        assertThat(marker).isNotNull();
        assertThat(marker.get("month").asText()).isEqualTo("2021-01");
        assertThat(marker.get("label").asText()).isEqualTo("broadcast");
    }

    @Test
    void theCatalogueGivesEveryParameterAndTheMechanismSwitches() throws Exception {
        JsonNode params = dash.get("/api/parameters").body();
        assertThat(params.size()).isEqualTo(org.corvee.model.params.ParameterCatalog.load().all().size());
        assertThat(params.findValuesAsText("section")).contains("mechanism", "dispatch", "destination.russia");
        JsonNode baseline = dash.get("/api/scenarios/baseline").body();
        assertThat(baseline.get("values").get("dispatch.contract_months").asDouble())
                .isEqualTo(org.corvee.model.params.ParameterCatalog.load().find("dispatch.contract_months").defaultValue());
    }
}
