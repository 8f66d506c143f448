package nl.passendwijzer.content.scholen.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Fills the placeholders of a text variant for one school and fixes sentence capitals. */
final class Tekst {
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private Tekst() {
    }

    static String vul(String sjabloon, DemoSchool s) {
        boolean po = s.school().soort() == nl.passendwijzer.content.scholen.SchoolSoort.BAO
                || s.school().soort() == nl.passendwijzer.content.scholen.SchoolSoort.SBO;
        String t = sjabloon
                .replace("{school}", s.school().naam())
                .replace("{plaats}", s.school().plaats())
                .replace("{kinderen}", po ? "kinderen" : "leerlingen")
                .replace("{kind}", po ? "kind" : "leerling")
                .replace("{ib}", s.isPo() ? "intern begeleider" : "ondersteuningscoördinator")
                .replace("{bestuur}", s.bestuur())
                .replace("{leerlingen}", Integer.toString(s.leerlingen()));
        return hoofdletters(t);
    }

    static String datum(LocalDate d) {
        return DATUM.format(d);
    }

    static String opsomming(List<String> delen) {
        if (delen.isEmpty()) {
            return "";
        }
        if (delen.size() == 1) {
            return delen.get(0);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.get(delen.size() - 1);
    }

    private static String hoofdletters(String t) {
        StringBuilder b = new StringBuilder(t);
        boolean begin = true;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (begin && Character.isLetter(c)) {
                b.setCharAt(i, Character.toUpperCase(c));
                begin = false;
            } else if (begin && !Character.isWhitespace(c)) {
                begin = false;
            }
            if ((c == '.' || c == '?' || c == '!') && i + 1 < b.length() && b.charAt(i + 1) == ' ') {
                begin = true;
            }
        }
        return b.toString();
    }
}
