package org.corvee.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sensitivity bar chart: numbers in SVG syntax whatever the default locale; text escaped. */
class SvgBarChartTest {
    private static String render() {
        return SvgBarChart.render("Morris <elementary> effects", List.of(new SvgBarChart.Panel("out \"a\" & b",
                List.of(new SvgBarChart.Bar("dispatch.bribe", 1.5, 0.25)))), "mu*", "sigma");
    }

    @Test
    void numbersUseADecimalPointUnderAGermanOrArabicDefaultLocale() {
        String root = render();
        Locale before = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva")}) {
                Locale.setDefault(l);
                assertThat(render()).as(l.toString()).isEqualTo(root);
            }
        } finally {
            Locale.setDefault(before);
        }
        // 420 px for the largest value 1.5, so 0.25 is 70.0 px wide
        assertThat(root).contains("width=\"420.0\"").contains("width=\"70.0\"").contains("1.50 / 0.250");
    }

    @Test
    void textIsEscapedAsXml() {
        assertThat(render()).contains("Morris &lt;elementary&gt; effects").contains("out &quot;a&quot; &amp; b")
                .doesNotContain("<elementary>");
    }
}
