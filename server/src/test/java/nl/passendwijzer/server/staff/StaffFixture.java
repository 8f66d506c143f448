package nl.passendwijzer.server.staff;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import nl.passendwijzer.server.MutableClock;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.auth.Accounts;
import nl.passendwijzer.server.auth.Rol;
import nl.passendwijzer.server.auth.StaffAuth;
import nl.passendwijzer.server.auth.Totp;
import nl.passendwijzer.server.intake.Vraag;
import nl.passendwijzer.server.intake.VraagRepository;

/** Accounts, sessions and questions for staff tests, created through the same code paths as production. */
public final class StaffFixture {
    public static final String PASSWORD = "een lange zin als wachtwoord";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Portal portal;
    private final MutableClock clock;

    public StaffFixture(Portal portal, MutableClock clock) {
        this.portal = portal;
        this.clock = clock;
    }

    public Portal portal() {
        return portal;
    }

    public MutableClock clock() {
        return clock;
    }

    /** A staff member with a password set (and, for a beheerder, the TOTP secret returned). */
    public record Person(long id, String email, Optional<String> totp) {
    }

    public Person person(String naam, Rol rol, String... swvs) {
        String email = naam.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + RANDOM.nextInt(1_000_000)
                + "@example.org";
        Accounts.Invitation invitation = portal.accounts().create(Optional.empty(), email, naam, rol, Set.of(swvs));
        Accounts.PasswordSet set = portal.accounts().setPassword(invitation.token(), PASSWORD);
        return new Person(invitation.medewerkerId(), email, set.totpGeheim());
    }

    /** A session (cookie value and CSRF token), made by the real login, at the portal clock's time. */
    public record Session(String cookie, String csrf) {
        public Http1ClientRequest on(Http1ClientRequest request) {
            return request.header(HeaderNames.COOKIE, StaffAuth.COOKIE + "=" + cookie).header(StaffAuth.CSRF_HEADER, csrf);
        }
    }

    public Session login(Person person) {
        if (person.totp().isPresent()) {
            clock.advance(java.time.Duration.ofSeconds(Totp.STEP_SECONDS));
        }
        String code = person.totp().map(secret -> Totp.code(secret, portal.clock().instant())).orElse(null);
        Accounts.SignedIn in = portal.accounts().login(person.email(), PASSWORD, code, "10.0.0." + RANDOM.nextInt(250));
        return new Session(in.sessionToken(), in.csrfToken());
    }

    /** Logs in over HTTP and returns the session from the Set-Cookie header and body. */
    public static Session loginOverHttp(Http1Client client, String email, String password, String code) {
        String body = "{\"email\":\"" + email + "\",\"wachtwoord\":\"" + password + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        try (Http1ClientResponse response = client.post("/api/medewerker/login")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            if (response.status().code() != 200) {
                throw new AssertionError("login failed: " + response.status());
            }
            String setCookie = response.headers().get(HeaderNames.SET_COOKIE).get();
            String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
            String csrf = nl.passendwijzer.server.TestJson.object(response).getString("csrfToken");
            return new Session(cookie, csrf);
        }
    }

    /** A question as intake stores it, owned by {@code swv}. */
    public long vraag(String swv, String categorie, String sector, boolean urgent, Instant ingediend, LocalDate antwoordVoor) {
        VraagRepository repository = new VraagRepository(portal.database().dbClient());
        String referentie = "ZT-" + Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase(java.util.Locale.ROOT)
                .substring(0, 8);
        VraagRepository.Invoer invoer = new VraagRepository.Invoer(
                referentie, "0".repeat(64), swv, "ouder", "4-11", "Ouder Test", "ouder@example.org", null, "email",
                sector, 6, null, null, "1011", categorie, "Mijn zoon heeft autisme; welke school past?", false, urgent,
                null, "2026-1", new Vraag.Routering("postcode", "Postcode 1011 hoort bij " + swv, List.of(), "test"),
                List.of("aanmelden", "zorgplicht"), ingediend.atOffset(ZoneOffset.UTC), antwoordVoor, null, null);
        return repository.inTransaction(tx -> repository.insert(tx, invoer));
    }
}
