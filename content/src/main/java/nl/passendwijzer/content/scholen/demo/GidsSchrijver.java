package nl.passendwijzer.content.scholen.demo;

import java.util.List;
import java.util.Locale;
import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.SchoolSoort;
import nl.passendwijzer.content.scholen.VoNiveau;

/** Writes the schoolgids of a fictional school, with the sections seed 004 §5.1 expects. */
final class GidsSchrijver {
    private static final String[] FICTIEF = {
        "Dit is een fictief voorbeeld: deze schoolgids hoort bij een verzonnen school. {school} en alle genoemde personen bestaan niet; de gids is gemaakt voor de demonstratie van Passend Wijzer.",
        "Dit is een fictief voorbeeld van een schoolgids, gemaakt voor Passend Wijzer. Er bestaat geen school met de naam {school} in {plaats}.",
        "Dit is een fictief voorbeeld. Deze gids van {school} is bedacht om te laten zien hoe Passend Wijzer schoolgidsen doorzoekbaar maakt."};
    private static final String[] VOORWOORD = {
        "Beste ouders, verzorgers en {kinderen}, fijn dat u deze schoolgids leest. Hierin staat wat u van ons kunt verwachten en wat wij van u verwachten. Heeft u vragen, dan staat onze deur altijd open.",
        "Een school kiezen doe je niet zomaar. In deze gids laten we zien wie we zijn, hoe we werken en hoe we {kinderen} ondersteunen die iets extra's nodig hebben.",
        "Deze schoolgids geeft informatie over de organisatie van het onderwijs, de ondersteuning van {kinderen} en de praktische zaken van schooljaar 2025-2026.",
        "Wat fijn dat u interesse heeft in onze school. Lees deze gids gerust in delen: u kunt via de inhoudsopgave meteen naar het onderwerp dat u zoekt."};
    private static final String[] GEBOUW = {
        "De school staat in een rustige wijk, vlak bij een park. Het gebouw is in 2018 gerenoveerd en heeft lichte lokalen en een groot schoolplein met een moestuin.",
        "Ons gebouw is een monumentaal pand uit 1927 met hoge ramen en brede trappen. Het heeft karakter, maar ook beperkingen: niet alle ruimtes zijn zonder trap bereikbaar.",
        "We zitten samen met de kinderopvang en de bibliotheek in een multifunctioneel gebouw. Dat maakt samenwerken makkelijk.",
        "Het gebouw is nieuw (2021), gasloos en helemaal gelijkvloers. Elke unit heeft een stilteruimte en een leerplein.",
        "De school heeft twee locaties op loopafstand van elkaar: de onderbouw en de bovenbouw zitten in aparte gebouwen."};
    private static final String[] KLACHTEN = {
        "Heeft u een klacht, bespreek die dan eerst met de leerkracht of mentor. Komt u er samen niet uit, dan kunt u naar de directie. Helpt dat ook niet, dan kunt u contact opnemen met de vertrouwenspersoon of een klacht indienen bij de klachtencommissie waarbij ons bestuur is aangesloten.",
        "We vinden het belangrijk dat klachten snel en zorgvuldig worden opgepakt. De klachtenregeling van het bestuur staat op de website. De interne vertrouwenspersoon helpt u de weg te vinden; de externe vertrouwenspersoon is onafhankelijk van de school.",
        "Klachten over de gang van zaken op school bespreekt u in eerste instantie met de betrokkene. Leidt dit niet tot een oplossing, dan volgt u de klachtenregeling. Het bestuur is aangesloten bij een landelijke klachtencommissie."};
    private static final String[] GPO = {
        "Bent u het niet eens met een besluit over toelating, verwijdering of het ontwikkelingsperspectiefplan van uw kind, dan kunt u de zaak voorleggen aan de Geschillencommissie passend onderwijs. Het informatiepunt van het samenwerkingsverband of een onderwijsconsulent kan u daarbij helpen.",
        "Voor geschillen over toelating, verwijdering en het OPP bestaat een aparte, landelijke Geschillencommissie passend onderwijs. Daarnaast kunt u gratis advies vragen aan een onderwijsconsulent."};

