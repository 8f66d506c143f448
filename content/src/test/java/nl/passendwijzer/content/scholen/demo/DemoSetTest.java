package nl.passendwijzer.content.scholen.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.scholen.DocumentFormat;
import nl.passendwijzer.content.scholen.DocumentKind;
import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.Ondersteuningsprofiel;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.SchoolSoort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoSetTest {
    /**
     * The allowed SOP facet ids, hard-coded from the shared vocabulary list for now; to be replaced by the
     * vocabulary file once it exists.
     */
    private static final Set<String> BASISONDERSTEUNING = Set.of("signalering", "protocol-dyslexie",
            "protocol-dyscalculie", "medisch-handelen", "leerlijnen-op-maat", "welbevinden-veiligheid",
            "fysieke-toegankelijkheid", "hulpmiddelen-ruimtes", "ketenpartners", "handelingsgericht-werken");
    private static final Set<String> GEBIED = Set.of("autisme", "adhd", "gedrag", "sociaal-emotioneel",
            "hoogbegaafdheid", "dyslexie", "dyscalculie", "tos", "visueel", "auditief", "motorisch", "medisch", "lvb",
            "meervoudig");
    private static final Set<String> VOORZIENING = Set.of("plusklas", "kleine-groep", "rustruimte",
            "onderwijsassistent", "ambulante-begeleiding", "jeugdhulp-in-school", "lift", "rolstoeltoegankelijk",
            "verzorgingsruimte", "prikkelarme-werkplek", "remedial-teaching", "dyslexiesoftware", "sova-training",
            "faalangstreductie", "aangepast-rooster", "schoolmaatschappelijk-werk", "time-out-plek");
    private static final Set<String> ROL = Set.of("intern-begeleider", "ondersteuningscoordinator", "orthopedagoog",
            "schoolpsycholoog", "ambulant-begeleider", "schoolmaatschappelijk-werker", "gedragsspecialist", "logopedist",
            "jeugdverpleegkundige", "remedial-teacher", "onderwijsassistent-rol", "mentor");

    private static DemoSet demo;
    private static List<School> scholen;
    private static List<SchoolDocument> documenten;

    @BeforeAll
    static void laad() {
        demo = DemoSet.load();
        scholen = demo.scholen().records();
        documenten = demo.documenten().records();
    }

    @Test
    void loadsCompletelyWithoutAFailedRow() {
        assertThat(demo.scholen().report().mislukt(), is(empty()));
        assertThat(demo.documenten().report().mislukt(), is(empty()));
        assertThat(scholen.size(), greaterThanOrEqualTo(300));
        assertThat(demo.versie().length(), is(64));
    }

    @Test
    void coversAtLeastTwelveSamenwerkingsverbandenOfEachSectorAndEverySoort() {
        Set<String> swvs = scholen.stream().flatMap(s -> s.swvCode().stream()).collect(Collectors.toSet());
        assertThat(swvs.stream().filter(c -> c.startsWith("PO")).count(), greaterThanOrEqualTo(12L));
        assertThat(swvs.stream().filter(c -> c.startsWith("VO")).count(), greaterThanOrEqualTo(12L));
        assertThat(scholen.stream().map(School::soort).collect(Collectors.toSet()), is(Set.of(SchoolSoort.values())));
        assertThat(scholen.stream().filter(s -> s.soort() == SchoolSoort.BAO).count() * 2,
                greaterThanOrEqualTo((long) scholen.size()));
    }

    @Test
    void everySchoolIsFictionalInTheReservedZRange() {
        assertThat(scholen.stream().map(School::id).toList(), everyItem(startsWith("Z")));
        assertThat(scholen.stream().allMatch(School::fictief), is(true));
        assertThat(documenten.stream().allMatch(d -> d.secties().get(0).tekst().contains("Dit is een fictief voorbeeld")),
                is(true));
    }

    @Test
    void everySchoolHasAnSopWithFacetsAndASchoolgids() {
        Map<String, Set<DocumentKind>> perSchool = new HashMap<>();
        documenten.forEach(d -> perSchool.computeIfAbsent(d.schoolId(), k -> new java.util.HashSet<>()).add(d.kind()));
        for (School s : scholen) {
            assertThat(s.id(), perSchool.get(s.id()), is(Set.of(DocumentKind.SOP, DocumentKind.SCHOOLGIDS)));
        }
        assertThat(profielen().size(), is(scholen.size()));
    }

    @Test
    void everyFacetIdIsAnAllowedVocabularyId() {
        for (Ondersteuningsprofiel p : profielen()) {
            assertThat(p.basisondersteuning(), everyItem(isIn(BASISONDERSTEUNING)));
            assertThat(p.gebieden().stream().map(GebiedNiveau::gebied).toList(), everyItem(isIn(GEBIED)));
            assertThat(p.gebieden().stream().map(GebiedNiveau::niveau).toList(),
                    everyItem(isIn(Set.of("basis", "extra", "specialistisch"))));
            assertThat(p.voorzieningen(), everyItem(isIn(VOORZIENING)));
            assertThat(p.teamrollen(), everyItem(isIn(ROL)));
            assertThat(p.grenzen().isEmpty(), is(false));
        }
    }

    @Test
    void everySchoolLiesInItsSamenwerkingsverbandAccordingToTheRegioTable() {
        Map<String, String[]> regio = new HashMap<>();
        String tsv = new String(BundledResources.read("regio/regio-indeling-pc4.tsv"), StandardCharsets.UTF_8);
        tsv.lines().skip(1).map(l -> l.split("\t")).forEach(r -> regio.put(r[0], r));
        for (School s : scholen) {
            String[] rij = regio.get(s.pc4());
            String eigen = s.soort().sector() == SchoolSoort.Sector.PO ? rij[2] : rij[3];
            assertThat(s.id() + " " + s.pc4(), eigen, isIn(s.swvCodes()));
            assertThat(s.lat().isPresent() && s.lon().isPresent(), is(true));
        }
    }

    @Test
    void documentFormatsAreSplitInThirds() {
        Map<DocumentFormat, Long> perFormat = documenten.stream()
                .collect(Collectors.groupingBy(SchoolDocument::format, Collectors.counting()));
        assertThat(perFormat.get(DocumentFormat.PDF) * 3, greaterThanOrEqualTo((long) documenten.size()));
        assertThat(perFormat.get(DocumentFormat.HTML) * 3, greaterThanOrEqualTo((long) documenten.size()));
        assertThat(perFormat.get(DocumentFormat.MARKDOWN), greaterThanOrEqualTo(1L));
        assertThat(documenten.stream().filter(d -> d.format() == DocumentFormat.PDF)
                .allMatch(d -> d.secties().stream().allMatch(s -> s.pagina().isPresent())), is(true));
        assertThat(documenten.stream().filter(d -> d.format() == DocumentFormat.PDF)
                .anyMatch(d -> d.secties().stream().anyMatch(s -> s.pagina().orElse(0) > 2)), is(true));
    }

    @Test
    void utrechtHasBasisscholenWithAutismSupportWithinFiveKilometresOf3511() {
        RegioTabel.Pc4 centrum = RegioTabel.laadGebundeld().pc4("3511").orElseThrow();
        Set<String> autisme = profielen().stream().filter(p -> p.biedtExtraIn("autisme"))
                .map(Ondersteuningsprofiel::schoolId).collect(Collectors.toSet());
        long dichtbij = scholen.stream()
                .filter(s -> s.soort() == SchoolSoort.BAO && autisme.contains(s.id()))
                .filter(s -> s.pc4().compareTo("3511") >= 0 && s.pc4().compareTo("3584") <= 0)
                .filter(s -> RegioTabel.afstandKm(centrum.lat(), centrum.lon(), s.lat().orElseThrow(),
                        s.lon().orElseThrow()) <= 5.0)
                .count();
        assertThat(dichtbij, greaterThanOrEqualTo(3L));
    }

    @Test
    void zwolleHasVoSchoolsIncludingOneWithSocialEmotionalSupport() {
        List<School> zwolle = scholen.stream()
                .filter(s -> s.soort() == SchoolSoort.VO && s.pc4().startsWith("80")).toList();
        assertThat(zwolle.size(), greaterThanOrEqualTo(3));
        Set<String> ids = zwolle.stream().map(School::id).collect(Collectors.toSet());
        assertThat(profielen().stream().filter(p -> ids.contains(p.schoolId()))
                .map(p -> p.biedtExtraIn("sociaal-emotioneel")).toList(), hasItem(true));
    }

    @Test
    void textsAreVariedNotOneTemplate() {
        Set<String> grenzen = profielen().stream().flatMap(p -> p.grenzen().stream()).collect(Collectors.toSet());
        assertThat(grenzen.size(), greaterThanOrEqualTo(15));
        Set<String> eersteAlineas = documenten.stream().filter(d -> d.kind() == DocumentKind.SOP)
                .map(d -> d.secties().get(1).tekst()).collect(Collectors.toSet());
        assertThat(eersteAlineas.size(), greaterThanOrEqualTo(50));
    }

    private static List<Ondersteuningsprofiel> profielen() {
        return documenten.stream().flatMap(d -> d.alsOndersteuningsprofiel().stream()).toList();
    }
}
