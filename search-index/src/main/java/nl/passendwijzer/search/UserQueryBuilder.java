package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import nl.passendwijzer.search.analysis.CompoundSplitter;
import nl.passendwijzer.search.analysis.DutchAnalysis;
import nl.passendwijzer.search.analysis.SynonymGroups;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a Lucene query from free text without any query syntax, so no input can make it throw.
 *
 * <p>The text runs through the query analyzer (synonyms included); the token graph is cut into concepts, one per
 * word or multi-word synonym. A concept matches when any of its paths matches (the word, a synonym, or the parts of
 * a compound the user typed); each term is looked up in title, headings and body with their weights. Most concepts
 * must match ({@code n - n/4}: all of up to three), question words ("wat", "mag") only add a little score, and a sloppy phrase over the
 * typed words ranks close matches higher.
 */
final class UserQueryBuilder {
    static final int MAX_TOKENS = 32;
    private static final int MAX_PATHS = 16;
    private static final float SYNONYM_WEIGHT = 0.8f;
    private static final float COMPOUND_PARTS_WEIGHT = 0.6f;
    private static final float QUESTION_WORD_WEIGHT = 0.1f;
    private static final float COMMON_WORD_WEIGHT = 0.5f;
    /** A typed word in at least this share of all documents is common: "school", "kind". */
    private static final double COMMON_SHARE = 0.3;
    private static final float PHRASE_WEIGHT = 2f;
    private static final int PHRASE_SLOP = 3;
    private static final List<String> QUESTION_WORDS = List.of("wat", "hoe", "waarom", "wie", "wanneer", "waar",
            "welke", "welk", "mag", "mogen", "kan", "kunnen", "moet", "moeten", "wil", "doen", "ga", "gaan", "is");

    enum Strictness { STRICT, RELAXED }

    private final Analyzer queryAnalyzer;
    private final Analyzer termAnalyzer;
    private final Analyzer spellAnalyzer;
    private final CompoundSplitter splitter;
    private final SynonymGroups synonyms;
    private final Set<String> questionTerms;

    UserQueryBuilder(DutchAnalysis analysis, SynonymGroups synonyms) {
        this.queryAnalyzer = synonyms.queryAnalyzer(analysis);
        this.termAnalyzer = analysis.termAnalyzer();
        this.spellAnalyzer = analysis.spellAnalyzer();
        this.splitter = analysis.compoundSplitter();
        this.synonyms = synonyms;
        Set<String> question = new HashSet<>();
        QUESTION_WORDS.forEach(word -> question.addAll(analyze(termAnalyzer, word).stream().map(Token::term).toList()));
        this.questionTerms = Set.copyOf(question);
    }

    private record Token(String term, int position, int length, boolean synonym, int start, int end) {
        int next() {
            return position + length;
        }
    }

    /**
     * A concept is a question word (scores a little, never required), a common word (found in a large share of all
     * documents, like "school" or "kind": scores at a lower weight, never required, so a school's own document that
     * lacks the word still qualifies) or a key word (most of them must match).
     */
    private record Concept(Query query, boolean questionWord, boolean common) {
    }

    UserQuery build(String text, Strictness strictness) {
        return build(text, strictness, term -> 0, word -> false);
    }

