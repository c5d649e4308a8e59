package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading pages, text with front matter and feeds, and refusing bad input with one clear line. */
class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader(ArticleMetadata.NONE);

    private static Path res(String name) throws Exception {
        return Path.of(ArticleReaderTest.class.getResource(name).toURI());
    }

    @Test
    void htmlPageGivesMetadataAndOnlyTheArticleParagraphs() throws Exception {
        Article a = reader.read(res("/corpus/13-panel-of-experts.html")).articles().get(0);
        assertThat(a.title()).isEqualTo("Workers abroad again");
        assertThat(a.publisher()).startsWith("Corvée test corpus");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(a.url()).isEqualTo("https://corpus.corvee.invalid/13-panel-of-experts");
        assertThat(a.format()).isEqualTo("html");
        assertThat(a.text()).contains("Around 100,000").doesNotContain("pageViews").doesNotContain("News 24")
                .doesNotContain("3 comments");
        assertThat(a.sha256()).hasSize(64).isEqualTo(Sha256.hex(a.text()));
    }

    @Test
    void frontMatterFieldsAndBodyOffsets() throws Exception {
        Article a = reader.read(res("/corpus/07-bribes.txt")).articles().get(0);
        assertThat(a.title()).isEqualTo("The price of a place on an overseas crew");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 9, 10));
        assertThat(a.text()).startsWith("Applicants who want");
    }

    @Test
    void feedsGiveOneArticlePerItem() throws Exception {
        ArticleReader.Reading rss = reader.read(res("/corpus/14-feed.rss"));
        assertThat(rss.articles()).hasSize(2);
        assertThat(rss.articles().get(0).published()).isEqualTo(LocalDate.of(2017, 12, 22));
        assertThat(rss.articles().get(1).text()).contains("47,364");
        assertThat(rss.articles().get(1).origin()).endsWith("#item 2");
        assertThat(rss.articles().get(0).publisher()).isEqualTo("Corvée test corpus feed");
        ArticleReader.Reading atom = reader.read(res("/corpus/15-feed.atom"));
        assertThat(atom.articles()).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo("https://corpus.corvee.invalid/15-capital-share");
            assertThat(a.format()).isEqualTo("atom");
        });
    }

    @Test
    void binaryFileIsOneLine() throws Exception {
        assertThatThrownBy(() -> reader.read(res("/bad/image.png"))).isInstanceOf(BadArticle.class)
                .hasMessageContaining("image.png: binary file").hasMessageNotContaining("\n");
    }

    @Test
    void emptyPageIsOneLine() throws Exception {
        assertThatThrownBy(() -> reader.read(res("/bad/empty-page.html"))).isInstanceOf(BadArticle.class)
                .hasMessageContaining("empty page");
    }

    @Test
    void pageWithoutDateIsRefusedUnlessGiven() throws Exception {
        assertThatThrownBy(() -> reader.read(res("/bad/no-date.html"))).isInstanceOf(BadArticle.class)
                .hasMessageContaining("no-date.html: no publication date");
        Article a = new ArticleReader(new ArticleMetadata(null, null, LocalDate.of(2019, 5, 1), null))
                .read(res("/bad/no-date.html")).articles().get(0);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 5, 1));
    }

    @Test
    void givenMetadataNeverOverridesThePage() throws Exception {
        Article a = new ArticleReader(new ArticleMetadata("Other", "Other", LocalDate.of(1999, 1, 1), null))
                .read(res("/corpus/13-panel-of-experts.html")).articles().get(0);
        assertThat(a.title()).isEqualTo("Workers abroad again");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 7));
    }

    @Test
    void brokenFeedXmlNamesLineAndColumn() throws Exception {
        assertThatThrownBy(() -> reader.read(res("/bad/broken-feed.xml"))).isInstanceOf(BadArticle.class)
                .hasMessageMatching(".*broken-feed\\.xml:\\d+:\\d+: broken feed XML: .*")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aBadFeedItemIsReportedAndTheOthersAreRead() throws Exception {
        ArticleReader.Reading r = reader.read(res("/bad/partly-bad-feed.rss"));
        assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Fine"));
        assertThat(r.problems()).singleElement().asString().contains("#item 1: no publication date");
    }

    @Test
    void emptyTextFileAndUnknownFrontMatterField(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        assertThatThrownBy(() -> reader.read(empty)).hasMessageContaining("empty article");
        Path odd = Files.writeString(dir.resolve("odd.txt"), "---\nauthor: x\npublished: 2020-01-01\n---\nSome text here.\n");
        assertThatThrownBy(() -> reader.read(odd)).hasMessageContaining("unknown field 'author'");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "---\npublished: soon\n---\nSome text here.\n");
        assertThatThrownBy(() -> reader.read(bad)).hasMessageContaining("published: expected a date");
    }
}
