package org.corvee.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.corvee.model.Simulation;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Population;
import org.corvee.run.GitCommit;
import org.corvee.run.Version;
import org.corvee.scenario.Scenario;

/**
 * A single run's manifest.json: what ran (program, commit, scenario, seed, scale, threads,
 * parameters), what it built and how long each step took. Drafted by {@link #draft} while the
 * run is being stored, on the thread that writes the CSV files, and completed by {@link #write}
 * once the database holds the run (the manifest is written last: its presence marks a complete
 * set of files, see {@code StagedFolder}); only the write time and the peak heap are filled in
 * then, so the fields keep the order the draft gave them.
 *
 * <p>Why a draft: after the store, the manifest is the last thing between the run and its end;
 * building it there, with Jackson's first use loading a few hundred classes, cost the run ~0.1 s.
 */
final class Manifest {
    /** The file name in the run's folder. */
    static final String FILE = "manifest.json";

    private final ObjectMapper json;
    private final ObjectNode root;
    private final int living;

    private Manifest(ObjectMapper json, ObjectNode root, int living) {
        this.json = json;
        this.root = root;
        this.living = living;
    }

    /**
     * Everything but the write time and the peak heap (placeholders until {@link #write}), for the
     * run of {@code sc} that started at {@code t0}, was built at {@code tBuilt} and had simulated
     * every month at {@code tRun} (nanosecond clock).
     */
    static Manifest draft(Scenario sc, int threads, Instant started, Population pop, Simulation sim, long t0,
                          long tBuilt, long tRun) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int living = pop.living(); // a scan of every row: once, for the manifest and the summary
        ObjectNode m = json.createObjectNode();
        m.put("program", "corvee " + Version.text());
        m.put("commit", GitCommit.head());
        m.put("scenario", sc.name());
        m.put("origin", sc.origin());
        m.put("seed", (long) sc.parameters().get(RunKeys.SEED));
        m.put("scale", sc.parameters().get(RunKeys.SCALE));
        m.put("threads", threads);
        m.put("timeline_entries", sc.timeline().entries().size());
        m.put("agents", pop.built);
        m.put("rows", pop.size);
        m.put("living_at_end", living);
        m.put("households", pop.households.occupied());
        m.put("social_ties", sim.world().network().entries() / 2);
        m.put("months", sim.clock().months());
        m.put("started", started.toString());
        ObjectNode seconds = m.putObject("seconds");
        seconds.put("build", (tBuilt - t0) / 1e9);
        seconds.put("simulate", (tRun - tBuilt) / 1e9);
        seconds.put("write", 0.0);
        ObjectNode phases = m.putObject("phase_seconds");
        for (Map.Entry<String, Long> e : sim.engine().timings().totals().entrySet()) {
            phases.put(e.getKey(), e.getValue() / 1e9);
        }
        m.put("peak_heap_bytes", 0L);
        m.put("java", System.getProperty("java.version"));
        ObjectNode parameters = m.putObject("parameters");
        for (Map.Entry<String, Double> e : sc.parameters().asMap().entrySet()) {
            double v = e.getValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                parameters.put(e.getKey(), (long) v); // years, counts and switches as integers
            } else {
                parameters.put(e.getKey(), v);
            }
        }
        // written once into nothing: the pretty printer and the serializers load their classes here
        json.writerWithDefaultPrettyPrinter().writeValue(OutputStream.nullOutputStream(), m);
        return new Manifest(json, m, living);
    }

    /** The persons living at the end of the run (counted once, for the manifest and the summary). */
    int living() {
        return living;
    }

    /** Fills in the write time and the peak heap and writes the manifest to {@code file}. */
    void write(Path file, double writeSeconds, long peakHeapBytes) throws IOException {
        ((ObjectNode) root.get("seconds")).put("write", writeSeconds);
        root.put("peak_heap_bytes", peakHeapBytes);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
