package nl.passendwijzer.content.vocabulaire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.ContentException;
import nl.passendwijzer.content.rechten.YamlFields;

/**
 * The support vocabulary: labels per audience, a one-sentence explanation, synonyms, abbreviations and old terms.
 * Feeds the search module's synonym filter and the "TLV = ..." explanation chips.
 */
public final class Vocabulaire {
    static final String BUNDLED_PATH = "vocabulaire.yaml";

    private final List<VocabulaireTerm> terms;
    private final Map<String, VocabulaireTerm> byId;
    private final Map<String, VocabulaireTerm> byWord;
    private final String version;

    private Vocabulaire(List<VocabulaireTerm> terms, String fileName, String version) {
        this.terms = List.copyOf(terms);
        this.version = version;
        Map<String, VocabulaireTerm> ids = new LinkedHashMap<>();
        Map<String, VocabulaireTerm> words = new LinkedHashMap<>();
        for (VocabulaireTerm term : terms) {
            if (ids.putIfAbsent(term.id(), term) != null) {
                throw new ContentException(fileName + ": id '" + term.id() + "' is used twice");
            }
            for (String word : term.terms()) {
                VocabulaireTerm other = words.putIfAbsent(word, term);
                // One word, one meaning: otherwise explain() and the synonym filter would mix two concepts.
                if (other != null && other != term) {
                    throw new ContentException(fileName + ": '" + word + "' belongs to both '" + other.id()
                            + "' and '" + term.id() + "'");
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byWord = Collections.unmodifiableMap(words);
    }

    /** The vocabulary bundled as {@code content/vocabulaire.yaml}. */
    public static Vocabulaire bundled() {
        byte[] bytes = BundledResources.read(BUNDLED_PATH);
        return parse(BUNDLED_PATH, new String(bytes, StandardCharsets.UTF_8),
                BundledResources.sha256(List.of(BUNDLED_PATH)));
    }

    /** @throws ContentException naming the file, the entry and every problem in it */
    public static Vocabulaire parse(String fileName, String yaml, String version) {
        YamlFields root = YamlFields.parseMapping(yaml, fileName);
        List<?> entries = root.requiredList("termen");
        List<VocabulaireTerm> terms = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String context = "termen[" + (i + 1) + "]";
            YamlFields.nested(entries.get(i), context, root.problems())
                    .ifPresent(entry -> readEntry(entry, context).ifPresent(terms::add));
        }
        if (!root.problems().isEmpty()) {
            throw new ContentException(fileName + ": " + String.join("; ", root.problems()));
        }
        return new Vocabulaire(terms, fileName, version);
    }

    private static Optional<VocabulaireTerm> readEntry(YamlFields entry, String context) {
        int before = entry.problems().size();
        String id = entry.requiredString("id");
        String groepValue = entry.requiredString("groep");
        Optional<Groep> groep = Groep.fromWire(groepValue);
        if (groep.isEmpty() && !groepValue.isEmpty()) {
            entry.problem(context + " (" + id + "): unknown groep '" + groepValue + "'");
        }
        VocabulaireTerm term = new VocabulaireTerm(id, groep.orElse(Groep.BEGRIP),
                entry.requiredString("labelOuders"), entry.requiredString("labelJongeren"),
                entry.requiredString("uitleg"), entry.stringList("synoniemen", false),
                entry.stringList("afkortingen", false), entry.optionalBoolean("historisch"),
                entry.stringList("artikelen", false), entry.optionalString("bron"));
        return entry.problems().size() == before ? Optional.of(term) : Optional.empty();
    }

    public List<VocabulaireTerm> all() {
        return terms;
    }

    public Optional<VocabulaireTerm> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<VocabulaireTerm> byGroep(Groep groep) {
        return terms.stream().filter(t -> t.groep() == groep).toList();
    }

    /** Equivalent terms per entry, lowercase, for a search synonym filter (labels, synonyms, abbreviations). */
    public List<List<String>> synonymGroups() {
        return terms.stream().map(VocabulaireTerm::terms).toList();
    }

    /**
     * The entry a word stands for, by label, synonym or abbreviation, then by id, ignoring case and extra spaces.
     * Words come first because an id may equal another entry's label (voorziening "onderwijsassistent" and the
     * role labelled "Onderwijsassistent").
     */
    public Optional<VocabulaireTerm> explain(String term) {
        String normalized = VocabulaireTerm.normalize(term);
        return Optional.ofNullable(byWord.get(normalized)).or(() -> byId(normalized));
    }

    /** SHA-256 of the vocabulary file. */
    public String version() {
        return version;
    }
}
