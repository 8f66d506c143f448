package nl.passendwijzer.server.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window request counting per client address, in memory (a limit is protection, not data: losing it on restart
 * is fine; with several nodes each enforces its own share). The map is pruned so it cannot grow without bound.
 */
public final class RateLimiter {
    private static final int PRUNE_AT = 50_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    private record Window(Instant start, int count) {
    }

    /** Counts a request; empty when allowed, otherwise the wait until the window ends. */
    public Optional<Duration> acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_AT) {
            windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        }
        Window w = windows.compute(key, (k, old) -> old == null || !old.start().plus(window).isAfter(now)
                ? new Window(now, 1)
                : new Window(old.start(), old.count() + 1));
        if (w.count() <= limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, w.start().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}
