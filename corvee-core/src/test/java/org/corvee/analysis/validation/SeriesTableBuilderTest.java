package org.corvee.analysis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole series and single values build the same table; months are the union, gaps NaN. */
class SeriesTableBuilderTest {
    @Test
    void seriesAndSingleValuesGiveTheSameTable() {
        String[] ms = {"2020-01", "2020-02", "2020-03"};
        SeriesTable one = SeriesTable.builder().add("2020-01", "a", "d=x", 1).add("2020-02", "a", "d=x", 2)
                .add("2020-03", "a", "d=x", 3).add("2020-01", "a", "d=y", 10).add("2020-02", "a", "d=y", 20)
                .add("2020-03", "a", "d=y", 30).build();
        SeriesTable many = SeriesTable.builder().addSeries("a", "d=x", ms, new double[] {1, 2, 3})
                .addSeries("a", "d=y", ms, new double[] {10, 20, 30}).build();
        assertThat(many.months()).isEqualTo(one.months()).containsExactly(ms);
        assertThat(many.total("a", Map.of())).containsExactly(one.total("a", Map.of()));
        assertThat(many.total("a", Map.of("d", "y"))).containsExactly(10, 20, 30);
    }

    @Test
    void monthsAreTheUnionAndMissingMonthsAreNaN() {
        SeriesTable t = SeriesTable.builder().addSeries("a", "", new String[] {"2020-02", "2020-03"}, new double[] {2, 3})
                .addSeries("b", "", new String[] {"2020-01"}, new double[] {7}).add("2020-04", "a", "", 4).build();
        assertThat(t.months()).isEqualTo(List.of("2020-01", "2020-02", "2020-03", "2020-04"));
        assertThat(t.total("a", Map.of())).containsExactly(Double.NaN, 2, 3, 4);
        assertThat(t.total("b", Map.of())).containsExactly(7, Double.NaN, Double.NaN, Double.NaN);
    }

    @Test
    void lengthsMustMatch() {
        assertThatThrownBy(() -> SeriesTable.builder().addSeries("a", "", new String[] {"2020-01"}, new double[0]))
                .hasMessageContaining("differ in length");
    }
}
