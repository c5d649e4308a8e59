package org.corvee.store;

import java.nio.file.Path;

/**
 * What is known about a calibration when it starts: the {@code calibrations} row that
 * {@link DatabaseParticleSink} inserts. {@code outputFolder} and {@code fingerprint} identify it
 * again on {@code --resume}; {@code priors} holds one "key=prior" per line.
 */
public record CalibrationRecord(Path outputFolder, String fingerprint, String scenario, double scale, long seed,
                                String priors, String programVersion) {

    /** The output folder as stored: absolute and normalised, so any spelling of it matches. */
    public String folderText() {
        return outputFolder.toAbsolutePath().normalize().toString();
    }
}
