package nl.passendwijzer.search;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** Field names and field types of the index. Changing anything here means raising {@link #REVISION}. */
public final class IndexSchema {
    /** Part of the stored analyzer version: a schema change forces a rebuild like an analysis change. */
    static final String REVISION = "schema-7";

    public static final String TYPE_FACET = "type";
    /** Facet dimensions in display order. */
    public static final List<String> FACET_DIMENSIONS =
            List.of(TYPE_FACET, "sector", "soort", "gebied", "voorziening", "gemeente", "swv", "denominatie");

    static final String ID = "id";
    static final String TYPE = "type";
    static final String PARENT = "parentSchoolId";
    /** Doc values: the school a document belongs to (its parent, or itself for a school); read while ranking. */
    static final String SCHOOL_KEY = "schoolKey";
    /** Doc values: the {@link TypeBlock} of a document, the first key of the index order. */
    static final String TYPE_BLOCK = "typeBlock";
    /**
     * Doc values: a hash of the id, the second key of the index order. So within each type block of a segment the
     * first documents are a random sample of the block, which lets {@link MatchSample} stop matching a broad query
     * early and {@link TypeBlockQuery} sample a block.
     */
    static final String SHUFFLE = "shuffle";
    static final String SCHOOL_NAME = "schoolName";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String HEADING_PATH = "headingPath";
    static final String BODY = "body";
    static final String KEYWORDS = "keywords";
    static final String SPELL = "spell";
    static final String URL = "url";
    static final String PAGE = "page";
    static final String ANCHOR = "anchor";
    static final String SCHOOLJAAR = "schooljaar";
    /** Features ({@code FeatureField}): {@link #FRESHNESS}, see {@link Freshness}. */
    static final String FEATURES = "features";
    static final String FRESHNESS = "freshness";
    static final String DOELGROEP = "doelgroep";
    static final String LOCATION = "location";
    static final String LAT = "lat";
    static final String LON = "lon";
    static final String FICTIEF = "fictief";
    static final String STORED_FACET_PREFIX = "facet.";

    /** Text fields searched by user queries, with their weight. */
    static final List<WeightedField> TEXT_FIELDS = List.of(new WeightedField(TITLE, 3f),
            new WeightedField(KEYWORDS, 2.5f), new WeightedField(HEADING, 2f), new WeightedField(BODY, 1f));

    record WeightedField(String name, float boost) {
    }

    /** Stored text with offsets in the postings, so the UnifiedHighlighter does not re-analyze. */
    static final FieldType STORED_TEXT_WITH_OFFSETS = storedTextWithOffsets();
    /**
     * Keywords without length norms: a school that offers much support must not score lower for each one it offers;
     * a word repeated across labels and synonyms ("dyslexie", "ernstige enkelvoudige dyslexie") still counts more.
     */
    static final FieldType KEYWORD_TEXT = keywordText();
    /** Folded words for spelling suggestions: only which documents contain them matters. */
    static final FieldType SPELL_TEXT = spellText();

    private IndexSchema() {
    }

    /** Articles, then schools, then sections ({@link TypeBlock}), each in the order of their {@link #SHUFFLE} hash. */
    static Sort indexSort() {
        return new Sort(new SortField(TYPE_BLOCK, SortField.Type.INT), new SortField(SHUFFLE, SortField.Type.INT));
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        FACET_DIMENSIONS.forEach(dimension -> config.setMultiValued(dimension, true));
        return config;
    }

    private static FieldType storedTextWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType keywordText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType spellText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
