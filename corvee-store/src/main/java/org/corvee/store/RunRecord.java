package org.corvee.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What is known about a run when it starts: the row {@link ResultStore#begin} inserts. */
public record RunRecord(long batch, int replicate, String scenario, String scenarioYaml, long seed, int threads,
                        double scale, String programVersion, String gitCommit) {

    /** SHA-256 of the resolved scenario YAML, hex. */
    public String scenarioHash() {
        return sha256(scenarioYaml);
    }

    /** SHA-256 of a text (UTF-8), lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
