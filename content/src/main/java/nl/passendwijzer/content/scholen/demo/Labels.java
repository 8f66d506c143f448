package nl.passendwijzer.content.scholen.demo;

import java.util.List;
import java.util.Map;

/** Dutch display labels for the vocabulary ids the demo set uses, and the id lists themselves. */
final class Labels {
    private Labels() {
    }

    static final List<String> BASISONDERSTEUNING = List.of("signalering", "protocol-dyslexie", "protocol-dyscalculie",
            "medisch-handelen", "leerlijnen-op-maat", "welbevinden-veiligheid", "fysieke-toegankelijkheid",
            "hulpmiddelen-ruimtes", "ketenpartners", "handelingsgericht-werken");

    static final Map<String, String> VOORZIENING = Map.ofEntries(
            Map.entry("plusklas", "plusklas voor meer- en hoogbegaafde leerlingen"),
            Map.entry("kleine-groep", "werken in een kleine groep"),
            Map.entry("rustruimte", "rustruimte"),
            Map.entry("onderwijsassistent", "extra inzet van een onderwijsassistent"),
            Map.entry("ambulante-begeleiding", "ambulante begeleiding vanuit het samenwerkingsverband"),
            Map.entry("jeugdhulp-in-school", "jeugdhulp in school"),
            Map.entry("lift", "lift"),
            Map.entry("rolstoeltoegankelijk", "rolstoeltoegankelijk gebouw"),
            Map.entry("verzorgingsruimte", "verzorgingsruimte met aangepast toilet"),
            Map.entry("prikkelarme-werkplek", "prikkelarme werkplekken"),
            Map.entry("remedial-teaching", "remedial teaching"),
            Map.entry("dyslexiesoftware", "voorleessoftware voor leerlingen met dyslexie"),
            Map.entry("sova-training", "sociale-vaardigheidstraining"),
            Map.entry("faalangstreductie", "faalangstreductietraining"),
            Map.entry("aangepast-rooster", "tijdelijk aangepast rooster"),
            Map.entry("schoolmaatschappelijk-werk", "schoolmaatschappelijk werk"),
            Map.entry("time-out-plek", "begeleide time-out-plek"));

    static final Map<String, String> ROL = Map.ofEntries(
            Map.entry("intern-begeleider", "intern begeleider"),
            Map.entry("ondersteuningscoordinator", "ondersteuningscoördinator"),
            Map.entry("orthopedagoog", "orthopedagoog"),
            Map.entry("schoolpsycholoog", "schoolpsycholoog"),
            Map.entry("ambulant-begeleider", "ambulant begeleider"),
            Map.entry("schoolmaatschappelijk-werker", "schoolmaatschappelijk werker"),
            Map.entry("gedragsspecialist", "gedragsspecialist"),
            Map.entry("logopedist", "logopedist"),
            Map.entry("jeugdverpleegkundige", "jeugdverpleegkundige (GGD)"),
            Map.entry("remedial-teacher", "remedial teacher"),
            Map.entry("onderwijsassistent-rol", "onderwijsassistent"),
            Map.entry("mentor", "mentor"));

    static final List<String> GEBIEDEN = List.of("autisme", "adhd", "gedrag", "sociaal-emotioneel", "hoogbegaafdheid",
            "dyslexie", "dyscalculie", "tos", "visueel", "auditief", "motorisch", "medisch", "lvb", "meervoudig");
}
