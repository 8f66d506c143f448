package nl.passendwijzer.server.zoeken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.passendwijzer.content.vocabulaire.Groep;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.Doelgroep;
import nl.passendwijzer.search.IndexDocument;
import nl.passendwijzer.server.rechten.RechtenRepository;
import nl.passendwijzer.server.rechten.RechtenViews;
import nl.passendwijzer.server.scholen.SchoolRepository;
import nl.passendwijzer.server.scholen.SchoolRepository.DocumentRecord;
import nl.passendwijzer.server.scholen.SchoolRepository.ProfielRecord;
import nl.passendwijzer.server.scholen.SchoolRepository.SchoolRecord;
import nl.passendwijzer.server.scholen.SchoolRepository.SectieRecord;

/**
 * Turns what the database holds into search documents: one per school (with its SOP facets and location), one per
 * SOP or schoolgids section (carrying the school's facets, so filters apply to them too) and one per rights article.
 */
public final class SearchDocuments {
    /**
     * How the database is mapped to search documents. Part of the index's content version ({@link PortalSearch}):
     * raise it with every change of the mapping, so a portal upgraded in place rebuilds an index made the old way.
     */
    static final int REVISION = 2;
    private static final String SPECIALIST_LEVEL = "specialistisch";

    private final SchoolRepository schools;
    private final RechtenRepository rechten;
    private final Vocabulaire vocabulaire;
    private final Map<String, List<String>> explainedTerms;

    public SearchDocuments(SchoolRepository schools, RechtenRepository rechten, Vocabulaire vocabulaire) {
        this.schools = schools;
        this.rechten = rechten;
        this.vocabulaire = vocabulaire;
        this.explainedTerms = explainedTerms(vocabulaire);
    }

    public Stream<IndexDocument> all() {
        Stream<IndexDocument> schoolDocs = schools.all().stream().flatMap(s -> forSchool(s).stream());
        Stream<IndexDocument> articles = rechten.all().stream().map(this::article);
        return Stream.concat(schoolDocs, articles);
    }

    /** The school's own document followed by all its sections. */
    public List<IndexDocument> forSchool(String schoolId) {
        return schools.find(schoolId).map(this::forSchool).orElse(List.of());
    }

    private List<IndexDocument> forSchool(SchoolRecord s) {
        Optional<ProfielRecord> profiel = schools.newestProfiel(s.id());
        List<String> swvs = schools.swvCodes(s.id());
        List<IndexDocument> docs = new ArrayList<>();
        IndexDocument.Builder school = facets(IndexDocument.builder(s.id(), DocumentType.SCHOOL), s, profiel, swvs)
                .title(s.naam())
                .schoolName(s.naam())
                .body(schoolBody(s, profiel))
                .keywords(supportWords(profiel))
                .url("/scholen/" + s.id());
        profiel.ifPresent(p -> school.schooljaar(p.schooljaar()));
        docs.add(school.build());
        for (String soort : List.of("sop", "schoolgids")) {
            schools.newestDocument(s.id(), soort).ifPresent(d -> {
                for (SectieRecord sectie : schools.secties(d.id())) {
                    if (!sectie.tekst().isBlank()) {
                        docs.add(section(s, profiel, swvs, d, sectie));
                    }
                }
            });
        }
        return docs;
    }

    private IndexDocument section(SchoolRecord s, Optional<ProfielRecord> profiel, List<String> swvs, DocumentRecord d,
                                  SectieRecord sectie) {
        DocumentType type = d.soort().equals("sop") ? DocumentType.SOP_SECTIE : DocumentType.GIDS_SECTIE;
        String fragment = sectie.pagina().map(p -> "#page=" + p).or(() -> sectie.anker().map(a -> "#" + a)).orElse("");
        IndexDocument.Builder b = facets(IndexDocument.builder(d.id() + "#" + sectie.volgnummer(), type), s, profiel, swvs)
                .title(s.naam() + (sectie.kopPad().isEmpty() ? "" : ": " + sectie.kopPad().getLast()))
                .headingPath(sectie.kopPad())
                .body(sectie.tekst())
                .parentSchoolId(s.id())
                .schoolName(s.naam())
                .url("/api/documenten/" + d.id() + fragment)
                .schooljaar(d.schooljaar());
        sectie.pagina().ifPresent(b::page);
        sectie.anker().ifPresent(b::anchor);
        return b.build();
    }

    private IndexDocument.Builder facets(IndexDocument.Builder b, SchoolRecord s, Optional<ProfielRecord> profiel,
                                         List<String> swvs) {
        Set<String> soorten = new LinkedHashSet<>();
        soorten.add(s.soort());
        soorten.addAll(s.niveaus());
        b.facet("sector", sector(s.soort()))
                .facet("soort", soorten.toArray(String[]::new))
                .facet("swv", swvs.toArray(String[]::new))
                .fictief(s.fictief());
        if (!s.gemeente().isBlank()) {
            b.facet("gemeente", s.gemeente());
        }
        if (!s.denominatie().isBlank()) {
            b.facet("denominatie", s.denominatie());
        }
        profiel.ifPresent(p -> {
            // Areas at basis level are offered by every school; the facet is about extra support.
            b.facet("gebied", p.gebieden().stream().filter(g -> !"basis".equals(g.niveau()))
                    .map(g -> g.gebied()).toArray(String[]::new));
            b.facet("voorziening", p.voorzieningen().toArray(String[]::new));
        });
        if (s.lat().isPresent() && s.lon().isPresent()) {
            b.location(s.lat().get(), s.lon().get());
        }
        return b;
    }

