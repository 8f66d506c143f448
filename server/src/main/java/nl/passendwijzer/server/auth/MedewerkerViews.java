package nl.passendwijzer.server.auth;

import java.util.List;
import java.util.Map;

/** Request and response bodies of {@code /api/medewerker}; separate from the stored records (no mass assignment). */
public final class MedewerkerViews {
    private MedewerkerViews() {
    }

    public record LoginVerzoek(String email, String wachtwoord, String code) {
    }

    public record WachtwoordVerzoek(String token, String wachtwoord) {
    }

    public record AccountVerzoek(String email, String naam, String rol, List<String> swv) {
    }

    public record CodeVerzoek(String code) {
    }

    public record SwvRol(String swv, String rol) {
        static List<SwvRol> of(Map<String, Rol> rollen) {
            return rollen.entrySet().stream().map(e -> new SwvRol(e.getKey(), e.getValue().code())).toList();
        }
    }

    public record Ik(long id, String naam, String email, boolean beheerder, List<SwvRol> swvs, boolean totpActief,
                     String csrfToken) {
    }

    public record AccountView(long id, String naam, String email, boolean beheerder, boolean actief,
                              boolean wachtwoordIngesteld, List<SwvRol> swvs) {
        static AccountView of(Account a) {
            return new AccountView(a.id(), a.naam(), a.email(), a.beheerder(), a.actief(), a.wachtwoordHash().isPresent(),
                                   SwvRol.of(a.swvRollen()));
        }
    }

    public record Uitnodiging(long id, String email, String token, String link, String verlooptOp) {
        static Uitnodiging of(Accounts.Invitation i) {
            return new Uitnodiging(i.medewerkerId(), i.email(), i.token(), i.link(), i.verlooptOp().toString());
        }
    }

    public record WachtwoordIngesteld(boolean totpVerplicht, String totpGeheim, String otpauthUri) {
    }

    public record TotpStart(String totpGeheim, String otpauthUri) {
    }

    public record Uitgelogd(long beeindigdeSessies) {
    }
}
