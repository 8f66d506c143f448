package nl.passendwijzer.content.scholen.demo;

import java.util.ArrayList;
import java.util.List;
import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.SchoolSoort;

/** Writes the schoolondersteuningsprofiel of a fictional school from its facets, in varied Dutch. */
final class SopSchrijver {
    private static final String[] FICTIEF = {
        "Dit is een fictief voorbeeld: {school} bestaat niet. Dit schoolondersteuningsprofiel is gemaakt om Passend Wijzer te demonstreren en beschrijft geen echte school.",
        "Dit is een fictief voorbeeld. {school} in {plaats} is verzonnen voor de demonstratieversie van Passend Wijzer; namen, adressen en personen bestaan niet.",
        "Dit is een fictief voorbeeld van een schoolondersteuningsprofiel. De school, het bestuur en de genoemde personen zijn bedacht voor Passend Wijzer."};
    private static final String[][] INLEIDING = {
        {"Welkom bij het schoolondersteuningsprofiel van {school}. Hierin leest u wat wij elk {kind} bieden, welke extra ondersteuning mogelijk is en waar onze grenzen liggen. We hebben geprobeerd het zo eerlijk en concreet mogelijk op te schrijven.",
         "Elk {kind} is anders, en dat vinden we mooi. In dit profiel leggen we uit hoe we daar als school mee omgaan: wat we in elke groep doen, wat we extra kunnen en wat we (nog) niet kunnen.",
         "Dit profiel is bedoeld voor ouders die een school zoeken en voor ouders van onze huidige {kinderen}. Heeft u na het lezen vragen, loop dan gerust binnen of bel de {ib}."},
        {"In dit schoolondersteuningsprofiel (SOP) beschrijft {school} de ondersteuning die de school biedt. Het profiel bestaat uit drie delen: de basisondersteuning, de extra ondersteuning en de grenzen van wat de school kan bieden.",
         "Het SOP maakt duidelijk welke ondersteuning ouders en {kinderen} van de school mogen verwachten. Het samenwerkingsverband gebruikt de profielen van alle scholen om te zien of het aanbod in de regio dekkend is.",
         "Dit document geeft een overzicht van de ondersteuning op {school}. De afspraken gelden voor het hele schooljaar en worden jaarlijks geëvalueerd."},
        {"Conform de Wet passend onderwijs stelt het bevoegd gezag ten minste eenmaal per jaar het schoolondersteuningsprofiel vast. Dit profiel beschrijft de voorzieningen die {school} heeft getroffen voor {kinderen} die extra ondersteuning behoeven.",
         "Het schoolondersteuningsprofiel is onderdeel van de schoolgids en is tot stand gekomen in overleg met het team en de medezeggenschapsraad. Het niveau van de basisondersteuning is vastgelegd in het ondersteuningsplan van het samenwerkingsverband.",
         "Onderstaand profiel beschrijft achtereenvolgens de basisondersteuning, de extra ondersteuning, de ondersteuningsstructuur en de grenzen van de ondersteuning die de school kan bieden."}};
    private static final String[] VISIE = {
        "Onze school is een plek waar {kinderen} zich gezien voelen. We geloven dat je het beste leert als je je veilig voelt en als er iemand is die in je gelooft.",
        "We werken vanuit drie kernwaarden: vertrouwen, eigenaarschap en samen. {kinderen} leren bij ons niet alleen rekenen en lezen, maar ook plannen, samenwerken en voor zichzelf opkomen.",
        "Rust, regelmaat en duidelijkheid zijn bij ons het uitgangspunt. Daardoor kunnen ook {kinderen} die wat meer houvast nodig hebben zich bij ons goed ontwikkelen.",
        "Wij zijn een kleine school in de wijk, waar iedereen elkaar kent. De lijnen tussen ouders, leerkrachten en de {ib} zijn kort.",
        "Ons onderwijs is ontwikkelingsgericht: we sluiten aan bij wat een {kind} al kan en maken de volgende stap samen zichtbaar.",
        "We zijn een grote school met veel expertise in huis. Dat geeft ons de ruimte om {kinderen} met uiteenlopende behoeften goed te begeleiden."};
    private static final String[] OUDERS = {
        "Ouders kennen hun kind het best. Daarom betrekken we u bij elke stap: van het eerste signaal tot de evaluatie van een plan. U kunt altijd zelf een gesprek aanvragen.",
        "We zien ouders als partners. Bij de start van het schooljaar houden we een kennismakingsgesprek waarin u vertelt wat uw kind nodig heeft. Daarna spreken we elkaar minimaal drie keer per jaar.",
        "Bij besluiten over extra ondersteuning praat het {kind} zelf ook mee, op een manier die past bij de leeftijd. We vragen altijd: wat helpt jou?",
        "Is er een ontwikkelingsperspectiefplan (OPP) nodig, dan stellen we dat op na overleg met ouders. Het handelingsdeel heeft uw instemming nodig.",
        "Bent u het niet eens met een besluit over de ondersteuning van uw kind, dan gaan we eerst samen in gesprek. Komen we er niet uit, dan kunt u terecht bij het informatiepunt van het samenwerkingsverband of een onderwijsconsulent."};
    private static final String[] GRENZEN_INLEIDING = {
        "We willen eerlijk zijn over wat we niet kunnen. Dat helpt ouders om een goede keuze te maken, en het helpt ons om op tijd samen met het samenwerkingsverband naar een andere oplossing te zoeken.",
        "Niet elke ondersteuningsvraag kunnen wij beantwoorden. Hieronder staat wat wij op dit moment niet kunnen bieden.",
        "De school kent de volgende grenzen aan de ondersteuning:",
        "Soms past wat een {kind} nodig heeft niet bij wat wij kunnen bieden. Op dit moment zijn dit onze grenzen:"};
    private static final String[] GRENZEN_SLOT = {
        "Grenzen zijn geen automatisch 'nee'. Bij elke aanmelding kijken we wat er nodig is en of we dat, eventueel met hulp van het samenwerkingsverband, toch kunnen organiseren. Kunnen we het echt niet, dan zoeken we binnen de zorgplicht samen met u een school die wel past.",
        "Ook als een ondersteuningsbehoefte buiten dit profiel valt, onderzoeken we de mogelijkheden. We zoeken dan soms buiten de gebaande paden naar een oplossing.",
        "Als blijkt dat wij een leerling niet de ondersteuning kunnen bieden die nodig is, zoekt de school, in overleg met ouders en het samenwerkingsverband, een passende plek op een andere school. Dat is onze zorgplicht.",
        "Deze grenzen bekijken we elk jaar opnieuw. Wat nu niet kan, kan misschien volgend jaar wel, bijvoorbeeld door scholing van het team."};
    private static final String[] AMBITIE = {
        "Komend schooljaar volgt het hele team een scholing over het werken met {kinderen} met autisme.",
        "We willen de samenwerking met jeugdhulp verder uitbreiden, zodat hulp vaker in de school kan plaatsvinden.",
        "We onderzoeken of we een tweede plusgroep kunnen starten.",
        "We willen ouders en {kinderen} nog meer betrekken bij het opstellen van plannen.",
        "In de komende twee jaar maken we het gebouw beter toegankelijk; een lift staat in de meerjarenbegroting.",
        "We breiden het aanbod voor {kinderen} met taalontwikkelingsproblemen uit, samen met een cluster 2-instelling."};