    /**
     * The words parents use for each kind of school, so "basisschool" or "middelbare school" in a query finds the
     * school itself rather than every section that happens to use the word.
     */
    private static final Map<String, String> KIND_WORDS = Map.of(
            "bao", "basisschool", "sbo", "speciaal basisonderwijs, speciale basisschool",
            "so", "speciaal onderwijs, speciale school", "vso", "voortgezet speciaal onderwijs, speciale middelbare school",
            "vo", "middelbare school, voortgezet onderwijs", "pro", "praktijkonderwijs, praktijkschool",
            "vmbo", "vmbo", "havo", "havo", "vwo", "vwo");

    /** Everyday names of places whose official name nobody types. */
    private static final Map<String, String> PLACE_ALIASES = Map.of("'s-Gravenhage", "Den Haag",
            "'s-Hertogenbosch", "Den Bosch");

    /** Names of what the school offers, so "autisme kleine groep" finds the school itself, not only its texts. */
    private String schoolBody(SchoolRecord s, Optional<ProfielRecord> profiel) {
        List<String> parts = new ArrayList<>(List.of(s.plaats(), s.gemeente(), s.denominatie()));
        Stream.of(s.plaats(), s.gemeente()).map(PLACE_ALIASES::get).filter(Objects::nonNull).distinct()
                .forEach(parts::add);
        Stream.concat(Stream.of(s.soort()), s.niveaus().stream()).distinct()
                .map(kind -> KIND_WORDS.getOrDefault(kind, "")).forEach(parts::add);
        profiel.ifPresent(p -> {
            p.gebieden().stream().filter(g -> !"basis".equals(g.niveau()))
                    .forEach(g -> parts.add(label(g.gebied()) + " (" + g.niveau() + " ondersteuning)"));
            p.voorzieningen().forEach(v -> parts.add(label(v)));
        });
        return String.join(". ", parts.stream().filter(t -> !t.isBlank()).toList());
    }

    /**
     * Every way of naming the extra support and facilities the school offers (labels, synonyms, abbreviations from
     * the vocabulary), so "slechthorend" or "TOS" finds the school itself rather than only sections that use the word.
     * Support at the specialised level is listed twice, so such a school ranks above one that offers it as extra.
     */
    private List<String> supportWords(Optional<ProfielRecord> profiel) {
        if (profiel.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        profiel.get().gebieden().stream().filter(g -> !"basis".equals(g.niveau())).forEach(g -> {
            words.addAll(vocabularyWords(g.gebied()));
            if (SPECIALIST_LEVEL.equals(g.niveau())) {
                words.addAll(vocabularyWords(g.gebied())); // a specialised school is the better answer: twice
            }
        });
        profiel.get().voorzieningen().forEach(v -> words.addAll(vocabularyWords(v)));
        return List.copyOf(words);
    }

    private List<String> vocabularyWords(String id) {
        return vocabulaire.byId(id).map(VocabulaireTerm::terms).orElse(List.of(id));
    }

    private String label(String id) {
        return vocabulaire.byId(id).map(VocabulaireTerm::labelOuders).orElse(id);
    }

    private IndexDocument article(RechtenRepository.ArtikelRecord a) {
        StringBuilder body = new StringBuilder(a.samenvatting());
        a.secties().forEach(s -> body.append("\n\n").append(s.kop()).append("\n").append(s.tekst()));
        List<String> keywords = new ArrayList<>(a.onderwerpen().stream().map(topic -> topic.replace('-', ' ')).toList());
        keywords.addAll(explainedTerms.getOrDefault(a.slug(), List.of()));
        return IndexDocument.builder("artikel:" + a.slug() + ":" + a.doelgroep(), DocumentType.ARTIKEL)
                .title(a.titel())
                .body(body.toString())
                .keywords(keywords)
                .url(RechtenViews.url(a.slug(), a.doelgroep()))
                .doelgroep("jongeren".equals(a.doelgroep()) ? Doelgroep.JONGEREN : Doelgroep.OUDERS)
                .build();
    }

    /**
     * Per article, every way of naming the concepts it is the explanation of: a concept's first related article in the
     * vocabulary is where its "wat is …" chip links to. So a word the article never uses, such as the old "rugzakje"
     * for extra ondersteuning, finds the article that explains what it is now. Support areas, facilities and roles
     * are left out: their words should find schools, not the general article each of them links to.
     */
    private static Map<String, List<String>> explainedTerms(Vocabulaire vocabulaire) {
        Map<String, List<String>> terms = new HashMap<>();
        vocabulaire.byGroep(Groep.BEGRIP).stream().filter(t -> !t.artikelen().isEmpty()).forEach(t ->
                terms.computeIfAbsent(t.artikelen().getFirst(), slug -> new ArrayList<>()).addAll(t.terms()));
        return terms;
    }

    static String sector(String soort) {
        return switch (soort) {
            case "vso", "vo" -> "vo";
            default -> "po";
        };
    }
}
