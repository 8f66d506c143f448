package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A hit kept as bytes reads back as the hit it was, whatever its texts hold. */
class KeptHitPropertyTest {

    @Property
    void aKeptHitReadsBackAsItWas(@ForAll("hits") PageHits.HitParts hit) {
        assertThat(KeptHit.read(KeptHit.write(hit).orElseThrow()), is(hit));
    }

    @Test
    void aHitWithATextBeyondWhatAnArrayKeepsIsNotKept() {
        PageHits.HitParts hit = hit("x".repeat(70_000), Optional.empty(), List.of(), List.of());

        assertThat(KeptHit.write(hit), is(Optional.empty()));
    }

    @Provide
    Arbitrary<PageHits.HitParts> hits() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(300);
        return Builders.withBuilder(() -> new Object[13])
                .use(text).in((parts, value) -> with(parts, 0, value))
                .use(Arbitraries.of(DocumentType.class)).in((parts, value) -> with(parts, 1, value))
                .use(text).in((parts, value) -> with(parts, 2, value))
                .use(text.optional()).in((parts, value) -> with(parts, 3, value))
                .use(Arbitraries.integers().optional()).in((parts, value) -> with(parts, 4, value))
                .use(text.list().ofMaxSize(4)).in((parts, value) -> with(parts, 5, value))
                .use(Arbitraries.of(Doelgroep.class).optional()).in((parts, value) -> with(parts, 6, value))
                .use(Arbitraries.of(true, false)).in((parts, value) -> with(parts, 7, value))
                .use(Arbitraries.doubles().between(-90, 90).optional()).in((parts, value) -> with(parts, 8, value))
                .use(text.list().ofMaxSize(3)).in((parts, value) -> with(parts, 9, value))
                .use(text.set().ofMaxSize(5)).in((parts, value) -> with(parts, 10, value))
                .use(text.optional()).in((parts, value) -> with(parts, 11, value))
                .use(text.optional()).in((parts, value) -> with(parts, 12, value))
                .build(KeptHitPropertyTest::hit);
    }

    private static Object[] with(Object[] parts, int at, Object value) {
        parts[at] = value;
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static PageHits.HitParts hit(Object[] parts) {
        Optional<Double> lat = (Optional<Double>) parts[8];
        DocumentMapper.StoredHit stored = new DocumentMapper.StoredHit((String) parts[0], (DocumentType) parts[1],
                (String) parts[2], "/scholen/" + parts[0], (Optional<String>) parts[11], (Optional<String>) parts[12],
                (Optional<Integer>) parts[4], (Optional<String>) parts[3], (List<String>) parts[5],
                (Optional<Doelgroep>) parts[6], (Boolean) parts[7], lat.map(l -> new GeoPoint(l, 5.1)));
        return new PageHits.HitParts(stored, (List<String>) parts[9],
                new MatchedTerms.Found(List.of(IndexSchema.TITLE, IndexSchema.BODY), (Set<String>) parts[10]));
    }

    private static PageHits.HitParts hit(String title, Optional<String> anchor, List<String> headings,
                                         List<String> snippets) {
        DocumentMapper.StoredHit stored = new DocumentMapper.StoredHit("01AA00", DocumentType.SCHOOL, title,
                "/scholen/01AA00", Optional.empty(), Optional.empty(), Optional.empty(), anchor, headings,
                Optional.empty(), false, Optional.empty());
        return new PageHits.HitParts(stored, snippets, MatchedTerms.Found.NOTHING);
    }
}