    private GidsSchrijver() {
    }

    static TekstDocument schrijf(DemoSchool s, String swvNaam, Toeval t) {
        TekstDocument.Bouwer doc = new TekstDocument.Bouwer("Schoolgids " + s.school().naam() + " 2025-2026",
                s.school().straatHuisnummer() + ", " + s.school().postcode() + " " + s.school().plaats());
        doc.alinea(Tekst.vul(t.kies(FICTIEF), s));

        doc.hoofdstuk(t.kies("Woord vooraf", "Welkom", "Voorwoord"));
        doc.alinea(Tekst.vul(t.kies(VOORWOORD), s));
        doc.alinea("Namens het team, " + s.personen().directeur() + ", " + (s.isPo() ? "directeur" : "rector-bestuurder") + ".");

        doc.hoofdstuk(t.kies("Over de school", "Wie zijn wij?", "Onze school"));
        doc.alinea(Tekst.vul(SopSchrijver.schoolKort(s), s));
        doc.alinea(Tekst.vul(t.kies(GEBOUW), s));

        doc.hoofdstuk(t.kies("Ons onderwijs", "Het onderwijs", "Zo leren wij"));
        schrijfOnderwijs(s, t, doc);

        doc.hoofdstuk(t.kies("Ondersteuning en passend onderwijs", "Passend onderwijs op onze school",
                "Ondersteuning van leerlingen"));
        doc.alinea(Tekst.vul(t.kies(
                "Alle scholen hebben sinds 2014 zorgplicht en werken samen in een samenwerkingsverband passend onderwijs. Wat onze school aan ondersteuning biedt, staat uitgebreid in ons schoolondersteuningsprofiel (SOP). Hieronder een samenvatting.",
                "Ons schoolondersteuningsprofiel beschrijft welke ondersteuning wij bieden. De basisondersteuning krijgt elk {kind}; daarnaast hebben wij extra expertise op een aantal gebieden.",
                "Passend onderwijs betekent dat elk {kind} een plek krijgt op een school die past bij wat het nodig heeft. Onze school doet dat als volgt."), s));
        List<String> sterk = s.facetten().gebieden().stream().filter(g -> !GebiedNiveau.BASIS.equals(g.niveau()))
                .map(g -> GebiedTeksten.van(g.gebied()).label().toLowerCase(Locale.ROOT)).toList();
        if (!sterk.isEmpty()) {
            doc.alinea("Extra expertise hebben wij vooral op het gebied van " + Tekst.opsomming(sterk) + ".");
        }
        doc.alinea("Wat wij niet kunnen bieden: " + String.join(" ", s.facetten().grenzen().stream()
                .limit(t.tussen(1, 2)).map(z -> z.substring(0, 1).toLowerCase(Locale.ROOT) + z.substring(1)).toList())
                .replaceAll("\\.(?=.)", ";") + " Het volledige profiel staat op onze website en is op te vragen bij de administratie.");

        doc.hoofdstuk(t.kies("Zorgplicht en aanmelden", "Aanmelden en zorgplicht", "Aanmelding en toelating"));
        doc.paragraaf("Aanmelden");
        doc.alinea(Tekst.vul(t.kies(
                "U meldt uw kind schriftelijk aan met het aanmeldformulier, dat u op onze website vindt of bij de administratie kunt ophalen. Meld uw kind bij voorkeur ten minste tien weken vóór de gewenste startdatum aan.",
                "Aanmelden gaat schriftelijk, met ons aanmeldformulier. Het formulier staat openbaar op de website. Vermeld op het formulier of u verwacht dat uw kind extra ondersteuning nodig heeft.",
                "Na een kennismakingsgesprek en een rondleiding kunt u uw kind schriftelijk aanmelden. Een aanmelding is pas compleet als wij het ondertekende formulier hebben ontvangen."), s));
        if (!s.isPo()) {
            doc.alinea("Voor leerlingen uit groep 8 geldt de centrale aanmeldperiode in maart. Het schooladvies van de basisschool is leidend voor het niveau waarop we een leerling plaatsen.");
        }
        doc.paragraaf("Zorgplicht");
        doc.alinea(Tekst.vul(t.kies(
                "Heeft uw kind extra ondersteuning nodig, dan heeft de school waar u uw kind schriftelijk aanmeldt zorgplicht. Wij onderzoeken dan binnen zes weken wat uw kind nodig heeft en of wij dat kunnen bieden. Die termijn kunnen we één keer met vier weken verlengen. Kunnen wij het niet, dan zoeken wij samen met u een andere school die wel past en uw kind toelaat.",
                "Zorgplicht betekent dat wij na een schriftelijke aanmelding verantwoordelijk zijn voor het vinden van een passende plek: op onze eigen school of, als dat niet lukt, op een andere school. U als ouder geeft ons daarvoor de informatie die nodig is. Wij beslissen binnen zes weken; met een verlenging van ten hoogste vier weken.",
                "Als u uw kind bij meerdere scholen aanmeldt, moet u dat aangeven. De school van uw eerste voorkeur heeft dan de zorgplicht. Wij nemen binnen zes weken een besluit (eventueel verlengd met vier weken) en houden u tussentijds op de hoogte."), s));
        if (t.kans(0.6)) {
            doc.alinea(Tekst.vul("Zorgplicht geldt niet als de school vol is of als ouders de grondslag van de school niet respecteren. In dat geval hoort u dat zo snel mogelijk van ons.", s));
        }

        doc.hoofdstuk(t.kies("Contactpersonen", "Bij wie kunt u terecht?", "Aanspreekpunten"));
        doc.opsomming(List.of(
                (s.isPo() ? "Groepsleerkracht" : "Mentor") + ": het eerste aanspreekpunt voor alle vragen over uw kind.",
                (s.isPo() ? "Intern begeleider" : "Ondersteuningscoördinator") + ": " + s.personen().internBegeleider()
                        + ", voor vragen over ondersteuning en passend onderwijs.",
                "Vertrouwenspersoon: " + s.personen().vertrouwenspersoon() + ", voor " + (s.isPo() ? "ouders en kinderen" : "leerlingen en ouders")
                        + " die iets vertrouwelijk willen bespreken, zoals pesten of een klacht.",
                (s.isPo() ? "Directeur" : "Schoolleiding") + ": " + s.personen().directeur() + "."));
        doc.alinea("U bereikt de school via " + s.personen().telefoon() + " of " + s.personen().email() + ".");

        doc.hoofdstuk(t.kies("Klachten", "Klachtenregeling", "Als u het ergens niet mee eens bent"));
        doc.alinea(Tekst.vul(t.kies(KLACHTEN), s));
        doc.alinea(Tekst.vul(t.kies(GPO), s));

        doc.hoofdstuk(t.kies("Samenwerkingsverband en informatiepunt", "Het samenwerkingsverband passend onderwijs",
                "Samenwerkingsverband"));
        doc.alinea("Onze school is aangesloten bij " + swvNaam + ". Het samenwerkingsverband verdeelt het geld voor extra "
                + "ondersteuning, geeft toelaatbaarheidsverklaringen af voor het speciaal onderwijs en helpt scholen en ouders "
                + "als het vinden van een passende plek moeilijk is.");
        doc.alinea(t.kies(
                "Het samenwerkingsverband heeft een ouder- en jeugdinformatiepunt. Daar kunt u onafhankelijk advies krijgen, ook als u nog geen school heeft gekozen.",
                "Met vragen over passend onderwijs kunt u terecht bij het informatiepunt van het samenwerkingsverband. U kunt daar ook een vraag stellen via Passend Wijzer.",
                "Weet u niet waar u moet beginnen? Het informatiepunt van het samenwerkingsverband denkt met u mee en verwijst u zo nodig door naar een onderwijsconsulent."));

        doc.hoofdstuk(t.kies("Schooltijden en vakanties", "Schooltijden", "Praktische informatie"));
        doc.alinea(schooltijden(s, t));
        doc.alinea("Vakanties 2025-2026 (fictief voorbeeld): kerstvakantie van 20 december 2025 tot en met 4 januari 2026, "
                + "meivakantie van 25 april tot en met 3 mei 2026. De overige vakanties en studiedagen staan in de jaarkalender.");

        doc.hoofdstuk(t.kies("Leerplicht en verlof", "Verzuim en verlof", "Afwezigheid"));
        doc.alinea(Tekst.vul(t.kies(
                "Is uw kind ziek, meld dat dan voor schooltijd telefonisch of via de ouderapp. Verlof buiten de schoolvakanties is alleen in bijzondere gevallen mogelijk en vraagt u schriftelijk aan bij de directeur. Bij vaak of langdurig verzuim schakelen we de leerplichtambtenaar in.",
                "Wij registreren elke afwezigheid. Bij zorgen over verzuim gaan we eerst met u in gesprek. Blijft een {kind} langer thuis, dan zoeken we samen met de jeugdarts en de leerplichtambtenaar naar een manier om weer naar school te gaan.",
                "Ziekmelden kan tot 8.15 uur. Verlof aanvragen gaat schriftelijk, minstens acht weken van tevoren. Ongeoorloofd verzuim moeten wij melden bij de leerplichtambtenaar van de gemeente."), s));

        if (s.uitvoerigheid() > 0.35) {
            doc.hoofdstuk(t.kies("Ouders en medezeggenschap", "Ouderbetrokkenheid", "De medezeggenschapsraad"));
            doc.alinea(Tekst.vul(t.kies(
                    "De medezeggenschapsraad (MR) praat mee over het beleid van de school en geeft elk jaar advies over het schoolondersteuningsprofiel. U kunt de MR bereiken via de website.",
                    "Ouders helpen bij uitstapjes, de bibliotheek en feesten. In de ouderraad en de medezeggenschapsraad denken ouders mee over de school. De MR heeft advies gegeven over het SOP.",
                    "We vragen jaarlijks een vrijwillige ouderbijdrage voor activiteiten. Geen enkel {kind} wordt uitgesloten als ouders niet betalen."), s));
        }
        if (s.uitvoerigheid() > 0.55) {
            doc.hoofdstuk(t.kies("Veiligheid en privacy", "Privacy", "Een veilige school"));
            doc.alinea(Tekst.vul(t.kies(
                    "We gaan zorgvuldig om met gegevens van {kinderen}. We delen alleen informatie met anderen, zoals het samenwerkingsverband of jeugdhulp, als dat nodig is en na toestemming van ouders, tenzij de wet iets anders voorschrijft.",
                    "Ons veiligheidsplan beschrijft hoe we pesten voorkomen en aanpakken. Bij zorgen over de veiligheid van een {kind} thuis volgen we de meldcode huiselijk geweld en kindermishandeling.",
                    "Foto's van {kinderen} plaatsen we alleen met toestemming van ouders. U kunt die toestemming altijd intrekken."), s));
        }
        return doc.bouw();
    }

