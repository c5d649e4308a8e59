package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.corvee.run.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading posterior.csv with a CSV parser: quoting, and one-line errors naming file and line. */
class PosteriorFileTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path f = dir.resolve("posterior.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsWeightsAndParametersAndToleratesQuotedFields() throws Exception {
        Path f = write("particle,weight,distance,dispatch.bribe,\"beliefs.tie_trust\",stat:T6\n"
                + "0,0.25,0.1,1200,0.5,\"1,5\"\n"
                + "1,0.75,0.2,900,0.4,\n");
        List<TreeMap<String, Double>> particles = new ArrayList<>();
        double[] w = PosteriorRun.readPosterior(f, particles);
        assertThat(w).containsExactly(0.25, 0.75);
        assertThat(particles.get(0)).containsEntry("dispatch.bribe", 1200.0).containsEntry("beliefs.tie_trust", 0.5)
                .hasSize(2);
        assertThat(particles.get(1)).containsEntry("dispatch.bribe", 900.0);
    }

    @Test
    void badInputNamesTheFileAndLine() throws Exception {
        Path f = write("particle,weight,distance,dispatch.bribe\n0,0.5,0.1,1200\n1,-2,0.1,900\n");
        UserError e = catchThrowableOfType(() -> PosteriorRun.readPosterior(f, new ArrayList<>()), UserError.class);
        assertThat(e.lines()).containsExactly(f + ":3: weight must be a number >= 0, found -2");
        assertThat(e.status()).isEqualTo(UserError.BAD_INPUT);

        Path g = write("particle,weight,distance,dispatch.bribe\n0,0.5,0.1,twelve\n");
        assertThat(catchThrowableOfType(() -> PosteriorRun.readPosterior(g, new ArrayList<>()), UserError.class)
                .lines()).containsExactly(g + ":2: expected numbers in every column");

        Path h = write("particle,weight,distance\n0,\"0.5,0.1\n");
        assertThat(catchThrowableOfType(() -> PosteriorRun.readPosterior(h, new ArrayList<>()), UserError.class)
                .lines().get(0)).startsWith("cannot read " + h);

        Path empty = write("particle,weight,distance\n");
        assertThat(catchThrowableOfType(() -> PosteriorRun.readPosterior(empty, new ArrayList<>()), UserError.class)
                .lines()).containsExactly(empty + ": no particles");
    }
}