    /**
     * @param documentShare for an analyzed term, the share (0..1) of all documents whose body contains it
     * @param nameWord      whether a written word (lowercase, accent-folded, unstemmed) is a word of a school's name:
     *                      a part of a typed compound that no dictionary splits
     */
    UserQuery build(String text, Strictness strictness, ToDoubleFunction<String> documentShare,
                    Predicate<String> nameWord) {
        List<Token> tokens = analyze(queryAnalyzer, text);
        Set<String> originalTerms = new HashSet<>();
        Map<String, Set<String>> synonymNotes = new HashMap<>();
        List<Concept> concepts = new ArrayList<>();
        for (List<Token> segment : segments(tokens)) {
            List<List<Token>> paths = paths(segment);
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            String surface = surface(text, segment);
            boolean questionWord = false;
            boolean common = false;
            for (List<Token> path : paths) {
                boolean synonym = path.stream().anyMatch(Token::synonym);
                List<String> terms = path.stream().map(Token::term).toList();
                if (synonym) {
                    String note = "synoniem: " + surface + " → " + synonyms.display(terms);
                    synonymNotes.putIfAbsent(note, Set.copyOf(terms));
                } else {
                    originalTerms.addAll(terms);
                    if (path.size() == 1) {
                        questionWord = paths.size() == 1 && questionTerms.contains(path.get(0).term());
                        common = paths.size() == 1 && documentShare.applyAsDouble(path.get(0).term()) >= COMMON_SHARE;
                    }
                }
                alternatives.add(weighted(inOneField(terms), synonym ? SYNONYM_WEIGHT : 1f), Occur.SHOULD);
            }
            compoundParts(surface, nameWord).ifPresent(parts -> {
                originalTerms.addAll(parts);
                alternatives.add(weighted(allOf(parts), COMPOUND_PARTS_WEIGHT), Occur.SHOULD);
            });
            concepts.add(new Concept(alternatives.build(), questionWord, common && !questionWord));
        }
        // Positions from the plain term chain: synonyms in the query graph would stretch the gaps between words.
        List<Token> typed = analyze(termAnalyzer, text);
        return new UserQuery(combine(concepts, typed, strictness), Set.copyOf(originalTerms), Map.copyOf(synonymNotes));
    }

