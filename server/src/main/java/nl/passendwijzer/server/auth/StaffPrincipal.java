package nl.passendwijzer.server.auth;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in staff member for one request: identity, national flag and the role per samenwerkingsverband.
 * Every access decision about an SWV's data asks this object, never the client.
 */
public record StaffPrincipal(long id, String email, String naam, boolean beheerder, Map<String, Rol> swvRollen,
                             String sessionHash) {
    /**
     * The pseudo-SWV code of a landelijk loket membership: its members work the questions without an SWV
     * ({@code vraag.swv_code IS NULL}); it is no samenwerkingsverband and has medewerkers only.
     */
    public static final String LANDELIJK_LOKET = "LANDELIJK";

    public StaffPrincipal {
        swvRollen = Map.copyOf(swvRollen);
    }

    /** SWVs whose questions this person may see and answer (membership, any role). */
    public Set<String> swvs() {
        return new TreeSet<>(swvRollen.keySet());
    }

    public boolean isMember(String swv) {
        return swvRollen.containsKey(swv);
    }

    /** Whether a question of this SWV (empty: the landelijk loket queue) is this person's to see and handle. */
    public boolean handles(Optional<String> swvCode) {
        return isMember(swvCode.orElse(LANDELIJK_LOKET));
    }

    public boolean isCoordinator(String swv) {
        return swvRollen.get(swv) == Rol.COORDINATOR;
    }

    public Set<String> coordinatorOf() {
        Set<String> result = new TreeSet<>();
        swvRollen.forEach((swv, rol) -> {
            if (rol == Rol.COORDINATOR) {
                result.add(swv);
            }
        });
        return result;
    }
}
