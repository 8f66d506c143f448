package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.io.IOException;
import java.nio.file.Files;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class SearchNeverThrowsPropertyTest {
    private static SearchIndex index;

    @BeforeContainer
    static void build() throws IOException {
        index = SearchIndex.open(Files.createTempDirectory("zoek-property"), TestCorpus.config("v1"));
        index.rebuild(TestCorpus.documents().stream(), "v1", count -> { });
    }

    @AfterContainer
    static void close() throws IOException {
        index.close();
    }

    @Property(tries = 300)
    void searchAnswersAnyText(@ForAll @StringLength(max = 400) String query) throws IOException {
        SearchResponse response = index.search(SearchRequest.of(query));
        assertThat(response.totalHits(), greaterThanOrEqualTo(0L));
        assertThat(response.hits().size(), lessThanOrEqualTo(SearchRequest.DEFAULT_PAGE_SIZE));
    }

    @Property(tries = 200)
    void searchAnswersQueryLikeText(@ForAll("queryish") String query) throws IOException {
        assertThat(index.search(SearchRequest.of(query)).totalHits(), greaterThanOrEqualTo(0L));
        assertThat(index.suggest(query, 5).size(), lessThanOrEqualTo(5));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> queryish() {
        return net.jqwik.api.Arbitraries.strings()
                .withChars("abcdeëéoöuü ASTLV\"'*?~:()[]{}^!-+&|/\\<>")
                .ofMaxLength(300);
    }
}
