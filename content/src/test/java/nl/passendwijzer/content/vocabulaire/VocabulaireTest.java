package nl.passendwijzer.content.vocabulaire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import nl.passendwijzer.content.ContentException;

class VocabulaireTest {
    private static final Vocabulaire VOCABULAIRE = Vocabulaire.bundled();

    /** The ids every module may rely on (the shared vocabulary id list). */
    static List<Arguments> requiredIds() {
        return List.of(
                Arguments.of(Groep.BASISONDERSTEUNING, List.of("signalering", "protocol-dyslexie",
                        "protocol-dyscalculie", "medisch-handelen", "leerlijnen-op-maat", "welbevinden-veiligheid",
                        "fysieke-toegankelijkheid", "hulpmiddelen-ruimtes", "ketenpartners",
                        "handelingsgericht-werken")),
                Arguments.of(Groep.GEBIED, List.of("autisme", "adhd", "gedrag", "sociaal-emotioneel",
                        "hoogbegaafdheid", "dyslexie", "dyscalculie", "tos", "visueel", "auditief", "motorisch",
                        "medisch", "lvb", "meervoudig")),
                Arguments.of(Groep.VOORZIENING, List.of("plusklas", "kleine-groep", "rustruimte",
                        "onderwijsassistent", "ambulante-begeleiding", "jeugdhulp-in-school", "lift",
                        "rolstoeltoegankelijk", "verzorgingsruimte", "prikkelarme-werkplek", "remedial-teaching",
                        "dyslexiesoftware", "sova-training", "faalangstreductie", "aangepast-rooster",
                        "schoolmaatschappelijk-werk", "time-out-plek")),
                Arguments.of(Groep.ROL, List.of("intern-begeleider", "ondersteuningscoordinator", "orthopedagoog",
                        "schoolpsycholoog", "ambulant-begeleider", "schoolmaatschappelijk-werker",
                        "gedragsspecialist", "logopedist", "jeugdverpleegkundige", "remedial-teacher",
                        "onderwijsassistent-rol", "mentor")),
                Arguments.of(Groep.BEGRIP, List.of("tlv", "opp", "sop", "swv", "opr", "mr", "ib", "zorgplicht",
                        "thuiszitter", "sbo", "so", "vso", "lwoo", "pro", "cluster-1", "cluster-2", "cluster-3",
                        "cluster-4", "rugzak", "rec", "zorgprofiel", "arrangement", "basisondersteuning-begrip",
                        "extra-ondersteuning-begrip", "ondersteuningsplan", "informatiepunt", "onderwijsconsulent",
                        "geschillencommissie", "leerplichtambtenaar", "vrijstelling", "schorsing", "verwijdering",
                        "hoorrecht", "leerlingenvervoer", "doorbraakaanpak", "wegadviseren", "handelingsdeel")));
    }

    /** The topic slugs of the rights articles (writing brief). */
    private static final List<String> TOPICS = List.of("passend-onderwijs", "samenwerkingsverband",
            "informatiepunt", "basisondersteuning", "extra-ondersteuning", "schoolondersteuningsprofiel", "schoolgids",
            "aanmelden", "zorgplicht", "school-wil-mijn-kind-niet", "opp", "toelaatbaarheidsverklaring",
            "speciaal-onderwijs", "cluster-1-en-2", "lwoo-en-praktijkonderwijs", "thuiszitten",
            "leerplicht-en-verzuim", "vrijstelling", "schorsing-en-verwijdering", "onenigheid-met-school",
            "onderwijsconsulenten", "geschillencommissie", "klachten-en-vertrouwenspersoon", "hoorrecht",
            "zorg-onder-schooltijd", "medische-handelingen", "leerlingenvervoer", "overstap-po-vo",
            "mbo-en-ondersteuning", "achttien-in-vso", "hoogbegaafdheid", "dyslexie-en-dyscalculie",
            "medezeggenschap", "privacy");

    @ParameterizedTest
    @MethodSource("requiredIds")
    void containsEveryRequiredIdInItsGroup(Groep groep, List<String> ids) {
        for (String id : ids) {
            VocabulaireTerm term = VOCABULAIRE.byId(id).orElseThrow(() -> new AssertionError("missing id " + id));
            assertThat(id, term.groep(), is(groep));
        }
        assertThat(VOCABULAIRE.byGroep(groep).size(), greaterThanOrEqualTo(ids.size()));
    }

    @Test
    void everySynonymGroupHoldsAtLeastTwoLowercaseTerms() {
        for (List<String> group : VOCABULAIRE.synonymGroups()) {
            assertThat(group.toString(), group.size(), greaterThanOrEqualTo(2));
            for (String term : group) {
                assertThat(term, is(term.toLowerCase(Locale.ROOT).strip()));
            }
        }
        assertThat(VOCABULAIRE.synonymGroups(), hasSize(VOCABULAIRE.all().size()));
    }