    private SopSchrijver() {
    }

    static TekstDocument schrijf(DemoSchool s, Toeval t) {
        TekstDocument.Bouwer doc = new TekstDocument.Bouwer(
                t.kies("Schoolondersteuningsprofiel ", "Schoolondersteuningsprofiel (SOP) ", "Ondersteuningsprofiel ")
                        + s.school().naam(),
                "Schooljaar 2025-2026 · " + s.school().plaats());
        doc.alinea(Tekst.vul(t.kies(FICTIEF), s));

        doc.hoofdstuk(t.kies("Inleiding", "Waarom dit profiel?", "Voorwoord"));
        String[] inleiding = INLEIDING[s.toon()];
        doc.alinea(Tekst.vul(inleiding[0], s));
        if (s.uitvoerigheid() > 0.3) {
            doc.alinea(Tekst.vul(inleiding[1], s));
        }
        doc.alinea(Tekst.vul(inleiding[2], s));

        doc.hoofdstuk(t.kies("Onze school in het kort", "Over " + s.school().naam(), "Schoolgegevens en visie"));
        doc.alinea(Tekst.vul(schoolKort(s), s));
        for (String v : t.enkele(List.of(VISIE), s.uitvoerigheid() > 0.6 ? 2 : 1)) {
            doc.alinea(Tekst.vul(v, s));
        }

        schrijfBasis(s, t, doc);
        schrijfExtra(s, t, doc);

        doc.hoofdstuk(t.kies("Voorzieningen en arrangementen", "Wat we extra in huis hebben", "Voorzieningen"));
        doc.alinea(Tekst.vul(t.kies(
                "Naast de ondersteuning in de groep heeft {school} de volgende voorzieningen:",
                "Voor {kinderen} die extra ondersteuning nodig hebben, zijn er op onze school deze voorzieningen:",
                "De school beschikt over:"), s));
        doc.opsomming(s.facetten().voorzieningen().stream().map(Labels.VOORZIENING::get).toList());
        if (s.heeftVoorziening("ambulante-begeleiding") || t.kans(0.5)) {
            doc.alinea(Tekst.vul(t.kies(
                    "Is er meer nodig, dan vragen we een arrangement aan bij het samenwerkingsverband. Dat kan bijvoorbeeld extra begeleiding in de klas zijn, een ambulant begeleider of een tijdelijke plek in een kleine groep op een andere school.",
                    "Extra ondersteuning die de school niet zelf kan bieden, vragen we aan bij het samenwerkingsverband. De {ib} bespreekt de aanvraag eerst met ouders.",
                    "Arrangementen van het samenwerkingsverband zetten we in als onze eigen mogelijkheden niet toereikend zijn. Ouders zijn bij het gesprek over een arrangement altijd aanwezig."), s));
        }

        doc.hoofdstuk(t.kies("Ons ondersteuningsteam", "Wie doet wat?", "De ondersteuningsstructuur"));
        doc.alinea(Tekst.vul(t.kies(
                "De leerkracht is altijd het eerste aanspreekpunt. Daarachter staat een team van specialisten:",
                "Rond de groep werken verschillende mensen samen om {kinderen} goed te begeleiden:",
                "Het ondersteuningsteam van de school bestaat uit de volgende functionarissen:"), s));
        doc.opsomming(s.facetten().teamrollen().stream().map(Labels.ROL::get).toList());
        doc.alinea(Tekst.vul(teamAlinea(s, t), s));

        doc.hoofdstuk(t.kies("Grenzen aan onze ondersteuning", "Wat wij (nog) niet kunnen bieden",
                "Grenzen van de ondersteuning"));
        doc.alinea(Tekst.vul(t.kies(GRENZEN_INLEIDING), s));
        doc.opsomming(s.facetten().grenzen());
        doc.alinea(Tekst.vul(t.kies(GRENZEN_SLOT), s));

        doc.hoofdstuk(t.kies("Samenwerken met ouders en " + (s.isPo() ? "kind" : "leerling"),
                "Ouders en leerling als partner", "De rol van ouders"));
        for (String o : t.enkele(List.of(OUDERS), s.uitvoerigheid() > 0.5 ? 3 : 2)) {
            doc.alinea(Tekst.vul(o, s));
        }

        if (s.uitvoerigheid() > 0.45) {
            doc.hoofdstuk(t.kies("Ambities", "Waar we naartoe werken", "Ontwikkelpunten"));
            doc.opsomming(t.enkele(List.of(AMBITIE), t.tussen(1, 3)).stream().map(a -> Tekst.vul(a, s)).toList());
        }

        doc.hoofdstuk(t.kies("Vaststelling", "Vastgesteld", "Over dit profiel"));
        doc.alinea(Tekst.vul("Dit profiel is vastgesteld door het bestuur van {bestuur} op " + Tekst.datum(s.vastgesteldOp())
                + ", na " + s.facetten().mrAdvies() + " van de medezeggenschapsraad. Het geldt voor schooljaar 2025-2026.", s));
        return doc.bouw();
    }

