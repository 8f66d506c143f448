package nl.passendwijzer.server.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Security headers on every routed response. The CSP allows no inline script or style, so pages must load both from
 * files; API answers are not cached because they may carry personal data.
 */
public final class SecurityHeaders implements io.helidon.webserver.http.Filter {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final HeaderName X_FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
    private static final HeaderName PERMISSIONS_POLICY = HeaderNames.create("Permissions-Policy");
    private static final HeaderName CROSS_ORIGIN_OPENER_POLICY = HeaderNames.create("Cross-Origin-Opener-Policy");

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.headers().set(HeaderNames.create("Content-Security-Policy"), CSP);
        res.headers().set(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.headers().set(HeaderNames.create("Referrer-Policy"), "no-referrer");
        res.headers().set(X_FRAME_OPTIONS, "DENY");
        res.headers().set(PERMISSIONS_POLICY, "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        res.headers().set(CROSS_ORIGIN_OPENER_POLICY, "same-origin");
        if (req.path().path().startsWith("/api/")) {
            res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
        }
        chain.proceed();
    }
}
