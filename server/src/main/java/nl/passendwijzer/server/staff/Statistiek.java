package nl.passendwijzer.server.staff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.passendwijzer.server.intake.VraagStatus;

/**
 * Figures of one SWV over a period of submission dates (inclusive, Dutch time): counts by categorie, sector and
 * status, the median time to the first answer, the share answered within the deadline and how many are overdue now.
 * Built from anonymous rows only; no question text, contact data or staff names.
 */
public record Statistiek(String swv,
                         LocalDate van,
                         LocalDate tot,
                         int aantal,
                         Map<String, Integer> perCategorie,
                         Map<String, Integer> perSector,
                         Map<String, Integer> perStatus,
                         Double medianeUrenTotEersteAntwoord,
                         Double aandeelBinnenTermijn,
                         int teLaatNu) {

    public static Statistiek of(String swv, LocalDate van, LocalDate tot, List<InboxRepository.StatRow> rows,
                                LocalDate today) {
        Map<String, Integer> categorie = new TreeMap<>();
        Map<String, Integer> sector = new TreeMap<>();
        Map<String, Integer> status = new TreeMap<>();
        List<Double> hours = new ArrayList<>();
        int due = 0;
        int onTime = 0;
        int overdue = 0;
        for (InboxRepository.StatRow row : rows) {
            categorie.merge(row.categorie(), 1, Integer::sum);
            sector.merge(row.sector(), 1, Integer::sum);
            status.merge(row.status().code(), 1, Integer::sum);
            if (row.eersteAntwoordOp().isPresent()) {
                hours.add(Duration.between(row.ingediendOp(), row.eersteAntwoordOp().get()).toMinutes() / 60.0);
                due++;
                LocalDate answered = row.eersteAntwoordOp().get().atZone(Inbox.ZONE).toLocalDate();
                if (!answered.isAfter(row.antwoordVoor())) {
                    onTime++;
                }
            } else if (row.status() != VraagStatus.INGETROKKEN && row.antwoordVoor().isBefore(today)) {
                due++;
                if (row.status() != VraagStatus.GESLOTEN) {
                    overdue++;
                }
            }
        }
        return new Statistiek(swv, van, tot, rows.size(), categorie, sector, status, median(hours),
                              due == 0 ? null : Math.round(1000.0 * onTime / due) / 1000.0, overdue);
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 10) / 10.0;
    }

    /** One line per figure: swv;van;tot;maat;sleutel;waarde (RFC 4180 with comma separator). */
    public String csv() {
        StringBuilder out = new StringBuilder("swv,van,tot,maat,sleutel,waarde\r\n");
        line(out, "aantal", "", String.valueOf(aantal));
        perCategorie.forEach((k, v) -> line(out, "categorie", k, String.valueOf(v)));
        perSector.forEach((k, v) -> line(out, "sector", k, String.valueOf(v)));
        perStatus.forEach((k, v) -> line(out, "status", k, String.valueOf(v)));
        line(out, "mediane-uren-tot-eerste-antwoord", "", format(medianeUrenTotEersteAntwoord));
        line(out, "aandeel-binnen-termijn", "", format(aandeelBinnenTermijn));
        line(out, "te-laat-nu", "", String.valueOf(teLaatNu));
        return out.toString();
    }

    private void line(StringBuilder out, String maat, String sleutel, String waarde) {
        out.append(swv).append(',').append(van).append(',').append(tot).append(',').append(maat).append(',')
                .append(sleutel).append(',').append(waarde).append("\r\n");
    }

    private static String format(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%s", value);
    }
}
