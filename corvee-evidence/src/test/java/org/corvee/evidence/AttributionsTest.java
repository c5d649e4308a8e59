package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who says it, the lexicon a user extends, and grades. Sentences are made up for the rules. */
class AttributionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A source in South Pyongan province told Daily NK that 40% left.          | A source in South Pyongan province | source
            About 40% left, according to the UN Panel of Experts.                    | the UN Panel of Experts            | official
            A defector who worked in Kuwait said 40% of the pay was taken.           | A defector who worked in Kuwait    | defector
            An official document seen by reporters puts the share at 40%.            | An official document               | official
            "Nobody stays," said a source in Pyongyang, adding that 40% left.        | a source in Pyongyang              | source
            Some 40% left, Reuters reported.                                          | Reuters                            | outlet
            """)
    void inTheSentence(String sentence, String who, String kind) {
        Attribution a = Attributions.of(sentence, List.of(), Attribution.NONE);
        assertThat(a.who()).isEqualTo(who);
        assertThat(a.kind()).isEqualTo(kind);
        assertThat(a.basis()).isEqualTo("sentence");
    }

    @Test
    void theSourceRefersBackToTheArticlesFirstSource() {
        Attribution first = new Attribution("A source in South Pyongan province", "source", "article");
        Attribution a = Attributions.of("About 40% left, the source said.", List.of(), first);
        assertThat(a.who()).isEqualTo("A source in South Pyongan province");
        assertThat(a.basis()).startsWith("article's first source");
        Attribution b = Attributions.of("About 40% left.", List.of("A local resident told RFA about the mine."), first);
        assertThat(b.who()).isEqualTo("A local resident");
        assertThat(b.kind()).isEqualTo("resident");
    }

    @Test
    void aUserLexiconAddsAndReplacesQuantities(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("lex.yaml"), """
                quantities:
                  - id: building_floors
                    quantity: Floors of new apartment blocks
                    kind: count
                    all: ["floor|storey"]
                    input: "not modelled"
                  - id: bribe
                    kind: money
                    all: ["kickback"]
                """);
        Lexicon lex = Lexicon.withUserFile(f);
        assertThat(lex.ids()).startsWith("building_floors", "bribe").contains("capital_share");
        assertThat(lex.match(ClaimKind.COUNT, "Buildings of three to eight floors went up.")).isEqualTo("building_floors");
        assertThat(lex.match(ClaimKind.MONEY, "A bribe of $500 was paid.")).isEmpty(); // replaced: kickback only
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "quantities:\n  - id: x\n    kind: weight\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.withUserFile(bad))
                .hasMessageContaining("quantities[1].kind: expected count, share, money or duration");
    }

    @Test
    void gradesAndTheirReliability() {
        assertThat(Grade.parse("b")).isEqualTo("B");
        assertThat(Grade.parse("a1")).isEqualTo("A1");
        assertThat(Grade.parse("D")).isNull();
        assertThat(Grade.parse("G2")).isNull();
        assertThat(Grade.reliability("A2")).isEqualTo("A");
        assertThat(Grade.reliability("A3")).isEqualTo("B");
        assertThat(Grade.reliability("B3")).isEqualTo("B");
        assertThat(Grade.reliability("C1")).isEqualTo("C");
        assertThat(Grade.reliability("")).isEqualTo("C");
    }
}
