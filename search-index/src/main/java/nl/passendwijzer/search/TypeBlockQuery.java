package nl.passendwijzer.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Matches the documents of a {@link TypeBlock}: one range of document ids per segment, so as a filter it costs
 * nothing per document and lets the other clauses jump straight to the block.
 */
final class TypeBlockQuery extends DocumentSetQuery {
    private final TypeBlock block;

    TypeBlockQuery(TypeBlock block) {
        this.block = block;
    }

    @Override
    Optional<DocIdSetIterator> documents(LeafReaderContext context) throws IOException {
        TypeBlock.Range range = block.in(context.reader());
        return range.size() == 0 ? Optional.empty() : Optional.of(DocIdSetIterator.range(range.start(), range.end()));
    }

    @Override
    public String toString(String field) {
        return "TypeBlock(" + block + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((TypeBlockQuery) other).block == block;
    }

    @Override
    public int hashCode() {
        return classHash() ^ block.hashCode();
    }
}
