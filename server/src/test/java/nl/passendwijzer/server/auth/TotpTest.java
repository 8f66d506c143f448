package nl.passendwijzer.server.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class TotpTest {
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B, HMAC-SHA1 column, 8 digits. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
                "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8, "HmacSHA1"), is(expected));
    }

    @Test
    void base32RoundTripsTheRfcKey() {
        String secret = Totp.base32(RFC_KEY);
        assertThat(secret, is("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        assertThat(new String(Totp.base32Decode(secret), StandardCharsets.US_ASCII), is("12345678901234567890"));
    }

    @Test
    void acceptsOneStepOfClockDriftEitherWayAndNoMore() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-03-02T10:00:15Z");
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now).getAsLong(), is(step));
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(30)), now).getAsLong(), is(step - 1));
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(30)), now).getAsLong(), is(step + 1));
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(90)), now).isPresent(), is(false));
        assertThat(Totp.matchingStep(secret, "12345", now).isPresent(), is(false));
        assertThat(Totp.matchingStep(secret, null, now).isPresent(), is(false));
    }
}
