package nl.passendwijzer.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The index is sorted by type block first ({@link IndexSchema#indexSort()}): in every segment the articles come
 * first, then the schools, then the SOP and schoolgids sections, each block in random order. A block is therefore one
 * range of document ids, found from the postings of its type terms, so "only schools" is a range instead of a
 * filter that makes every other clause jump through the whole segment.
 */
enum TypeBlock {
    ARTICLES(List.of(DocumentType.ARTIKEL)),
    SCHOOLS(List.of(DocumentType.SCHOOL)),
    SECTIONS(List.of(DocumentType.SOP_SECTIE, DocumentType.GIDS_SECTIE));

    private static final Map<IndexReader.CacheKey, Range[]> RANGES = new ConcurrentHashMap<>();

    private final List<DocumentType> types;

    TypeBlock(List<DocumentType> types) {
        this.types = types;
    }

    static TypeBlock of(DocumentType type) {
        for (TypeBlock block : values()) {
            if (block.types.contains(type)) {
                return block;
            }
        }
        throw new IllegalArgumentException("no block for " + type);
    }

    List<DocumentType> types() {
        return types;
    }

    /** A half-open range of document ids in one segment. */
    record Range(int start, int end) {
        static final Range EMPTY = new Range(0, 0);

        int size() {
            return end - start;
        }

        boolean contains(int doc) {
            return doc >= start && doc < end;
        }
    }

    /**
     * Where this block lies in a segment. A segment's blocks never move (deletions keep their place), so they are found
     * once per segment, not by every pass of every search; dropped with the segment.
     */
    Range in(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return find(reader);
        }
        Range[] ranges = RANGES.get(helper.getKey());
        if (ranges == null) {
            ranges = new Range[values().length];
            for (TypeBlock block : values()) {
                ranges[block.ordinal()] = block.find(reader);
            }
            if (RANGES.putIfAbsent(helper.getKey(), ranges) == null) {
                helper.addClosedListener(RANGES::remove);
            }
        }
        return ranges[ordinal()];
    }

    /**
     * From the first document of this block's types and their document frequencies (both count deleted documents too,
     * which still hold their place).
     */
    private Range find(LeafReader reader) throws IOException {
        var terms = reader.terms(IndexSchema.TYPE);
        if (terms == null) {
            return Range.EMPTY;
        }
        TermsEnum termsEnum = terms.iterator();
        int start = Integer.MAX_VALUE;
        int size = 0;
        PostingsEnum postings = null;
        for (DocumentType type : types) {
            if (termsEnum.seekExact(new Term(IndexSchema.TYPE, type.name()).bytes())) {
                size += termsEnum.docFreq();
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                int first = postings.nextDoc();
                if (first != DocIdSetIterator.NO_MORE_DOCS) {
                    start = Math.min(start, first);
                }
            }
        }
        return size == 0 || start == Integer.MAX_VALUE ? Range.EMPTY : new Range(start, start + size);
    }
}
