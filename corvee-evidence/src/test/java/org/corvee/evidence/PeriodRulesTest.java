package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period rules resolved against an article dated 2024-06-15; the claim is the word "40%". */
class PeriodRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Recently about 40% left.                              | 2023-06 | 2024-06
            Over the past three years about 40% left.             | 2021-06 | 2024-06
            Today about 40% remain.                               | 2024-06 | 2024-06
            Last year about 40% left.                             | 2023-01 | 2023-12
            In 2016 about 40% were from the capital.              | 2016-01 | 2016-12
            In April 2016 about 40% were from the capital.        | 2016-04 | 2016-04
            At the end of 2017 about 40% held permits.            | 2017-12 | 2017-12
            Since 2020 about 40% have been kept abroad.           | 2020-01 | 2024-06
            About 40% left, people say.                           | 2024-06 | 2024-06
            Two years ago about 40% left.                         | 2022-06 | 2022-06
            """)
    void resolved(String sentence, String from, String to) {
        int a = sentence.indexOf("40%");
        Period p = PeriodRules.resolve(sentence, a, a + 3, LocalDate.of(2024, 6, 15));
        assertThat(p.from()).as(p.basis()).isEqualTo(from);
        assertThat(p.to()).as(p.basis()).isEqualTo(to);
    }
}
