package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corvee calibrate --replicates} and {@code corvee noise} end to end on the tiny world of
 * {@link ExperimentCommandsTest} (scale 0.0005, 2010-2018).
 */
class CalibrationScaleCommandsTest {
    @TempDir
    Path tmp;

    private static CommandLineTest.Result calibrate(Path dir, String generations, String replicates, String... more) {
        String[] head = {"calibrate", "--particles", "3", "--generations", generations, "--budget", "12",
            "--replicates", replicates, "--threads", "2", "--param", "dispatch.capital_weight=uniform(1,20)",
            "--out", dir.toString()};
        return CommandLineTest.run(ExperimentCommandsTest.args(head, more));
    }

    @Test
    void replicatedCalibrationRecordsKAndResumesOnlyWithTheSameK() throws Exception {
        Path dir = tmp.resolve("k2");
        CommandLineTest.Result r = calibrate(dir, "1", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("proposals of 2 seed(s) each");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("calibration.json").toFile());
        assertThat(json.get("replicates").asInt()).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("checkpoint.txt")).get(1)).contains(" seed=1 replicates=2 ");

        CommandLineTest.Result other = calibrate(dir, "2", "3", "--resume");
        assertThat(other.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(other.err()).contains("belongs to a different calibration");
        CommandLineTest.Result resumed = calibrate(dir, "2", "2", "--resume");
        assertThat(resumed.status()).as(resumed.err()).isZero();
        List<String> gens = Files.readAllLines(dir.resolve("generations.csv"));
        assertThat(gens).hasSize(3); // header, generations 0 and 1

        CommandLineTest.Result bad = calibrate(tmp.resolve("k0"), "1", "0");
        assertThat(bad.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err().strip()).isEqualTo("corvee: --replicates must be at least 1, was 0");
    }

    @Test
    void calibrateDefaultsToTheMeasuredScaleAndTheOtherExperimentsKeepTheirs() {
        CalibrateCommand calibrate = new CalibrateCommand();
        new picocli.CommandLine(calibrate).parseArgs("--param", "dispatch.capital_weight=uniform(1,20)");
        assertThat(calibrate.experiment.scale).isEqualTo(Double.parseDouble(CalibrationScale.SCALE));
        assertThat(calibrate.replicates).isEqualTo(Integer.parseInt(CalibrationScale.REPLICATES));
        assertThat(calibrate.particles).isEqualTo(200);
        CalibrateCommand given = new CalibrateCommand();
        new picocli.CommandLine(given).parseArgs("--scale", "0.01");
        assertThat(given.experiment.scale).isEqualTo(0.01);
        SensitivityCommand sensitivity = new SensitivityCommand();
        new picocli.CommandLine(sensitivity).parseArgs();
        assertThat(sensitivity.experiment.scale).isEqualTo(0.01);
        assertThat(CommandLineTest.run("calibrate", "--help").out())
                .contains("(default: " + CalibrationScale.SCALE + ")")
                .contains("(default: " + CalibrationScale.REPLICATES + ")");
    }

    @Test
    void noisePrintsThePatternTargetsPerScaleAndAVerdict() throws Exception {
        Path csv = tmp.resolve("noise.csv");
        CommandLineTest.Result r = CommandLineTest.run(ExperimentCommandsTest.args(new String[] {"noise",
            "--scales", "0.001,0.0005", "--seeds", "2", "--threads", "2", "--out", csv.toString()}));
        assertThat(r.status()).as(r.err()).isZero();
        // smallest scale first; pattern targets only (T6 is one, T9_take a consistency check)
        assertThat(r.out().indexOf("scale 0.0005:")).isLessThan(r.out().indexOf("scale 0.001:"));
        assertThat(r.out()).contains("  T6 ").doesNotContain("T9_take");
        assertThat(r.out()).containsAnyOf("recommended: --scale", "no measured scale passes");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("scale,replicates,target,seeds,defined,mean,sd,threshold,pass,"
                + "replicates_needed,seconds_per_run,shift_from_largest_scale,shift_se,scale_biased");
        // the smaller scale's means are compared with the largest scale's
        assertThat(r.out()).contains("scale bias: each mean against scale 0.001's");
        assertThat(lines).anyMatch(l -> l.startsWith("5.0E-4,1,T6,2,2,"));

        CommandLineTest.Result one = CommandLineTest.run("noise", "--seeds", "1");
        assertThat(one.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(one.err()).startsWith("corvee: --seeds must be at least 2").doesNotContain("\tat ");
    }
}
