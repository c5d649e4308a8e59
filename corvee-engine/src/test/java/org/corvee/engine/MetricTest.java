package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one counter layout ({@link Metric#at}) and the fixed-point resolution stated at registration. */
class MetricTest {
    private static Dimension dim(String name, int n) {
        String[] values = new String[n];
        for (int k = 0; k < n; k++) {
            values[k] = name + k;
        }
        return new Dimension(name, List.of(values));
    }

    @Test
    void cellsAreAddressedInTheOrderTheKeysName() {
        CounterRegistry r = new CounterRegistry();
        r.persons("before", "", Accumulation.FLOW, dim("x", 3));
        Metric m = r.persons("m", "", Accumulation.FLOW, dim("a", 2), dim("b", 3), dim("c", 4));
        Metric two = r.persons("two", "", Accumulation.FLOW, dim("a", 2), dim("b", 5));
        assertThat(m.base()).isEqualTo(3);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    int at = m.at(i, j, k);
                    assertThat(at - m.base()).isEqualTo(m.cell(i, j, k));
                    assertThat(m.key(at - m.base())).isEqualTo("a=a" + i + ";b=b" + j + ";c=c" + k);
                }
            }
        }
        assertThat(two.at(1, 4)).isEqualTo(two.base() + two.size() - 1);
        assertThat(two.key(two.at(1, 2) - two.base())).isEqualTo("a=a1;b=b2");
    }

    @Test
    void theResolutionConvertsBothWays() {
        CounterRegistry r = new CounterRegistry();
        Metric cents = r.dollars("pay", "", Accumulation.FLOW);
        Metric shares = r.register("share_sum", "0..1", "", Accumulation.SNAPSHOT, 1_000_000, false);
        assertThat(cents.resolution()).isEqualTo(100);
        assertThat(cents.fixed(12.345)).isEqualTo(1235);
        assertThat(cents.report(1235, 0.5)).isEqualTo(12.35 / 0.5);
        assertThat(shares.fixed(0.25)).isEqualTo(250_000);
        assertThat(shares.report(250_000, 0.5)).isEqualTo(0.25);
        assertThatThrownBy(() -> r.register("bad", "", "", Accumulation.FLOW, 0, false))
                .hasMessageContaining("resolution");
    }

    @Test
    void aRatioWorksOutItsFactorFromItsMetrics() {
        CounterRegistry r = new CounterRegistry();
        Metric sum = r.register("belief_sum", "USD", "", Accumulation.SNAPSHOT, 100, false, dim("p", 2));
        Metric count = r.persons("adults", "", Accumulation.SNAPSHOT, dim("p", 2));
        Metric milli = r.register("milli", "", "", Accumulation.SNAPSHOT, 1000, false, dim("p", 2));
        assertThat(r.ratio("mean", "USD", "", sum, count).factor()).isEqualTo(0.01);
        assertThat(r.ratio("per_milli", "", "", sum, milli).factor()).isEqualTo(10.0);
        assertThat(r.ratio("share", "", "", count, count).factor()).isEqualTo(1.0);
    }
}
