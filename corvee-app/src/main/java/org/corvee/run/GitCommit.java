package org.corvee.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The git commit the program was built from, recorded at build time by the
 * git-commit-id-maven-plugin into {@code build-commit.properties} beside this class (see
 * corvee-app's pom): the full id, with "-dirty" when tracked files had uncommitted changes at
 * build time; "unknown" when the jar was built outside a git repository.
 *
 * <p>Why not {@code git rev-parse HEAD} at run time: that names whatever the checkout holds when
 * the program runs, which after a {@code git pull} or in another folder is not the code that
 * produced the results.
 */
public final class GitCommit {
    /** The resource written by the build. */
    static final String RESOURCE = "build-commit.properties";

    private GitCommit() {
    }

    /** The commit id the program was built from, or "unknown". */
    public static String head() {
        Properties p = new Properties();
        try (InputStream in = GitCommit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return of(p);
    }

    /** The commit id recorded in build properties {@code p}, or "unknown". */
    static String of(Properties p) {
        String id = p.getProperty("git.commit.id.full", "");
        if (!id.matches("[0-9a-f]{40}")) {
            return "unknown";
        }
        return Boolean.parseBoolean(p.getProperty("git.dirty")) ? id + "-dirty" : id;
    }
}
