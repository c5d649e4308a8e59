package org.corvee.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The build commit: read from the properties the build wrote, not from the checkout at run time. */
class GitCommitTest {
    private static final String ID = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void theRecordedIdWithDirtyMarkOrUnknown() {
        Properties p = new Properties();
        p.setProperty("git.commit.id.full", ID);
        p.setProperty("git.dirty", "false");
        assertThat(GitCommit.of(p)).isEqualTo(ID);
        p.setProperty("git.dirty", "true");
        assertThat(GitCommit.of(p)).isEqualTo(ID + "-dirty");
        p.setProperty("git.commit.id.full", "${git.commit.id.full}");
        assertThat(GitCommit.of(p)).isEqualTo("unknown");
        assertThat(GitCommit.of(new Properties())).isEqualTo("unknown");
    }

    @Test
    void theBuildOfThisCheckoutRecordedItsHead() throws Exception {
        // The tests run in the same build as the one that wrote the properties, so HEAD has not
        // moved since. Without git (an exported source tree) the build records nothing to compare.
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0) {
            assertThat(GitCommit.class.getResource(GitCommit.RESOURCE)).isNotNull();
            assertThat(GitCommit.head()).startsWith(head);
        }
    }
}
