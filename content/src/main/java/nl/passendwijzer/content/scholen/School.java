package nl.passendwijzer.content.scholen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One school site (vestiging).
 *
 * @param id          BRIN (4) + vestigingsnummer (2), e.g. {@code 12AB00}; fictional demo sites start with {@code Z}
 * @param niveaus     levels offered, only for {@link SchoolSoort#VO}; empty otherwise
 * @param postcode    the postcode as published (PC6, e.g. {@code 3511 AB})
 * @param pc4         the four digits of the postcode
 * @param swvCode     the one samenwerkingsverband (PO…/VO…), empty for special schools that serve several
 * @param swvCodes    every samenwerkingsverband the site serves (one element when {@code swvCode} is present)
 * @param fictief     demo data, never a real school
 */
public record School(String id, String naam, SchoolSoort soort, List<VoNiveau> niveaus, String denominatie,
                     String straatHuisnummer, String postcode, String pc4, String plaats, String gemeente,
                     Optional<Double> lat, Optional<Double> lon, Optional<String> swvCode, List<String> swvCodes,
                     Optional<String> website, boolean fictief) {

    private static final Pattern ID = Pattern.compile("(\\d{2}[A-Z]{2}|Z[A-Z][A-Z0-9]{2})\\d{2}");
    private static final Pattern PC4 = Pattern.compile("[1-9]\\d{3}");

    public School {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(soort, "soort");
        if (!isGeldigId(id)) {
            throw new IllegalArgumentException("Geen geldige vestigingscode (BRIN + 2 cijfers): " + id);
        }
        if (pc4 == null || !PC4.matcher(pc4).matches()) {
            throw new IllegalArgumentException("Geen geldige PC4: " + pc4);
        }
        niveaus = List.copyOf(niveaus);
        swvCodes = List.copyOf(swvCodes);
        denominatie = Objects.requireNonNullElse(denominatie, "");
        straatHuisnummer = Objects.requireNonNullElse(straatHuisnummer, "");
        plaats = Objects.requireNonNullElse(plaats, "");
        gemeente = Objects.requireNonNullElse(gemeente, "");
    }

    /** A real vestigingscode (two digits, two letters, two digits) or a fictional one in the reserved Z range. */
    public static boolean isGeldigId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The BRIN: the first four characters of the id. */
    public String brin() {
        return id.substring(0, 4);
    }

    /** The same site, now attached to the given samenwerkingsverbanden. */
    public School metSwvs(List<String> codes) {
        List<String> distinct = codes.stream().distinct().sorted().toList();
        Optional<String> enige = !soort.dientMeerdereSwvs() && distinct.size() == 1
                ? Optional.of(distinct.get(0)) : Optional.empty();
        return new School(id, naam, soort, niveaus, denominatie, straatHuisnummer, postcode, pc4, plaats, gemeente,
                lat, lon, enige, distinct, website, fictief);
    }

    /** The same site with coordinates. */
    public School metCoordinaten(double latitude, double longitude) {
        return new School(id, naam, soort, niveaus, denominatie, straatHuisnummer, postcode, pc4, plaats, gemeente,
                Optional.of(latitude), Optional.of(longitude), swvCode, swvCodes, website, fictief);
    }
}
