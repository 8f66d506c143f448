package nl.passendwijzer.server.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * A staff member's role. {@code MEDEWERKER} and {@code COORDINATOR} hold per samenwerkingsverband; {@code BEHEERDER}
 * is national (accounts only) and gives no access to question content by itself.
 */
public enum Rol {
    MEDEWERKER, COORDINATOR, BEHEERDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("ö", "o");
        for (Rol rol : values()) {
            if (rol.code().equals(t)) {
                return Optional.of(rol);
            }
        }
        return Optional.empty();
    }
}
