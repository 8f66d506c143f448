package nl.passendwijzer.server.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days for the informatiepunt's own answer deadline: Monday to Friday except the public holidays of
 * Algemene termijnenwet art. 3 lid 1 (Nieuwjaarsdag, tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, tweede
 * Pinksterdag, eerste en tweede Kerstdag).
 * <ul>
 *     <li>Bevrijdingsdag counts as a holiday every year, as art. 3 lid 1 names "de vijfde mei" (many employers give it
 *     off only once in five years; a later deadline is the honest promise).</li>
 *     <li>Goede Vrijdag is a working day: art. 3 lid 2 only treats it like a holiday for the extension of statutory
 *     terms, and it is not a general day off; the answer deadline is a service promise, not a statutory term.</li>
 *     <li>Koningsdag is 27 April, or 26 April when the 27th is a Sunday (Wet van 2013 on the Koningsdag date).</li>
 *     <li>Easter by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher); Hemelvaart = Easter + 39 days,
 *     Pinksteren = Easter + 49 days.</li>
 * </ul>
 * School holidays are not skipped: informatiepunten stay open then.
 */
public final class Werkdagen {
    private Werkdagen() {
    }

    /** The date {@code n} working days after {@code start} (start itself does not count; n = 0 gives start). */
    public static LocalDate plus(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWerkdag(day)) {
                left--;
            }
        }
        return day;
    }

    public static boolean isWerkdag(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !feestdagen(day.getYear()).contains(day);
    }

    /** The public holidays of a year that are not working days (see class comment). */
    public static Set<LocalDate> feestdagen(int year) {
        LocalDate pasen = pasen(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(pasen.plusDays(1));
        days.add(koningsdag(year));
        days.add(LocalDate.of(year, Month.MAY, 5));
        days.add(pasen.plusDays(39));
        days.add(pasen.plusDays(50));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return days;
    }

    static LocalDate koningsdag(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday (Anonymous Gregorian algorithm). */
    public static LocalDate pasen(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
