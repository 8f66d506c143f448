package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 4,000 sections in the portal's index order (type block, then shuffle hash; several segments), alternately SOP and
 * schoolgids sections: sector "po" for every 4th, else "vo"; gemeente cycles over Utrecht, Zeist, Houten, Bunnik,
 * Baarn (800 each). So "po" has 1,000 documents, "vo" 3,000, and within "po" each gemeente has 200.
 */
class MultiSelectFacetsTest {
    private static final int DOCUMENTS = 4_000;
    private static final List<String> GEMEENTEN = List.of("Utrecht", "Zeist", "Houten", "Bunnik", "Baarn");
    private final FacetsConfig config = IndexSchema.facetsConfig();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private DefaultSortedSetDocValuesReaderState state;

    @BeforeEach
    void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                .setIndexSort(IndexSchema.indexSort()).setMaxBufferedDocs(1_500))) {
            for (int i = 0; i < DOCUMENTS; i++) {
                Document document = new Document();
                DocumentType type = i % 2 == 0 ? DocumentType.SOP_SECTIE : DocumentType.GIDS_SECTIE;
                document.add(new StringField(IndexSchema.TYPE, type.name(), Field.Store.NO));
                document.add(new SortedSetDocValuesFacetField(IndexSchema.TYPE_FACET, type.name()));
                document.add(new NumericDocValuesField(IndexSchema.TYPE_BLOCK, TypeBlock.SECTIONS.ordinal()));
                document.add(new NumericDocValuesField(IndexSchema.SHUFFLE, DocumentMapper.shuffleKey("doc-" + i)));
                document.add(new SortedSetDocValuesFacetField("sector", i % 4 == 0 ? "po" : "vo"));
                document.add(new SortedSetDocValuesFacetField("gemeente", GEMEENTEN.get(i % 5)));
                writer.addDocument(config.build(document));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private MultiSelectFacets.Counts count(MultiSelectFacets facets, Map<String, Set<String>> selected)
            throws IOException {
        return facets.count(searcher, state, new MatchAllDocsQuery(), selected);
    }

    private static Map<String, Long> counts(MultiSelectFacets.Counts counts, String dimension) {
        return counts.facets().getOrDefault(dimension, List.of()).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void upToTheBoundCountsAreExactAndNotFlagged() throws IOException {
        MultiSelectFacets.Counts counts = count(new MultiSelectFacets(config, DOCUMENTS), Map.of());

        assertThat(counts.approximate(), is(false));
        assertThat(counts.totalApproximate(), is(false));
        assertThat(counts.total(), equalTo((long) DOCUMENTS));
        assertThat(counts(counts, "sector"), equalTo(Map.of("po", 1_000L, "vo", 3_000L)));
        assertThat(counts(counts, "gemeente").values(), everyItem(equalTo(800L)));
        assertThat(counts(counts, IndexSchema.TYPE_FACET), equalTo(Map.of("SOP_SECTIE", 2_000L, "GIDS_SECTIE", 2_000L)));
    }

    @Test
    void aSelectedDimensionKeepsTheCountsOfItsOtherValuesWhileTheOthersAreNarrowed() throws IOException {
        MultiSelectFacets.Counts counts = count(new MultiSelectFacets(config, DOCUMENTS),
                Map.of("sector", Set.of("po")));

        assertThat(counts.total(), equalTo(1_000L));
        assertThat(counts(counts, "sector"), equalTo(Map.of("po", 1_000L, "vo", 3_000L)));
        assertThat(counts(counts, "gemeente").values(), everyItem(equalTo(200L)));
        assertThat(counts(counts, IndexSchema.TYPE_FACET), equalTo(Map.of("SOP_SECTIE", 1_000L))); // "po" docs are even
        assertThat(counts.facets().get("sector").stream().filter(FacetCount::selected).map(FacetCount::value).toList(),
                contains("po"));
    }

    @Test
    void beyondTheBoundTotalAndCountsAreEstimatedFromASampleAndFlagged() throws IOException {
        MultiSelectFacets.Counts counts = count(new MultiSelectFacets(config, 1_000), Map.of());

        assertThat(counts.approximate(), is(true));
        assertThat(counts.totalApproximate(), is(true));
        assertThat(counts.total(), equalTo((long) DOCUMENTS)); // every document matches: the sample covers its share
        assertThat(counts(counts, "sector").get("po").doubleValue(), closeTo(1_000, 150));
        assertThat(counts(counts, "sector").get("vo").doubleValue(), closeTo(3_000, 300));
        for (long gemeente : counts(counts, "gemeente").values()) {
            assertThat(gemeente, allOf(greaterThan(600L), lessThanOrEqualTo(800L)));
        }
    }

    @Test
    void anEstimatedTotalIsRoundedToTwoSignificantDigits() {
        assertThat(MultiSelectFacets.twoSignificantDigits(151_234), equalTo(150_000L));
        assertThat(MultiSelectFacets.twoSignificantDigits(9_951), equalTo(10_000L));
        assertThat(MultiSelectFacets.twoSignificantDigits(87), equalTo(87L));
    }

    @Test
    void theSameQueryAlwaysShowsTheSameSampledCounts() throws IOException {
        MultiSelectFacets facets = new MultiSelectFacets(config, 500);

        assertThat(count(facets, Map.of("gemeente", Set.of("Zeist"))).facets(),
                equalTo(count(facets, Map.of("gemeente", Set.of("Zeist"))).facets()));
    }

    @Test
    void aSampledSidewaysPassAlsoFlagsTheCountsApproximate() throws IOException {
        MultiSelectFacets.Counts counts = count(new MultiSelectFacets(config, 1_000),
                Map.of("gemeente", Set.of("Zeist")));

        assertThat(counts.total(), equalTo(800L));
        assertThat(counts.totalApproximate(), is(false));
        assertThat(counts.approximate(), is(true));
        assertThat(counts(counts, "sector"), equalTo(Map.of("po", 200L, "vo", 600L)));
    }
}
