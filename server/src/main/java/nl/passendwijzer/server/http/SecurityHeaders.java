package nl.passendwijzer.server.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Security headers on every routed response. The CSP of pages allows no inline script or style, so pages must load
 * both from files. API answers are JSON, never rendered as a page: they get the headers a JSON API needs (no caching,
 * since they may carry personal data; no sniffing; a CSP that allows nothing and no framing; school documents under
 * {@code /api/documenten} replace it with their own sandbox). Kept that short because Helidon writes the header block
 * into a buffer sized for the body plus 256 bytes: a longer block (the page set is 589 bytes) made it double that
 * buffer and copy every search answer again.
 */
public final class SecurityHeaders implements io.helidon.webserver.http.Filter {
    private static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final HeaderName CONTENT_SECURITY_POLICY = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");
    private static final HeaderName X_FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
    private static final HeaderName PERMISSIONS_POLICY = HeaderNames.create("Permissions-Policy");
    private static final HeaderName CROSS_ORIGIN_OPENER_POLICY = HeaderNames.create("Cross-Origin-Opener-Policy");

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.headers().set(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        if (req.path().path().startsWith("/api/")) {
            res.headers().set(CONTENT_SECURITY_POLICY, API_CSP);
            res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
        } else {
            res.headers().set(CONTENT_SECURITY_POLICY, PAGE_CSP);
            res.headers().set(REFERRER_POLICY, "no-referrer");
            res.headers().set(X_FRAME_OPTIONS, "DENY");
            res.headers().set(PERMISSIONS_POLICY, "camera=(), microphone=(), geolocation=(), interest-cohort=()");
            res.headers().set(CROSS_ORIGIN_OPENER_POLICY, "same-origin");
        }
        chain.proceed();
    }
}
