package nl.passendwijzer.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits a Dutch compound into known word parts, e.g. ondersteuningsprofiel → ondersteuning + profiel.
 *
 * <p>Unlike Lucene's brute-force {@code DictionaryCompoundWordTokenFilter} it only accepts a split that covers the
 * whole word, so "startsituatie" yields start + situatie and never "arts". Parts may be joined by a linking
 * morpheme (tussen-s, -e-, -en-), and the last part may carry an inflection (profielen). Among all full splits the
 * one with the fewest parts wins, then the one with the fewest linking letters.
 */
public final class CompoundSplitter {
    static final int MIN_PART = 4;
    static final int MIN_WORD = 8;
    private static final int MAX_WORD = 40;
    private static final List<String> LINKERS = List.of("", "s", "e", "en");
    private static final List<String> INFLECTIONS = List.of("", "s", "en", "e", "n", "t", "d", "te", "ten", "de",
            "den", "er", "ers");

    private final Set<String> parts;

    public CompoundSplitter(Set<String> parts) {
        this.parts = parts;
    }

    /** The parts of a lowercase, accent-folded word; empty when it is no compound (or a known word part itself). */
    public List<String> split(String word) {
        return split(word, parts::contains);
    }

    /**
     * The same, with {@code otherParts} accepted as parts too (never the whole word): the words of a corpus, so a
     * name glued to a word ("ravensteinschool") splits where no dictionary knows the name.
     */
    public List<String> split(String word, Predicate<String> otherParts) {
        if (word.length() < MIN_WORD || word.length() > MAX_WORD || parts.contains(word)) {
            return List.of();
        }
        Predicate<String> known = part -> parts.contains(part) || otherParts.test(part);
        List<String> best = bestSplit(word, 0, new Split[word.length() + 1], known).parts;
        return best.size() >= 2 ? best : List.of();
    }

    private record Split(List<String> parts, int linkerLetters) {
        static final Split NONE = new Split(List.of(), Integer.MAX_VALUE);

        boolean found() {
            return !parts.isEmpty();
        }

        boolean betterThan(Split other) {
            if (!other.found()) {
                return found();
            }
            return parts.size() < other.parts.size()
                    || parts.size() == other.parts.size() && linkerLetters < other.linkerLetters;
        }
    }

    private Split bestSplit(String word, int from, Split[] memo, Predicate<String> known) {
        if (memo[from] != null) {
            return memo[from];
        }
        Split best = Split.NONE;
        for (int end = from + MIN_PART; end <= word.length(); end++) {
            String head = word.substring(from, end);
            if (!known.test(head)) {
                continue;
            }
            String tail = word.substring(end);
            if (INFLECTIONS.contains(tail) && from > 0) {
                best = better(best, new Split(List.of(head), tail.length()));
                continue;
            }
            for (String linker : LINKERS) {
                int next = end + linker.length();
                if (!word.startsWith(linker, end) || word.length() - next < MIN_PART) {
                    continue;
                }
                Split rest = bestSplit(word, next, memo, known);
                if (rest.found()) {
                    List<String> joined = new ArrayList<>(rest.parts.size() + 1);
                    joined.add(head);
                    joined.addAll(rest.parts);
                    best = better(best, new Split(List.copyOf(joined), linker.length() + rest.linkerLetters));
                }
            }
        }
        memo[from] = best;
        return best;
    }

    private static Split better(Split current, Split candidate) {
        return candidate.betterThan(current) ? candidate : current;
    }
}
