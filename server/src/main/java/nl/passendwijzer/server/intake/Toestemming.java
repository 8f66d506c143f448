package nl.passendwijzer.server.intake;

import java.util.Map;

/** The consent texts the form has shown, by version. A submission names the version the asker agreed to. */
public final class Toestemming {
    public static final String VERSIE = "2026-1";
    public static final Map<String, String> TEKSTEN = Map.of(
            VERSIE,
            "Ik geef toestemming dat het ouder- en jeugdinformatiepunt van het samenwerkingsverband (of het landelijk "
                    + "loket) mijn vraag en de gegevens die ik invul gebruikt om mijn vraag te beantwoorden. Mijn "
                    + "gegevens worden niet aan de school doorgegeven zonder dat ik dat weet. Als mijn vraag is "
                    + "afgesloten, worden mijn persoonlijke gegevens na twaalf maanden gewist. Ik kan mijn vraag altijd "
                    + "intrekken; dan worden mijn gegevens meteen gewist.");

    private Toestemming() {
    }
}
