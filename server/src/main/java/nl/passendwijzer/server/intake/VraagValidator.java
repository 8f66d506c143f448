package nl.passendwijzer.server.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.routing.VraagSector;

/**
 * Checks every field of a new question against an allow-list and collects all problems at once (field, stable code,
 * Dutch message). Input comes from JSON (strings, numbers, booleans) or a form (strings only); anything else is a
 * type problem. Unknown fields are refused. Text is kept as given, except that control characters (other than tab and
 * line breaks) and broken Unicode are refused.
 */
public final class VraagValidator {
    public static final int TEKST_MIN = 20;
    public static final int TEKST_MAX = 5000;
    public static final Set<String> ROLLEN = Set.of("ouder", "leerling", "anders");
    public static final List<String> LEEFTIJDSBANDEN = List.of("onder-12", "12-15", "16-17", "18-plus");
    public static final List<String> KANALEN = List.of("alleen-site", "email", "telefoon");
    public static final Set<String> VELDEN = Set.of("rol", "leeftijdsband", "naam", "email", "telefoon", "voorkeurskanaal",
                                                    "sector", "leeftijd", "huidigeSchool", "aangemeldeSchool", "postcode",
                                                    "categorie", "vraag", "thuiszitten", "aanmelddatum", "toestemming",
                                                    "toestemmingVersie", "formulierToken", "website");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                                                                 + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** 0 or + first, then digits with optional spaces, dashes or brackets: 10 to 15 digits in all. */
    private static final Pattern TELEFOON = Pattern.compile("(?=(?:\\D*\\d){10,15}\\D*$)(?:\\+|0)[0-9 ()-]{9,19}");
    private static final Pattern VESTIGING = Pattern.compile("[0-9A-Z]{4}[0-9]{2}");
    private static final Set<String> CATEGORIE_CODES = java.util.Arrays.stream(Categorie.values())
            .map(Categorie::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    public VraagValidator(Clock clock) {
        this.clock = clock;
    }

    /** Raw input: field name to String, Boolean, BigDecimal, or {@link #WRONG_TYPE} (arrays, objects). */
    public static final Object WRONG_TYPE = new Object();

    public NieuweVraag validate(Map<String, Object> input) {
        Fields f = new Fields(input);
        Set<String> unknown = new TreeSet<>(input.keySet());
        unknown.removeAll(VELDEN);
        for (String name : unknown) {
            f.problem(name.length() > 40 ? name.substring(0, 40) : name, "unknown-field",
                      "Dit veld kennen we niet. Laat het weg.");
        }

        String rol = f.choice("rol", ROLLEN, true, "Kies wie de vraag stelt: ouder, leerling of anders.");
        Optional<String> band = Optional.ofNullable(f.choice("leeftijdsband", Set.copyOf(LEEFTIJDSBANDEN), false,
                                                             "Kies een leeftijd: onder 12, 12-15, 16-17 of 18 en ouder."));
        if ("leerling".equals(rol) && band.isEmpty() && !f.hasProblem("leeftijdsband")) {
            f.problem("leeftijdsband", "required", "Vul in hoe oud je bent, zodat we je vraag goed kunnen beantwoorden.");
        }
        Optional<String> naam = f.text("naam", 0, 100, false);
        Optional<String> email = f.text("email", 0, 254, false).map(String::strip);
        email.filter(e -> !EMAIL.matcher(e).matches())
                .ifPresent(e -> f.problem("email", "invalid-email", "Dit e-mailadres klopt niet. Bijvoorbeeld: naam@voorbeeld.nl."));
        Optional<String> telefoon = f.text("telefoon", 0, 20, false).map(String::strip);
        telefoon.filter(t -> !TELEFOON.matcher(t).matches())
                .ifPresent(t -> f.problem("telefoon", "invalid-phone", "Dit telefoonnummer klopt niet. Bijvoorbeeld: 06 12345678."));
        String kanaal = Optional.ofNullable(f.choice("voorkeurskanaal", Set.copyOf(KANALEN), false,
                                                     "Kies hoe u antwoord wilt: alleen op de site, per e-mail of telefoon."))
                .orElse("alleen-site");
        if ("email".equals(kanaal) && email.isEmpty() && !f.hasProblem("email")) {
            f.problem("email", "required", "Vul uw e-mailadres in als u per e-mail antwoord wilt.");
        }
        if ("telefoon".equals(kanaal) && telefoon.isEmpty() && !f.hasProblem("telefoon")) {
            f.problem("telefoon", "required", "Vul uw telefoonnummer in als u gebeld wilt worden.");
        }

        String sectorCode = f.choice("sector", Set.of("po", "vo", "so-vso", "mbo", "weet-niet"), true,
                                     "Kies het soort onderwijs: po, vo, so-vso, mbo of weet-niet.");
        Optional<Integer> leeftijd = f.integer("leeftijd", 2, 30, "Vul een leeftijd in tussen 2 en 30 jaar.");
        Optional<String> huidige = f.vestiging("huidigeSchool");
        Optional<String> aangemeld = f.vestiging("aangemeldeSchool");

        Pc4 pc4 = null;
        Optional<String> postcode = f.text("postcode", 0, 12, false);
        if (postcode.isEmpty() && !f.hasProblem("postcode")) {
            f.problem("postcode", "required", "Vul uw postcode in (de vier cijfers zijn genoeg).");
        } else if (postcode.isPresent()) {
            pc4 = Pc4.parse(postcode.get()).orElse(null);
            if (pc4 == null) {
                f.problem("postcode", "invalid-postcode",
                          "Vul een geldige postcode in: vier cijfers, eventueel met twee letters, bijvoorbeeld 3511 of 3511 AB.");
            }
        }

        String categorieCode = f.choice("categorie", CATEGORIE_CODES, true, "Kies een onderwerp uit de lijst.");
        Optional<String> tekst = f.text("vraag", TEKST_MIN, TEKST_MAX, true);
        boolean thuiszitten = f.bool("thuiszitten");
        Optional<LocalDate> aanmelddatum = f.date("aanmelddatum");
        aanmelddatum.ifPresent(d -> {
            LocalDate today = LocalDate.now(clock.withZone(ZONE));
            if (d.isAfter(today)) {
                f.problem("aanmelddatum", "date-in-future", "De datum van aanmelden ligt in de toekomst. Vul de datum in waarop u heeft aangemeld.");
            } else if (d.isBefore(today.minusYears(2))) {
                f.problem("aanmelddatum", "date-too-old", "Deze datum is meer dan twee jaar geleden. Laat het veld leeg als u het niet meer weet.");
            }
        });
        if (!f.bool("toestemming") && !f.hasProblem("toestemming")) {
            f.problem("toestemming", "consent-required", "Geef toestemming om uw vraag te kunnen behandelen.");
        }
        String versie = f.choice("toestemmingVersie", Toestemming.TEKSTEN.keySet(), true,
                                 "Deze versie van de toestemmingstekst kennen we niet. Laad het formulier opnieuw.");
        f.problems.sort(java.util.Comparator.comparing(FieldProblem::veld));
        if (!f.problems.isEmpty()) {
            throw ProblemException.invalidFields("Niet alle velden zijn goed ingevuld. Kijk de meldingen na.", f.problems);
        }
        return new NieuweVraag(rol, band, naam, email, telefoon, kanaal, VraagSector.parse(sectorCode).orElseThrow(),
                               leeftijd, huidige, aangemeld, pc4, Categorie.parse(categorieCode).orElseThrow(),
                               tekst.orElseThrow(), thuiszitten, aanmelddatum, versie);
    }

    /** Refuses C0/C1 control characters except tab, CR and LF, unpaired surrogates and non-characters. */
    public static boolean cleanText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE'
                    || c == '\uFFFF' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return false;
            }
        }
        return true;
    }

    /** Field access with type checks; problems are collected, not thrown. */
    private static final class Fields {
        private final Map<String, Object> input;
        private final List<FieldProblem> problems = new ArrayList<>();

        Fields(Map<String, Object> input) {
            this.input = input;
        }

        void problem(String veld, String code, String melding) {
            problems.add(new FieldProblem(veld, code, melding));
        }

        boolean hasProblem(String veld) {
            return problems.stream().anyMatch(p -> p.veld().equals(veld));
        }

        /** The string value, blank as absent; a problem (and empty) when of another type. */
        private Optional<String> string(String veld) {
            Object value = input.get(veld);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof String s)) {
                problem(veld, "wrong-type", "Dit veld moet tekst zijn.");
                return Optional.empty();
            }
            return s.isBlank() ? Optional.empty() : Optional.of(s);
        }

        Optional<String> text(String veld, int min, int max, boolean required) {
            Optional<String> value = string(veld);
            if (value.isEmpty()) {
                if (required && !hasProblem(veld)) {
                    problem(veld, "required", "Dit veld is verplicht.");
                }
                return Optional.empty();
            }
            String s = value.get();
            if (!cleanText(s)) {
                problem(veld, "invalid-characters", "Hier staan tekens in die we niet kunnen opslaan. Haal ze weg.");
                return Optional.empty();
            }
            int length = s.strip().codePointCount(0, s.strip().length());
            if (length < min) {
                problem(veld, "too-short", "Schrijf iets meer: minstens " + min + " tekens.");
                return Optional.empty();
            }
            if (s.codePointCount(0, s.length()) > max) {
                problem(veld, "too-long", "Dit is te lang: hoogstens " + max + " tekens.");
                return Optional.empty();
            }
            return Optional.of(s);
        }

        String choice(String veld, Set<String> allowed, boolean required, String melding) {
            Optional<String> value = string(veld).map(s -> s.strip().toLowerCase(Locale.ROOT));
            if (value.isEmpty()) {
                if (required && !hasProblem(veld)) {
                    problem(veld, "required", melding);
                }
                return null;
            }
            if (!allowed.contains(value.get())) {
                problem(veld, "invalid-choice", melding);
                return null;
            }
            return value.get();
        }

        Optional<Integer> integer(String veld, int min, int max, String melding) {
            Object value = input.get(veld);
            Integer result = null;
            if (value == null || (value instanceof String s && s.isBlank())) {
                return Optional.empty();
            }
            if (value instanceof BigDecimal n) {
                try {
                    result = n.intValueExact();
                } catch (ArithmeticException e) {
                    result = null;
                }
            } else if (value instanceof String s && s.strip().matches("[0-9]{1,3}")) {
                result = Integer.parseInt(s.strip());
            }
            if (result == null || result < min || result > max) {
                problem(veld, result == null ? "wrong-type" : "out-of-range", melding);
                return Optional.empty();
            }
            return Optional.of(result);
        }

        Optional<String> vestiging(String veld) {
            Optional<String> value = string(veld).map(s -> s.strip().toUpperCase(Locale.ROOT));
            if (value.isPresent() && !VESTIGING.matcher(value.get()).matches()) {
                problem(veld, "invalid-school", "Kies de school uit de lijst (een code als 12AB00).");
                return Optional.empty();
            }
            return value;
        }

        boolean bool(String veld) {
            Object value = input.get(veld);
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String s) {
                String v = s.strip().toLowerCase(Locale.ROOT);
                if (Set.of("on", "true", "ja", "1").contains(v)) {
                    return true;
                }
                if (Set.of("", "off", "false", "nee", "0").contains(v)) {
                    return false;
                }
            }
            problem(veld, "wrong-type", "Kies ja of nee.");
            return false;
        }

        Optional<LocalDate> date(String veld) {
            Optional<String> value = string(veld);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                String s = value.get().strip();
                if (s.length() != 10) {
                    throw new DateTimeParseException("length", s, 0);
                }
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                problem(veld, "invalid-date", "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-02.");
                return Optional.empty();
            }
        }
    }
}