    private static void schrijfOnderwijs(DemoSchool s, Toeval t, TekstDocument.Bouwer doc) {
        if (s.school().soort() == SchoolSoort.VO) {
            List<VoNiveau> n = s.school().niveaus();
            doc.alinea("Wij bieden " + Tekst.opsomming(n.stream().map(v -> switch (v) {
                case PRO -> "praktijkonderwijs";
                case VMBO -> "vmbo (basis, kader en gemengd/theoretisch)";
                case HAVO -> "havo";
                case VWO -> "vwo";
            }).toList()) + ". " + t.kies(
                    "In de eerste twee leerjaren zitten leerlingen in een brede brugklas; daarna kiezen ze een richting.",
                    "Elke klas heeft een eigen mentor die wekelijks een mentoruur geeft en het eerste aanspreekpunt is voor ouders.",
                    "Leerlingen werken in blokken van 60 minuten en hebben elke dag een studie-uur waarin ze hulp kunnen krijgen."));
            if (n.contains(VoNiveau.VMBO) || n.contains(VoNiveau.PRO)) {
                doc.alinea("Leerlingen die leerwegondersteuning (lwoo) nodig hebben, krijgen les in kleinere klassen met extra begeleiding bij plannen en leren.");
            }
            doc.alinea(t.kies("De decaan begeleidt leerlingen bij hun profielkeuze en de overstap naar mbo, hbo of universiteit.",
                    "Loopbaanbegeleiding begint al in de brugklas, met beroepenoriëntatie en bedrijfsbezoeken."));
        } else if (s.school().soort() == SchoolSoort.VSO) {
            doc.alinea("Onze leerlingen volgen het uitstroomprofiel vervolgonderwijs, arbeidsmarktgericht of dagbesteding. Per leerling stellen we een ontwikkelingsperspectiefplan op.");
            doc.alinea(t.kies("In de bovenbouw lopen leerlingen stage bij bedrijven in de regio, begeleid door een stagecoördinator.",
                    "De klassen zijn klein, met ongeveer twaalf leerlingen, en elke klas heeft een vaste mentor en onderwijsassistent."));
        } else {
            doc.alinea(Tekst.vul(t.kies(
                    "We werken in jaargroepen met een vaste leerkracht. In de ochtend staan taal, lezen en rekenen centraal; in de middag werken we thematisch aan wereldoriëntatie, techniek en kunst.",
                    "De school werkt met units waarin twee of drie groepen samen leren, begeleid door een team van leerkrachten en een onderwijsassistent.",
                    "Ons onderwijs is gebaseerd op het Daltononderwijs: zelfstandigheid, samenwerken en verantwoordelijkheid zijn de pijlers.",
                    "We werken volgens het model van directe instructie: korte, heldere uitleg, daarna begeleide en zelfstandige verwerking, met extra instructie aan de instructietafel."), s));
            doc.alinea(Tekst.vul(t.kies(
                    "Twee keer per week krijgen alle groepen gymles van een vakleerkracht.",
                    "Vanaf groep 5 werken {kinderen} met een eigen laptop; in de onderbouw leren ze vooral spelenderwijs.",
                    "Engels geven we vanaf groep 1, spelenderwijs en met liedjes."), s));
        }
    }

    private static String schooltijden(DemoSchool s, Toeval t) {
        if (!s.isPo() || s.school().soort() == SchoolSoort.SO) {
            return t.kies("De lessen beginnen om 8.30 uur en eindigen uiterlijk om 15.30 uur.",
                    "Het eerste uur begint om 8.20 uur. Op woensdag zijn de lessen om 13.00 uur afgelopen.",
                    "Leerlingen zijn elke dag van 8.45 tot 14.45 uur op school; vervoer via de gemeente is op deze tijden afgestemd.");
        }
        return t.kies("Wij werken met het vijf-gelijke-dagenmodel: alle groepen gaan van 8.30 tot 14.15 uur naar school en lunchen met de leerkracht.",
                "Schooltijden: maandag, dinsdag en donderdag van 8.30 tot 15.00 uur, woensdag en vrijdag van 8.30 tot 12.30 uur.",
                "De deuren gaan om 8.20 uur open en de lessen beginnen om 8.30 uur. Op woensdag zijn alle kinderen om 12.15 uur vrij.");
    }
}