    static String schoolKort(DemoSchool s) {
        String soort = switch (s.school().soort()) {
            case BAO -> "basisschool";
            case SBO -> "school voor speciaal basisonderwijs";
            case SO -> "school voor speciaal onderwijs (cluster " + s.cluster() + ")";
            case VSO -> "school voor voortgezet speciaal onderwijs (cluster " + s.cluster() + ")";
            case VO -> "school voor voortgezet onderwijs met " + Tekst.opsomming(s.school().niveaus().stream()
                    .map(n -> n.name().toLowerCase(java.util.Locale.ROOT)).toList());
        };
        return "{school} is een " + bijvoeglijk(s.school().denominatie()) + soort + " in " + s.school().plaats()
                + " met ongeveer {leerlingen} " + (s.school().soort() == SchoolSoort.BAO || s.school().soort() == SchoolSoort.SBO
                ? "kinderen" : "leerlingen") + ". De school valt onder {bestuur}.";
    }

    /** "Openbaar" → "openbare ", "Algemeen bijzonder" → "" (reads badly before a noun). */
    static String bijvoeglijk(String denominatie) {
        return switch (denominatie) {
            case "Openbaar" -> "openbare ";
            case "Rooms-Katholiek" -> "rooms-katholieke ";
            case "Protestants-Christelijk" -> "protestants-christelijke ";
            case "Islamitisch" -> "islamitische ";
            case "Reformatorisch" -> "reformatorische ";
            case "Interconfessioneel" -> "interconfessionele ";
            case "Antroposofisch" -> "antroposofische ";
            default -> "";
        };
    }

