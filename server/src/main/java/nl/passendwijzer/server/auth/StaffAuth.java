package nl.passendwijzer.server.auth;

import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.http.ProblemException;

/**
 * The HTTP side of staff sessions, used first thing by every staff handler: session cookie to principal (401 when
 * missing, unknown or expired), and for every state-changing call the CSRF defences: the {@code X-CSRF-Token} header
 * must equal the token derived from this session, and a browser's {@code Origin} / {@code Sec-Fetch-Site} must say
 * the call comes from this site.
 */
public final class StaffAuth {
    public static final String COOKIE = "pw_sessie";
    public static final HeaderName CSRF_HEADER = HeaderNames.create("X-CSRF-Token");
    private static final HeaderName SEC_FETCH_SITE = HeaderNames.create("Sec-Fetch-Site");
    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);

    private final Accounts accounts;

    public StaffAuth(Accounts accounts) {
        this.accounts = accounts;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** The signed-in staff member; throws 401 (or 403 for a failed CSRF check). */
    public StaffPrincipal require(ServerRequest req) {
        Optional<String> token = sessionToken(req);
        StaffPrincipal principal = token.flatMap(accounts::authenticate).orElseThrow(StaffAuth::unauthorized);
        if (!SAFE.contains(req.prologue().method())) {
            requireSameSite(req);
            String expected = Accounts.csrfToken(token.get());
            String given = req.headers().first(CSRF_HEADER).orElse("");
            if (!java.security.MessageDigest.isEqual(expected.getBytes(), given.getBytes())) {
                throw new ProblemException(Status.FORBIDDEN_403, "csrf-failed", "Niet toegestaan",
                                           "Uw sessie kon niet worden bevestigd. Laad de pagina opnieuw en probeer het nog eens.");
            }
        }
        return principal;
    }

    /** The raw session cookie value, for deriving the CSRF token of the current session. */
    public Optional<String> sessionToken(ServerRequest req) {
        return req.headers().cookies().first(COOKIE).asOptional();
    }

    /** Refuses a state-changing browser request from another site (login CSRF included). */
    public void requireSameSite(ServerRequest req) {
        Optional<String> site = req.headers().first(SEC_FETCH_SITE);
        if (site.isPresent() && !site.get().equals("same-origin") && !site.get().equals("none")) {
            throw crossSite();
        }
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        if (origin.isPresent()) {
            String authority = req.authority();
            String o = origin.get();
            String host = o.replaceFirst("^https?://", "");
            if (o.equals("null") || !host.equalsIgnoreCase(authority)) {
                throw crossSite();
            }
        }
    }

    public void setCookie(ServerRequest req, ServerResponse res, String token) {
        res.headers().addCookie(SetCookie.builder(COOKIE, token)
                                        .httpOnly(true)
                                        .sameSite(SetCookie.SameSite.STRICT)
                                        .path("/")
                                        .secure(req.isSecure() || accounts.settings().secureCookie())
                                        .maxAge(accounts.settings().absoluteTimeout())
                                        .build());
    }

    public void clearCookie(ServerRequest req, ServerResponse res) {
        res.headers().addCookie(SetCookie.builder(COOKIE, "")
                                        .httpOnly(true)
                                        .sameSite(SetCookie.SameSite.STRICT)
                                        .path("/")
                                        .secure(req.isSecure() || accounts.settings().secureCookie())
                                        .maxAge(java.time.Duration.ZERO)
                                        .build());
    }

    static ProblemException unauthorized() {
        return new ProblemException(Status.UNAUTHORIZED_401, "not-signed-in", "Niet ingelogd",
                                    "U bent niet (meer) ingelogd. Log opnieuw in.");
    }

    private static ProblemException crossSite() {
        return new ProblemException(Status.FORBIDDEN_403, "cross-site-request", "Niet toegestaan",
                                    "Dit verzoek komt niet van deze website en wordt geweigerd.");
    }
}
