package nl.passendwijzer.server.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed list of question categories (derived from seed 004 §6, the questions an ouder- en jeugdinformatiepunt
 * gets). The category decides priority and statistics, never the receiving samenwerkingsverband.
 */
public enum Categorie {
    SCHOOL_ZOEKEN("school-zoeken", "Een school zoeken die past"),
    AANMELDEN_ZORGPLICHT("aanmelden-zorgplicht", "Aanmelden en zorgplicht"),
    WEGGEADVISEERD("weggeadviseerd", "De school raadt aan ergens anders te gaan"),
    GEEN_PASSENDE_PLEK("geen-passende-plek", "Geen passende plek gevonden"),
    ONDERSTEUNING_OP_SCHOOL("ondersteuning-op-school", "Ondersteuning op school"),
    OPP("opp", "Ontwikkelingsperspectiefplan (OPP)"),
    TLV_SPECIAAL_ONDERWIJS("tlv-speciaal-onderwijs", "Toelaatbaarheidsverklaring en speciaal onderwijs"),
    THUISZITTEN("thuiszitten", "Thuiszitten of (bijna) niet naar school"),
    SCHORSING_VERWIJDERING("schorsing-verwijdering", "Schorsing of verwijdering"),
    LWOO_PRO("lwoo-pro", "Leerwegondersteuning of praktijkonderwijs"),
    CLUSTER_1_2("cluster-1-2", "Zien, horen, taal en spraak (cluster 1 en 2)"),
    VRIJSTELLING("vrijstelling", "Vrijstelling van de leerplicht"),
    JEUGDHULP_ZORG_OP_SCHOOL("jeugdhulp-zorg-op-school", "Jeugdhulp en zorg op school"),
    LEERLINGENVERVOER("leerlingenvervoer", "Leerlingenvervoer"),
    OVERSTAP("overstap", "Overstap naar een andere school of onderwijssoort"),
    HOOGBEGAAFDHEID("hoogbegaafdheid", "Hoogbegaafdheid"),
    DYSLEXIE_DYSCALCULIE("dyslexie-dyscalculie", "Dyslexie en dyscalculie"),
    GESCHIL_KLACHT("geschil-klacht", "Onenigheid, klacht of geschil"),
    HOORRECHT("hoorrecht", "Gehoord worden als leerling"),
    MEDEZEGGENSCHAP("medezeggenschap", "Medezeggenschap"),
    ANDERS("anders", "Iets anders");

    private final String code;
    private final String label;

    Categorie(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Categorie> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
