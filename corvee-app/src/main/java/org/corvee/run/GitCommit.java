package org.corvee.run;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The git commit the program was built from: {@code git rev-parse HEAD} in the folder holding the
 * program's jar (or classes), with "-dirty" when tracked files have uncommitted changes;
 * "unknown" when git or the repository is not there (an installed jar), or git is slow.
 */
public final class GitCommit {
    private GitCommit() {
    }

    /** The commit id, or "unknown". */
    public static String head() {
        try {
            File where = new File(GitCommit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            File dir = where.isDirectory() ? where : where.getParentFile();
            String id = git(dir, "rev-parse", "HEAD");
            if (id == null || !id.matches("[0-9a-f]{40}")) {
                return "unknown";
            }
            String status = git(dir, "status", "--porcelain", "--untracked-files=no");
            return status != null && !status.isEmpty() ? id + "-dirty" : id;
        } catch (Exception | LinkageError e) {
            return "unknown";
        }
    }

    private static String git(File dir, String... args) throws Exception {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.getPath();
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(3, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            return null;
        }
        return new String(out, StandardCharsets.UTF_8).trim();
    }
}