    private Optional<Query> combine(List<Concept> concepts, List<Token> typed, Strictness strictness) {
        List<Concept> content = concepts.stream().filter(c -> !c.questionWord() && !c.common()).toList();
        List<Concept> common = concepts.stream().filter(Concept::common).toList();
        List<Concept> questions = concepts.stream().filter(Concept::questionWord).toList();
        if (content.isEmpty()) {
            content = common;
            common = List.of();
        }
        if (content.isEmpty()) {
            content = questions;
            questions = List.of();
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        content.forEach(concept -> required.add(concept.query(), Occur.SHOULD));
        int n = content.size();
        required.setMinimumNumberShouldMatch(strictness == Strictness.RELAXED ? 1 : n - n / 4);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(required.build(), Occur.MUST);
        common.forEach(c -> query.add(weighted(c.query(), COMMON_WORD_WEIGHT), Occur.SHOULD));
        questions.forEach(q -> query.add(weighted(q.query(), QUESTION_WORD_WEIGHT), Occur.SHOULD));
        phrase(typed).ifPresent(phrase -> query.add(phrase, Occur.SHOULD));
        return Optional.of(query.build());
    }

    /** Typed words that stood next to each other should preferably still be close in the body. */
    private Optional<Query> phrase(List<Token> typed) {
        List<Token> words = typed.stream().filter(token -> !questionTerms.contains(token.term()))
                .sorted(Comparator.comparingInt(Token::position)).toList();
        if (words.size() < 2) {
            return Optional.empty();
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
        int first = words.get(0).position();
        int last = -1;
        for (Token word : words) {
            if (word.position() > last) {
                phrase.add(new Term(IndexSchema.BODY, word.term()), word.position() - first);
                last = word.position();
            }
        }
        return Optional.of(new BoostQuery(phrase.build(), PHRASE_WEIGHT));
    }

    /**
     * The parts of a typed compound as an extra path: "leerlingenvervoer" also finds "vervoer van leerlingen". A word
     * the dictionary cannot split may split at a word of a school's name: "ravensteinschool" also finds "Praktijkschool
     * Ravenstein".
     */
    private Optional<List<String>> compoundParts(String surface, Predicate<String> nameWord) {
        List<String> words = analyze(spellAnalyzer, surface).stream().map(Token::term).toList();
        if (words.size() != 1) {
            return Optional.empty();
        }
        List<String> split = splitter.split(words.get(0));
        if (split.isEmpty()) {
            split = splitter.split(words.get(0), nameWord);
        }
        List<String> parts = new ArrayList<>();
        for (String part : split) {
            analyze(termAnalyzer, part).stream().findFirst().ifPresent(token -> parts.add(token.term()));
        }
        return parts.size() >= 2 ? Optional.of(parts) : Optional.empty();
    }

    /** Every term, each in any field: the parts of one typed word, which the index splits in every field alike. */
    private static Query allOf(List<String> terms) {
        if (terms.size() == 1) {
            return anyField(terms.get(0));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(term -> all.add(anyField(term), Occur.MUST));
        return all.build();
    }

    /**
     * Every term in one and the same field: a word, or an expression of the vocabulary ("kleine groep",
     * "leerwegondersteunend onderwijs") whose words mean something together. Spread over fields they matched a school
     * named "De Kleine Prins" with a "groep" in its text, or an article on lwoo by "onderwijs" anywhere.
     */
    private static Query inOneField(List<String> terms) {
        if (terms.size() == 1) {
            return anyField(terms.get(0));
        }
        List<Query> perField = IndexSchema.TEXT_FIELDS.stream().map(field -> {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            terms.forEach(term -> all.add(new TermQuery(new Term(field.name(), term)), Occur.MUST));
            return weighted(all.build(), field.boost());
        }).toList();
        return new DisjunctionMaxQuery(perField, 0.1f);
    }

    private static Query anyField(String term) {
        List<Query> perField = IndexSchema.TEXT_FIELDS.stream()
                .map(field -> weighted(new TermQuery(new Term(field.name(), term)), field.boost()))
                .toList();
        return new DisjunctionMaxQuery(perField, 0.1f);
    }

    private static Query weighted(Query query, float weight) {
        return weight == 1f ? query : new BoostQuery(query, weight);
    }

    private static String surface(String text, List<Token> segment) {
        int start = segment.stream().mapToInt(Token::start).min().orElse(0);
        int end = segment.stream().mapToInt(Token::end).max().orElse(0);
        return start < end && end <= text.length() ? text.substring(start, end) : "";
    }

    /** Tokens grouped into runs that overlap in position: a word with its synonyms, or a multi-word synonym. */
    private static List<List<Token>> segments(List<Token> tokens) {
        List<List<Token>> segments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int end = -1;
        for (Token token : tokens) {
            if (!current.isEmpty() && token.position() >= end) {
                segments.add(current);
                current = new ArrayList<>();
            }
            current.add(token);
            end = Math.max(end, token.next());
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    /** All ways through a segment from its first to its last position, at most {@link #MAX_PATHS}. */
    private static List<List<Token>> paths(List<Token> segment) {
        int start = segment.get(0).position();
        int end = segment.stream().mapToInt(Token::next).max().orElse(start + 1);
        List<List<Token>> paths = new ArrayList<>();
        walk(segment, start, end, new ArrayList<>(), paths);
        if (paths.isEmpty()) {
            segment.forEach(token -> paths.add(List.of(token))); // a graph with holes: fall back to single words
        }
        return paths;
    }

    private static void walk(List<Token> segment, int at, int end, List<Token> path, List<List<Token>> paths) {
        if (paths.size() >= MAX_PATHS) {
            return;
        }
        if (at == end && !path.isEmpty()) {
            paths.add(List.copyOf(path));
            return;
        }
        for (Token token : segment) {
            if (token.position() == at) {
                path.add(token);
                walk(segment, token.next(), end, path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<Token> analyze(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            int typedWords = 0;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                if (!synonym && increment.getPositionIncrement() > 0 && ++typedWords > MAX_TOKENS) {
                    break;
                }
                tokens.add(new Token(term.toString(), position, Math.max(1, length.getPositionLength()), synonym,
                        offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens.sort(Comparator.comparingInt(Token::position));
        return tokens;
    }
}