    private static void schrijfBasis(DemoSchool s, Toeval t, TekstDocument.Bouwer doc) {
        doc.hoofdstuk(t.kies("Basisondersteuning", "Wat elk " + (s.isPo() ? "kind" : "leerling")
                + " bij ons krijgt: de basisondersteuning", "De basisondersteuning"));
        doc.alinea(Tekst.vul(t.kies(
                "Basisondersteuning is de ondersteuning die alle scholen in ons samenwerkingsverband bieden, aan alle {kinderen}. Het samenwerkingsverband legt het niveau vast in het ondersteuningsplan.",
                "Onder basisondersteuning verstaan we de ondersteuning die elk {kind} op onze school kan krijgen, zonder aparte aanvraag. Op {school} ziet dat er zo uit.",
                "De basisondersteuning is in het ondersteuningsplan van het samenwerkingsverband beschreven. Hieronder staat hoe de school daar invulling aan geeft."), s));
        boolean perElement = s.uitvoerigheid() > 0.4;
        List<String> kort = new ArrayList<>();
        for (String id : s.facetten().basisondersteuning()) {
            BasisTeksten.Element e = BasisTeksten.van(id);
            if (perElement) {
                doc.paragraaf(e.kop());
                doc.alinea(Tekst.vul(t.kies(e.varianten()), s));
            } else {
                kort.add(e.kop() + ": " + Tekst.vul(e.varianten().get(0), s));
            }
        }
        doc.opsomming(kort);
    }

    private static void schrijfExtra(DemoSchool s, Toeval t, TekstDocument.Bouwer doc) {
        doc.hoofdstuk(t.kies("Extra ondersteuning", "Ondersteuning die verder gaat", "Onze extra ondersteuning"));
        doc.alinea(Tekst.vul(t.kies(
                "Sommige {kinderen} hebben meer nodig dan de basisondersteuning. Hieronder staat per onderwerp wat wij dan kunnen bieden.",
                "Extra ondersteuning is alles wat verder gaat dan de basisondersteuning. Onze school heeft op de volgende gebieden kennis en ervaring.",
                "Per ondersteuningsgebied beschrijven we welke expertise en aanpak de school heeft."), s));
        for (GebiedNiveau g : s.facetten().gebieden()) {
            GebiedTeksten.Gebied tekst = GebiedTeksten.van(g.gebied());
            doc.paragraaf(tekst.label());
            doc.alinea(Tekst.vul(t.kies(tekst.basis()), s));
            if (!GebiedNiveau.BASIS.equals(g.niveau())) {
                for (String zin : t.enkele(tekst.extra(), s.uitvoerigheid() > 0.6 ? 2 : 1)) {
                    doc.alinea(Tekst.vul(zin, s));
                }
            }
            if (GebiedNiveau.SPECIALISTISCH.equals(g.niveau())) {
                doc.alinea(Tekst.vul(t.kies(tekst.specialistisch()), s));
            }
            g.notitie().ifPresent(n -> doc.alinea(Tekst.vul(n, s)));
        }
    }

    private static String teamAlinea(DemoSchool s, Toeval t) {
        String wie = s.isPo() ? "intern begeleider" : "ondersteuningscoördinator";
        return t.kies(
                "De " + wie + " coördineert de ondersteuning, houdt overzicht en is voor ouders het aanspreekpunt als het om extra ondersteuning gaat. Op " + s.school().naam() + " is dat " + s.personen().internBegeleider() + ".",
                "Heeft u een vraag over de ondersteuning van uw kind, dan kunt u terecht bij de " + wie + ", " + s.personen().internBegeleider() + ". Een afspraak maken kan via de administratie.",
                "Elke zes weken is er een ondersteuningsteamoverleg (OT). Ouders worden uitgenodigd als hun kind besproken wordt. De " + wie + " (" + s.personen().internBegeleider() + ") zit het overleg voor.");
    }
}
