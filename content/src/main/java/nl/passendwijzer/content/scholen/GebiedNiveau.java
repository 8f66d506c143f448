package nl.passendwijzer.content.scholen;

import java.util.Objects;
import java.util.Optional;

/**
 * What a school offers in one extra-ondersteuning area.
 *
 * @param gebied   vocabulary id of group {@code gebied}, e.g. {@code autisme}
 * @param niveau   {@code basis}, {@code extra} or {@code specialistisch}
 * @param notitie  a short note in the school's own words
 */
public record GebiedNiveau(String gebied, String niveau, Optional<String> notitie) {
    public static final String BASIS = "basis";
    public static final String EXTRA = "extra";
    public static final String SPECIALISTISCH = "specialistisch";

    public GebiedNiveau {
        Objects.requireNonNull(gebied, "gebied");
        Objects.requireNonNull(niveau, "niveau");
    }
}
