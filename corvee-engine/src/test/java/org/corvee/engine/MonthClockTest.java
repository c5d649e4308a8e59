package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthClockTest {
    @Test
    void labelsAndIndicesRoundTrip() {
        MonthClock c = MonthClock.years(2010, 2030);
        assertThat(c.months()).isEqualTo(252);
        assertThat(c.label(0)).isEqualTo("2010-01");
        assertThat(c.label(251)).isEqualTo("2030-12");
        assertThat(c.indexOf(2017, 12)).isEqualTo(95);
        assertThat(c.label(c.indexOf(2020, 1))).isEqualTo("2020-01");
        assertThat(c.year(12)).isEqualTo(2011);
        assertThat(c.calendarMonth(13)).isEqualTo(2);
    }
}
