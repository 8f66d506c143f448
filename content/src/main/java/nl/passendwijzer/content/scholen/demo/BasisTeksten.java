package nl.passendwijzer.content.scholen.demo;

import java.util.List;
import java.util.Map;

/** Dutch headings and paragraph variants per element of the basisondersteuning (seed 004, Bijlage 1). */
final class BasisTeksten {
    record Element(String kop, List<String> varianten) {
    }

    private BasisTeksten() {
    }

    static Element van(String id) {
        return ELEMENTEN.get(id);
    }

    private static final Map<String, Element> ELEMENTEN = Map.of(
        "signalering", new Element("Vroegtijdig signaleren", List.of(
            "We volgen de ontwikkeling van elk {kind} op taal, rekenen, gedrag, gezondheid en sociaal-emotionele ontwikkeling. Zien we iets opvallends, dan bespreekt de leerkracht dat eerst met de ouders en daarna met de {ib}.",
            "Twee keer per jaar houden we groepsbesprekingen waarin de leerkracht en de {ib} alle {kinderen} doorlopen. We kijken naar toetsresultaten, maar net zo goed naar hoe een {kind} zich voelt en gedraagt.",
            "Signalen komen van de leerkracht, van ouders en van het {kind} zelf. We nemen ze serieus, ook als de toetsen goed zijn. Binnen twee weken nemen we contact op met ouders om ze te bespreken.")),
        "protocol-dyslexie", new Element("Lezen en dyslexie", List.of(
            "We werken met het protocol leesproblemen en dyslexie. {kinderen} die achterblijven met lezen krijgen eerst extra instructie en oefentijd in de groep.",
            "Voor lezen en spelling hebben we een vaste aanpak in drie niveaus van ondersteuning. Als die niet genoeg helpt, begeleiden we ouders naar een onderzoek naar dyslexie.")),
        "protocol-dyscalculie", new Element("Rekenen en dyscalculie", List.of(
            "Bij hardnekkige rekenproblemen volgen we het protocol ernstige reken-wiskundeproblemen en dyscalculie (ERWD).",
            "Rekenproblemen pakken we vroeg aan met extra instructie, concreet materiaal en korte, dagelijkse oefenmomenten.")),
        "medisch-handelen", new Element("Medische handelingen", List.of(
            "Voor medicijngebruik en medische handelingen onder schooltijd volgen we het protocol medisch handelen van ons bestuur. Ouders geven schriftelijk toestemming en we leggen de afspraken vast.",
            "Eenvoudige medische handelingen, zoals het geven van voorgeschreven medicijnen, zijn mogelijk na schriftelijke afspraken met ouders. Voor voorbehouden handelingen zoeken we samen met ouders een oplossing met een bevoegde zorgverlener.")),
        "leerlijnen-op-maat", new Element("Leerlijnen voor minder en meer begaafde leerlingen", List.of(
            "{kinderen} die meer aankunnen, krijgen verrijking en verdieping. {kinderen} die meer tijd nodig hebben, krijgen herhaling en verlengde instructie. Beide horen bij onze basisondersteuning.",
            "We werken met doorlopende leerlijnen en stemmen het aanbod af op het niveau van elk {kind}: van extra oefening tot compacten en verrijken.",
            "In elke groep zijn er drie instructieniveaus. Als een {kind} meer nodig heeft dan dat, maken we een plan op maat.")),
        "welbevinden-veiligheid", new Element("Welbevinden en sociale veiligheid", List.of(
            "Een veilige school is de basis voor leren. We hebben een anti-pestprotocol, een vertrouwenspersoon en we meten elk jaar hoe veilig {kinderen} zich voelen.",
            "We werken schoolbreed aan een positief klimaat met duidelijke afspraken. Pesten bespreken we altijd met alle betrokkenen, ook met de ouders van het {kind} dat pest.",
            "Elke groep heeft een eigen klassenkaart met afspraken. Onze anti-pestcoördinator is aanspreekpunt voor {kinderen} en ouders.")),
        "fysieke-toegankelijkheid", new Element("Toegankelijkheid van het gebouw", List.of(
            "Ons gebouw is gelijkvloers of met een lift bereikbaar en heeft een aangepast toilet.",
            "Het gebouw is toegankelijk voor {kinderen} die slecht ter been zijn of een rolstoel gebruiken.")),
        "hulpmiddelen-ruimtes", new Element("Hulpmiddelen en ruimtes", List.of(
            "We hebben ruimtes voor werken in kleine groepjes en hulpmiddelen zoals koptelefoons, laptops met voorleessoftware en visuele dagschema's.",
            "Naast de lokalen zijn er stilteplekken en een ruimte voor individuele begeleiding. Hulpmiddelen regelen we in overleg met ouders en waar nodig met het samenwerkingsverband.")),
        "ketenpartners", new Element("Samenwerking met ketenpartners", List.of(
            "We werken samen met het wijkteam, de jeugdgezondheidszorg en jeugdhulp. Met toestemming van ouders schuiven zij aan bij een overleg over een {kind}.",
            "Korte lijnen met de jeugdverpleegkundige van de GGD, het wijkteam en de leerplichtambtenaar helpen ons om snel de juiste hulp te vinden. De {ib} is het aanspreekpunt.",
            "Eens per zes weken is er een ondersteuningsoverleg met de {ib}, de jeugdverpleegkundige en een medewerker van het sociaal wijkteam.")),
        "handelingsgericht-werken", new Element("Handelingsgericht werken", List.of(
            "We werken handelingsgericht: we kijken naar wat een {kind} nodig heeft, niet alleen naar wat er misgaat. Ouders en {kind} zijn gesprekspartner bij elke stap.",
            "Onze aanpak is handelingsgericht en doelgericht. Elke groep heeft een groepsplan dat we drie keer per jaar evalueren, en we maken zichtbaar wat goed gaat.")));
}
