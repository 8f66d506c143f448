package nl.passendwijzer.server.auth;

import java.util.Map;
import java.util.Optional;

/** A staff account as stored (the password hash never leaves the auth package's services). */
public record Account(long id, String email, String naam, boolean beheerder, Optional<String> wachtwoordHash,
                      Optional<String> totpGeheim, boolean actief, Map<String, Rol> swvRollen) {

    public Account {
        swvRollen = Map.copyOf(swvRollen);
    }

    public boolean totpRequired() {
        return beheerder || totpGeheim.isPresent();
    }
}
