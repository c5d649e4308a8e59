package org.corvee.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The floors' kernels: a rewrite leaves every value as it was and sums what it read. */
class ColumnsTest {
    @Test
    void rewriteLeavesEveryColumnTypeUnchanged() {
        int[] rows = {4, 0, 4, 2};
        byte[] b = {-1, 2, -3, 4, 5};
        short[] s = {-300, 2, 300, 4, 5};
        int[] i = {-70000, 2, 70000, 4, 5};
        float[] f = {-0.0f, 2.5f, Float.MIN_VALUE, 4, -5.25f};
        byte[] b0 = b.clone();
        short[] s0 = s.clone();
        int[] i0 = i.clone();
        float[] f0 = f.clone();
        assertThat(Columns.rewrite(b, rows, 0, rows.length, 0)).isEqualTo(5 + -1 + 5 + -3);
        assertThat(Columns.rewrite(s, rows, 1, rows.length, 0)).isEqualTo(-300 + 5 + 300);
        assertThat(Columns.rewrite(i, rows, 0, 2, 0)).isEqualTo(5 + -70000);
        Columns.rewrite(f, rows, 0, rows.length, 0);
        assertThat(b).containsExactly(b0);
        assertThat(s).containsExactly(s0);
        assertThat(i).containsExactly(i0);
        for (int k = 0; k < f.length; k++) {
            assertThat(Float.floatToRawIntBits(f[k])).isEqualTo(Float.floatToRawIntBits(f0[k]));
        }
    }

    @Test
    void rewriteWithAMaskChangesTheRowsItVisits() {
        byte[] b = {1, 1, 1};
        Columns.rewrite(b, new int[] {2}, 0, 1, 1);
        assertThat(b).containsExactly(1, 1, 0);
        assertThatThrownBy(() -> Columns.rewrite(new long[1], new int[] {0}, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
