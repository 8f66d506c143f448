package nl.passendwijzer.search;

import static nl.passendwijzer.search.IndexSchema.*;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/** Turns an {@link IndexDocument} into a Lucene document and reads the stored parts of a hit back. */
final class DocumentMapper {
    private static final Pattern SCHOOLJAAR_START_YEAR = Pattern.compile("^(\\d{4})");
    private static final String HEADING_SEPARATOR = " › ";
    private static final int SHUFFLE_SEED = 20250601;

    private final FacetsConfig facetsConfig;
    private final Freshness freshness;

    DocumentMapper(FacetsConfig facetsConfig, Freshness freshness) {
        this.facetsConfig = facetsConfig;
        this.freshness = freshness;
    }

    Document toLucene(IndexDocument source) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, source.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, source.type().name(), Field.Store.YES));
        doc.add(new NumericDocValuesField(TYPE_BLOCK, TypeBlock.of(source.type()).ordinal()));
        doc.add(new NumericDocValuesField(SHUFFLE, shuffleKey(source.id())));
        source.parentSchoolId().ifPresent(parent -> doc.add(new StringField(PARENT, parent, Field.Store.YES)));
        source.schoolName().ifPresent(name -> doc.add(new StoredField(SCHOOL_NAME, name)));
        Optional<String> ownSchool = source.type() == DocumentType.SCHOOL ? Optional.of(source.id()) : Optional.empty();
        source.parentSchoolId().or(() -> ownSchool)
                .ifPresent(school -> doc.add(new SortedDocValuesField(SCHOOL_KEY, new BytesRef(school))));
        doc.add(new Field(TITLE, source.title(), STORED_TEXT_WITH_OFFSETS));
        doc.add(new TextField(HEADING, String.join(HEADING_SEPARATOR, source.headingPath()), Field.Store.NO));
        source.headingPath().forEach(heading -> doc.add(new StoredField(HEADING_PATH, heading)));
        doc.add(new Field(BODY, source.body(), STORED_TEXT_WITH_OFFSETS));
        source.keywords().forEach(keyword -> doc.add(new Field(KEYWORDS, keyword, KEYWORD_TEXT)));
        doc.add(new Field(SPELL, source.title() + "\n" + source.body(), SPELL_TEXT));
        doc.add(new StoredField(URL, source.url()));
        source.page().ifPresent(page -> doc.add(new StoredField(PAGE, page)));
        source.anchor().ifPresent(anchor -> doc.add(new StoredField(ANCHOR, anchor)));
        source.schooljaar().ifPresent(jaar -> doc.add(new StoredField(SCHOOLJAAR, jaar)));
        doc.add(new FeatureField(FEATURES, FRESHNESS, freshness.bonus(source.schooljaar().flatMap(DocumentMapper::startYear))));
        source.doelgroep().ifPresent(d -> doc.add(new StringField(DOELGROEP, d.label(), Field.Store.YES)));
        source.location().ifPresent(point -> {
            doc.add(new LatLonPoint(LOCATION, point.lat(), point.lon()));
            doc.add(new LatLonDocValuesField(LOCATION, point.lat(), point.lon()));
            doc.add(new StoredField(LAT, point.lat()));
            doc.add(new StoredField(LON, point.lon()));
        });
        doc.add(new StringField(FICTIEF, Boolean.toString(source.fictief()), Field.Store.YES));
        addFacet(doc, TYPE_FACET, source.type().name());
        source.facets().forEach((dimension, values) ->
                values.stream().filter(value -> value != null && !value.isBlank()).distinct()
                        .forEach(value -> addFacet(doc, dimension, value.strip())));
        return facetsConfig.build(doc);
    }

    /** A well-mixed hash, so index order says nothing about type, school or content. */
    static int shuffleKey(String id) {
        return StringHelper.murmurhash3_x86_32(new BytesRef(id), SHUFFLE_SEED);
    }

    private static void addFacet(Document doc, String dimension, String value) {
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
        doc.add(new StoredField(STORED_FACET_PREFIX + dimension, value));
    }

    static Optional<Long> startYear(String schooljaar) {
        Matcher matcher = SCHOOLJAAR_START_YEAR.matcher(schooljaar.strip());
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The stored fields of a hit, as far as they do not depend on the query. */
    record StoredHit(String id, DocumentType type, String title, String url, Optional<String> schoolId,
                     Optional<String> schoolName,
                     Optional<Integer> page, Optional<String> anchor, List<String> headingPath,
                     Optional<Doelgroep> doelgroep, boolean fictief, Optional<GeoPoint> location) {
    }

    /**
     * The stored fields {@link #fromLucene} reads: not the body text, which only the highlighter needs, nor the facet
     * values, which a page looks up in the facet doc values for the few filters it names.
     */
    static final Set<String> HIT_FIELDS =
            Set.of(ID, TYPE, PARENT, SCHOOL_NAME, TITLE, URL, PAGE, ANCHOR, HEADING_PATH, DOELGROEP, LAT, LON, FICTIEF);

    /** {@link #HIT_FIELDS} and the body, for a hit whose snippets are made from it. */
    static final Set<String> HIT_FIELDS_AND_BODY =
            Stream.concat(HIT_FIELDS.stream(), Stream.of(BODY)).collect(Collectors.toUnmodifiableSet());

    static StoredHit fromLucene(Document doc) {
        Optional<GeoPoint> location = Optional.ofNullable(doc.getField(LAT))
                .map(lat -> new GeoPoint(lat.numericValue().doubleValue(),
                        doc.getField(LON).numericValue().doubleValue()));
        return new StoredHit(doc.get(ID), DocumentType.valueOf(doc.get(TYPE)), doc.get(TITLE), doc.get(URL),
                Optional.ofNullable(doc.get(PARENT)), Optional.ofNullable(doc.get(SCHOOL_NAME)),
                Optional.ofNullable(doc.getField(PAGE)).map(page -> page.numericValue().intValue()),
                Optional.ofNullable(doc.get(ANCHOR)), Arrays.asList(doc.getValues(HEADING_PATH)),
                Optional.ofNullable(doc.get(DOELGROEP)).map(d -> Doelgroep.valueOf(d.toUpperCase(Locale.ROOT))),
                Boolean.parseBoolean(doc.get(FICTIEF)), location);
    }
}
