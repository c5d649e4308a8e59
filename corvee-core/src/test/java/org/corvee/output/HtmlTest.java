package org.corvee.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one HTML/XML escaper: the five markup characters become entities, everything else stays. */
class HtmlTest {
    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Html.escape("a<b>&\"c\"'d'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
    }

    @Test
    void otherTextIsKept() {
        assertThat(Html.escape("Pyongyang — 40 % · Хабаровск")).isEqualTo("Pyongyang — 40 % · Хабаровск");
        assertThat(Html.escape("")).isEmpty();
    }
}
