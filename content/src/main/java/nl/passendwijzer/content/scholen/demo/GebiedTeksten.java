package nl.passendwijzer.content.scholen.demo;

import java.util.List;
import java.util.Map;

/**
 * Dutch paragraphs per extra-ondersteuning area, by level. Placeholders: {school}, {kind} (kind/leerling),
 * {kinderen}, {ib} (intern begeleider or ondersteuningscoördinator).
 */
final class GebiedTeksten {
    record Gebied(String label, List<String> basis, List<String> extra, List<String> specialistisch) {
    }

    private GebiedTeksten() {
    }

    static Gebied van(String id) {
        Gebied g = GEBIEDEN.get(id);
        if (g == null) {
            throw new IllegalArgumentException("Geen teksten voor gebied " + id);
        }
        return g;
    }

    private static final Map<String, Gebied> GEBIEDEN = Map.ofEntries(
        Map.entry("autisme", new Gebied("Autisme",
            List.of("Voor {kinderen} met autisme zorgen we voor een voorspelbare dag: het dagprogramma hangt zichtbaar in de klas en veranderingen kondigen we zo vroeg mogelijk aan.",
                "Leerkrachten hebben een basistraining over autisme gevolgd. Zij weten dat overgangen, drukte en onduidelijke opdrachten veel energie kosten en houden daar rekening mee.",
                "Een {kind} met autisme kan bij ons een vaste plek in de klas krijgen, met een koptelefoon of een scherm als dat helpt."),
            List.of("Naast de aanpak in de groep hebben we een rustige werkplek buiten de klas waar een {kind} met autisme zelfstandig kan werken of even kan bijkomen.",
                "Twee collega's zijn geschoold als specialist autisme. Zij denken mee met de leerkracht, observeren in de klas en stellen samen met ouders een plan op voor lastige momenten zoals de pauze en gymles.",
                "Met een ambulant begeleider vanuit het samenwerkingsverband bespreken we {kinderen} die meer nodig hebben. We werken met pictogrammen, een time-timer en vaste overdrachtsmomenten met thuis.",
                "Voor {kinderen} die snel overprikkeld raken, hebben we de pauzes anders ingericht: zij kunnen kiezen voor een rustige activiteit binnen in plaats van het drukke schoolplein."),
            List.of("Onze school heeft een aparte groep van maximaal twaalf {kinderen} met autisme, met een leerkracht en een onderwijsassistent. Vanuit die groep werken {kinderen} waar het kan mee in een reguliere klas.",
                "Het hele team werkt volgens één autismevriendelijke aanpak. Een gedragswetenschapper met autisme als specialisme is twee dagen per week op school en stelt samen met ouders een ontwikkelingsperspectief op.",
                "In ons gebouw zijn prikkelarme lokalen met gedempte verlichting en vaste werkplekken. Overgangen, zoals het wisselen van lokaal, begeleiden we stap voor stap.")) ),
        Map.entry("adhd", new Gebied("ADHD en concentratie",
            List.of("{kinderen} die moeite hebben met concentratie of stilzitten, krijgen korte opdrachten, duidelijke beloningsafspraken en de ruimte om even te bewegen.",
                "We werken met een wiebelkussen, een stressbal of een staande werkplek als dat een {kind} helpt om bij de les te blijven.",
                "De leerkracht spreekt met het {kind} en de ouders af hoe we signalen herkennen en wat we doen als het niet lukt."),
            List.of("Een {kind} met ADHD kan bij ons werken met een persoonlijk dagschema en een weektaak die in kleine stappen is verdeeld. De {ib} bespreekt elke zes weken met ouders hoe het gaat.",
                "We bieden een training executieve functies aan in een klein groepje: plannen, starten met een taak en je aandacht erbij houden.",
                "Een onderwijsassistent helpt op vaste momenten in de groep, zodat de leerkracht tijd heeft voor korte instructie aan de instructietafel."),
            List.of("In onze kleine klassen (maximaal veertien leerlingen) is de structuur strak en de begeleiding intensief. Een gedragsspecialist ondersteunt leerkrachten dagelijks.",
                "Samen met de jeugdhulp in school werken we aan zelfregulatie. Ouders krijgen een oudertraining aangeboden die aansluit op de aanpak in de klas.")) ),
        Map.entry("gedrag", new Gebied("Gedrag",
            List.of("We werken schoolbreed met duidelijke afspraken over gedrag die in elke groep hetzelfde zijn. Goed gedrag maken we zichtbaar en belonen we.",
                "Bij onrust in een groep zoeken we eerst naar de oorzaak. De leerkracht bespreekt het met de {ib} en met de ouders voordat we iets nieuws inzetten.",
                "Elke groep begint het jaar met de 'gouden weken', waarin we samen regels maken en investeren in een goede groepssfeer."),
            List.of("Voor {kinderen} met gedragsproblemen maken we een gedragsplan met doelen die het {kind} zelf mee heeft bedacht. We evalueren het plan elke vier weken met ouders.",
                "We hebben een time-out-plek bij de {ib}, waar een {kind} onder begeleiding kan afkoelen en daarna met een afspraak terug de klas in gaat.",
                "Een gedragsspecialist van het samenwerkingsverband komt op verzoek observeren en coacht de leerkracht in de klas."),
            List.of("De school is gespecialiseerd in {kinderen} met ernstige gedragsproblemen. Iedere groep heeft twee volwassenen en een vaste gedragswetenschapper.",
                "We werken met een intensief begeleidingsprogramma, korte lijnen met jeugdhulp en een eigen opvangruimte met begeleiding, zodat een incident de rest van de dag niet hoeft te bepalen.")) ),
        Map.entry("sociaal-emotioneel", new Gebied("Sociaal-emotionele ontwikkeling",
            List.of("Twee keer per jaar vullen leerkrachten en (vanaf groep 5) de {kinderen} zelf een vragenlijst in over welbevinden. Zorgen bespreken we altijd met ouders.",
                "We gebruiken een methode voor sociaal-emotioneel leren, met wekelijkse lessen over samenwerken, grenzen aangeven en omgaan met boosheid.",
                "Een {kind} dat zich niet prettig voelt, kan terecht bij de leerkracht, de {ib} of de vertrouwenspersoon."),
            List.of("Voor {kinderen} die angstig of somber zijn of weinig zelfvertrouwen hebben, bieden we een faalangstreductietraining en een sociale-vaardigheidstraining in kleine groepjes.",
                "De schoolmaatschappelijk werker is elke week een ochtend op school. Ouders en {kinderen} kunnen zonder verwijzing bij haar terecht.",
                "We stellen voor een {kind} met sociaal-emotionele problemen een plan op met een vaste vertrouwde volwassene op school en korte dagelijkse check-ins."),
            List.of("Onze school heeft een eigen psycholoog en werkt met een behandelprogramma binnen de schooldag, in samenwerking met een GGZ-instelling.",
                "We bieden een aangepast rooster voor {kinderen} die na een lange periode thuis langzaam weer naar school gaan, met een vaste begeleider die het opbouwschema bewaakt.")) ),
        Map.entry("hoogbegaafdheid", new Gebied("Hoogbegaafdheid en meer- en hoogbegaafde leerlingen",
            List.of("{kinderen} die meer aankunnen, krijgen minder herhaling en verrijkingsstof in de klas. De leerkracht compact de leerstof op basis van toetsen.",
                "We signaleren meer- en hoogbegaafdheid vroeg, ook bij {kinderen} die onderpresteren, en bespreken dit met ouders.",
                "In elke groep staat een kast met verdiepende opdrachten waar {kinderen} zelfstandig mee aan de slag gaan."),
            List.of("Eén ochtend per week komen {kinderen} uit verschillende groepen samen in onze plusklas. Ze werken aan projecten, leren leren en filosoferen met ontwikkelingsgelijken.",
                "Een talentbegeleider coacht {kinderen} met een ontwikkelingsvoorsprong en helpt leerkrachten bij het compacten en verrijken.",
                "We bieden waar dat past versnelling aan, na zorgvuldig overleg met het {kind}, de ouders en het team."),
            List.of("De school heeft een voltijds programma voor hoogbegaafde {kinderen}, met een eigen groep en leerkrachten met een specialisatie in begaafdheid.",
                "Naast een versneld programma is er veel aandacht voor leren leren, doorzetten en omgaan met tegenslag, vaak de grootste uitdaging voor deze {kinderen}.")) ),
        Map.entry("dyslexie", new Gebied("Dyslexie en leesproblemen",
            List.of("We volgen het landelijke protocol leesproblemen en dyslexie. Signalen pakken we op met extra leestijd en gerichte instructie in de groep.",
                "{kinderen} met dyslexie krijgen extra tijd bij toetsen, vergrote teksten en de mogelijkheid om teksten voorgelezen te krijgen.",
                "Leesbegeleiding vindt zoveel mogelijk in de eigen groep plaats, met een extra instructiemoment aan de instructietafel."),
            List.of("Een remedial teacher werkt twee keer per week met {kinderen} met ernstige leesproblemen. Als het nodig is, begeleiden we ouders bij een aanvraag voor dyslexieonderzoek.",
                "We werken met voorleessoftware op laptops, zodat {kinderen} met dyslexie dezelfde teksten kunnen lezen als hun klasgenoten.",
                "Na een dyslexieverklaring maken we samen met het {kind} een dyslexiepaspoort met de afspraken die in alle lessen gelden."),
            List.of("Onze school heeft een eigen leesspecialist en werkt samen met een behandelaar die de dyslexiebehandeling onder schooltijd op school geeft.")) ),
        Map.entry("dyscalculie", new Gebied("Dyscalculie en rekenproblemen",
            List.of("We volgen het protocol ernstige reken-wiskundeproblemen en dyscalculie. Leerkrachten gebruiken concreet materiaal en tekeningen om rekenstappen zichtbaar te maken.",
                "{kinderen} met rekenproblemen krijgen een rekenkaart en, waar toegestaan, een rekenmachine."),
            List.of("De rekencoördinator begeleidt {kinderen} met ernstige rekenproblemen in een klein groepje en maakt een handelingsplan met haalbare doelen.",
                "We zetten op vaste momenten extra rekeninstructie in, met digitale oefenstof die aansluit op wat het {kind} al beheerst."),
            List.of("Een orthopedagoog met rekenexpertise doet op school diagnostisch onderzoek en stelt een aangepaste leerlijn rekenen op.")) ),
        Map.entry("tos", new Gebied("Taalontwikkelingsstoornis (TOS) en spraak-taal",
            List.of("Leerkrachten praten in korte zinnen, ondersteunen uitleg met beeld en checken of het {kind} de opdracht begrijpt.",
                "{kinderen} met een taalachterstand krijgen extra woordenschatlessen in een klein groepje."),
            List.of("Een logopedist behandelt op school, onder schooltijd, in overleg met ouders. Zij geeft de leerkracht tips voor de klas.",
                "Voor {kinderen} met TOS werken we samen met een ambulant begeleider van cluster 2. Samen stellen we een plan op met doelen voor taal en communicatie."),
            List.of("De school is gespecialiseerd in {kinderen} met een taalontwikkelingsstoornis of slechthorendheid (cluster 2). De groepen zijn klein en elke dag is er logopedie in de klas.",
                "Alle leerkrachten zijn geschoold in ondersteunende gebaren en visualiseren. Een spraak-taalpatholoog is deel van het team.")) ),
        Map.entry("visueel", new Gebied("Visuele beperking",
            List.of("Bij {kinderen} die slechtziend zijn, letten we op de plek in de klas, goede verlichting en vergrote werkbladen."),
            List.of("Met een ambulant begeleider van cluster 1 maken we afspraken over hulpmiddelen zoals een beeldschermloep, een laptop met vergroting en aangepaste lesmaterialen."),
            List.of("Onze school biedt onderwijs aan blinde en slechtziende {kinderen}, met braille, mobiliteitstraining en aangepaste leermiddelen in elke les.")) ),
        Map.entry("auditief", new Gebied("Auditieve beperking",
            List.of("Bij slechthorende {kinderen} zorgen we voor een plek dicht bij de leerkracht en zo weinig mogelijk achtergrondgeluid."),
            List.of("Onze lokalen zijn akoestisch aangepast en we gebruiken een soundfield-systeem. Een ambulant begeleider cluster 2 adviseert het team.",
                "De leerkracht draagt een microfoon die direct verbonden is met het hoortoestel van het {kind}."),
            List.of("De school werkt tweetalig, in Nederlands en Nederlandse Gebarentaal, en heeft dove en slechthorende leerkrachten in het team.")) ),
        Map.entry("motorisch", new Gebied("Lichamelijke en motorische beperking",
            List.of("{kinderen} met een lichte motorische beperking krijgen aangepast materiaal, zoals een schrijfhulp of een laptop om mee te typen."),
            List.of("Een fysiotherapeut behandelt op school. Bij gym en buitenspelen passen we oefeningen aan, zodat het {kind} zoveel mogelijk mee kan doen.",
                "Het gebouw is rolstoeltoegankelijk, heeft een lift en een aangepast toilet met verzorgingsruimte."),
            List.of("Onze school biedt onderwijs aan {kinderen} met een lichamelijke beperking of chronische ziekte (mytylonderwijs), met fysiotherapie, ergotherapie en verpleegkundige zorg in het gebouw.")) ),
        Map.entry("medisch", new Gebied("Medische ondersteuning",
            List.of("We werken met een protocol medisch handelen. Medicijnen geven we alleen na schriftelijke toestemming van ouders, volgens de afspraken in het protocol.",
                "Bij {kinderen} met diabetes, epilepsie of een ernstige allergie maken we met ouders een persoonlijk plan voor noodsituaties."),
            List.of("Een aantal collega's is getraind in het begeleiden van {kinderen} met diabetes en epilepsie. De jeugdverpleegkundige denkt mee bij nieuwe situaties.",
                "Voor {kinderen} die veel afwezig zijn door ziekte, zorgen we samen met de consulent onderwijsondersteuning zieke leerlingen dat het onderwijs door kan gaan."),
            List.of("Er is dagelijks een verpleegkundige aanwezig op school. Medische handelingen zoals sondevoeding en katheteriseren zijn onder schooltijd mogelijk.")) ),
        Map.entry("lvb", new Gebied("Licht verstandelijke beperking en leren in een eigen tempo",
            List.of("Voor {kinderen} die moeite hebben met het tempo in de groep, passen we de hoeveelheid leerstof aan en herhalen we instructie vaker.",
                "We werken met doelen per {kind} als de gewone leerlijn niet haalbaar is, en bespreken die met ouders."),
            List.of("{kinderen} die op een eigen leerlijn werken, krijgen een ontwikkelingsperspectiefplan (OPP). Dat stellen we samen met ouders op en we evalueren het ten minste één keer per jaar.",
                "Een onderwijsassistent begeleidt op vaste momenten een klein groepje met praktisch en concreet lesmateriaal."),
            List.of("Onze school is ingericht op {kinderen} met een verstandelijke beperking (cluster 3): kleine groepen, praktijkgerichte lessen en veel aandacht voor zelfredzaamheid.",
                "We leren {kinderen} vaardigheden voor later: boodschappen doen, reizen, koken en samenwerken, met stages buiten school in de bovenbouw.")) ),
        Map.entry("meervoudig", new Gebied("Meervoudige beperkingen",
            List.of("Bij {kinderen} met meerdere ondersteuningsbehoeften kijken we samen met ouders en deskundigen wat de school wel en niet kan bieden."),
            List.of("We stellen voor {kinderen} met meervoudige ondersteuningsbehoeften een groeidocument op en organiseren een multidisciplinair overleg met ouders, jeugdhulp en het samenwerkingsverband."),
            List.of("De school heeft groepen voor {kinderen} met ernstig meervoudige beperkingen, met een hoge bezetting van leerkrachten, assistenten en zorgpersoneel.",
                "Onderwijs en zorg zijn geïntegreerd: therapieën en verzorging vinden plaats binnen de schooldag, afgestemd op wat het {kind} aankan.")) ));
}