    @Test
    void explainsAnAbbreviationWhateverItsCase() {
        VocabulaireTerm tlv = VOCABULAIRE.explain("TLV").orElseThrow();

        assertThat(tlv.id(), is("tlv"));
        assertThat(tlv.uitleg(), containsString("samenwerkingsverband"));
        assertThat(VOCABULAIRE.explain("  tlv ").orElseThrow(), is(tlv));
        assertThat(VOCABULAIRE.explain("Toelaatbaarheidsverklaring").orElseThrow(), is(tlv));
    }

    @Test
    void explainsOldTermsAndLayPhrasing() {
        assertThat(VOCABULAIRE.explain("rugzakje").orElseThrow().id(), is("rugzak"));
        assertThat(VOCABULAIRE.explain("LGF").orElseThrow().historisch(), is(true));
        assertThat(VOCABULAIRE.explain("PDD-NOS").orElseThrow().id(), is("autisme"));
        assertThat(VOCABULAIRE.explain("sbao").orElseThrow().id(), is("sbo"));
        assertThat(VOCABULAIRE.explain("gepest worden").orElseThrow().id(), is("welbevinden-veiligheid"));
        assertThat(VOCABULAIRE.explain("zorgprofiel").orElseThrow().historisch(), is(true));
        assertThat(VOCABULAIRE.explain("fietsenstalling").isPresent(), is(false));
    }

    @Test
    void everyEntryHasOneSentenceOfExplanation() {
        for (VocabulaireTerm term : VOCABULAIRE.all()) {
            assertThat(term.id() + ": " + term.uitleg(), term.uitleg().matches("[A-Z][^.?!]*[.]"), is(true));
        }
    }

    @Test
    void linksOnlyToKnownArticleTopics() {
        for (VocabulaireTerm term : VOCABULAIRE.all()) {
            assertThat(term.id(), term.artikelen(), everyItem(isIn(TOPICS)));
        }
    }

    @Test
    void seedSourcesNameASeedFileAndLines() {
        List<String> sources = VOCABULAIRE.all().stream().flatMap(t -> t.bron().stream()).toList();

        for (String source : sources) {
            assertThat(source, source.matches("00[0-4]_[0-9a-f]{16}\\.txt:\\d+(-\\d+)?"), is(true));
        }
        assertThat(sources.size(), greaterThanOrEqualTo(40));
    }

    @Test
    void marksOnlyOldTermsAsHistorical() {
        List<String> historical = VOCABULAIRE.all().stream().filter(VocabulaireTerm::historisch)
                .map(VocabulaireTerm::id).toList();

        assertThat(historical, hasItem("rugzak"));
        assertThat(historical, hasItem("rec"));
        assertThat(historical.size(), lessThanOrEqualTo(8));
    }

    @Test
    void refusesADuplicatedId() {
        String yaml = """
                termen:
                  - {id: tlv, groep: begrip, labelOuders: TLV, labelJongeren: TLV, uitleg: "Een besluit."}
                  - {id: tlv, groep: begrip, labelOuders: Iets, labelJongeren: Anders, uitleg: "Een besluit."}
                """;

        ContentException e = assertThrows(ContentException.class, () -> Vocabulaire.parse("v.yaml", yaml, "x"));
        assertThat(e.getMessage(), containsString("id 'tlv' is used twice"));
    }

    @Test
    void refusesAWordThatBelongsToTwoEntries() {
        String yaml = """
                termen:
                  - {id: sbo, groep: begrip, labelOuders: Sbo, labelJongeren: Sbo, uitleg: "A.", synoniemen: [speciale school]}
                  - {id: so, groep: begrip, labelOuders: So, labelJongeren: So, uitleg: "B.", synoniemen: [Speciale  School]}
                """;

        ContentException e = assertThrows(ContentException.class, () -> Vocabulaire.parse("v.yaml", yaml, "x"));
        assertThat(e.getMessage(), containsString("'speciale school' belongs to both 'sbo' and 'so'"));
    }

    @Test
    void namesTheFileAndEntryOfAMalformedTerm() {
        String yaml = """
                termen:
                  - {id: x, groep: soort, labelOuders: X, uitleg: "Iets."}
                """;

        ContentException e = assertThrows(ContentException.class, () -> Vocabulaire.parse("v.yaml", yaml, "x"));
        assertThat(e.getMessage(), containsString("v.yaml: "));
        assertThat(e.getMessage(), containsString("unknown groep 'soort'"));
        assertThat(e.getMessage(), containsString("missing key 'termen[1].labelJongeren'"));
    }

    @Test
    void hasAStableVersion() {
        assertThat(VOCABULAIRE.version().matches("[0-9a-f]{64}"), is(true));
        assertThat(Vocabulaire.bundled().version(), is(VOCABULAIRE.version()));
    }

    @Test
    void everyIdAppearsOnce() {
        Collection<String> ids = VOCABULAIRE.all().stream().map(VocabulaireTerm::id).toList();
        assertThat(ids.stream().distinct().count(), is((long) ids.size()));
        assertThat(ids.stream().filter(id -> id.isBlank()).toList(), is(empty()));
    }
}
