package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented extraction rules, one sentence each: kind, words, interval and unit. */
class MentionFinderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            There were twelve of them at the site today.                 | count    | twelve              | 12       | 12       | count
            About 46,000 workers were there.                             | count    | About 46,000        | 41400    | 50600    | count
            Tens of thousands of workers were sent.                      | count    | Tens of thousands   | 20000    | 99999    | count
            Occupancy is below 30% at the blocks.                        | share    | below 30%           | 0        | 0.3      | share
            About two thirds of them left the site.                      | share    | About two thirds    | 0.6      | 0.733333 | share
            One in three workers stayed at the mine.                     | share    | One in three        | 0.333333 | 0.333333 | share
            They earn $300 to $1,000 a month abroad.                     | money    | $300 to $1,000 a month | 300   | 1000     | USD/month
            A bribe of 2 million won was paid for the post.              | money    | 2 million won       | 2000000  | 2000000  | KPW
            Traders paid 500 yuan for the permit this year.              | money    | 500 yuan            | 500      | 500      | CNY
            The wage was up to 40,000 rubles last year.                 | money    | up to 40,000 rubles | 0        | 40000    | RUB
            The state takes 70 to 90 percent of the pay.                 | share    | 70 to 90 percent    | 0.7      | 0.9      | share
            They sign up for a three-year term at the mine.              | duration | a three-year term   | 36       | 36       | months
            Some were kept abroad for six to ten years after that.       | duration | six to ten years    | 72       | 120      | months
            At least 50 of them were sent to the farm.                   | count    | At least 50         | 50       | Infinity | count
            Only about 50 of 150 showed up at the copper mine.           | share    | 50 of 150           | 0.3      | 0.366667 | share
            """)
    void oneSentence(String sentence, String kind, String words, double low, double high, String unit) {
        List<Mention> ms = MentionFinder.find(sentence);
        assertThat(ms).as(sentence).hasSize(1);
        Mention m = ms.get(0);
        assertThat(m.kind().id()).isEqualTo(kind);
        assertThat(sentence.substring(m.start(), m.end())).contains(words);
        assertThat(m.low()).isCloseTo(low, org.assertj.core.data.Offset.offset(1e-5));
        if (Double.isInfinite(high)) {
            assertThat(m.high()).isInfinite();
        } else {
            assertThat(m.high()).isCloseTo(high, org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(m.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2017 the resolution was adopted by the council.
            Resolution 2397 was adopted on 22 December 2017 by vote.
            No one wanted to go, and one of them said so.
            Over the past three years things got worse there.
            He is 30 years old and works at the mine.
            The census of 2008-10 counted people aged 15 to 64 there.
            """)
    void notClaims(String sentence) {
        assertThat(MentionFinder.find(sentence)).as(sentence).isEmpty();
    }

    @Test
    void twelveWorkersAndTheirManagerAreAGroupOfThirteen() {
        String s = "The group defection of twelve restaurant workers and their manager shocked the city.";
        Mention m = MentionFinder.find(s).get(0);
        assertThat(s.substring(m.start(), m.end())).isEqualTo("twelve restaurant workers and their manager");
        assertThat(m.value()).isEqualTo(13);
    }
}
