package nl.passendwijzer.server.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signed "form opened at" token ({@code v1.<epoch seconds>.<nonce>.<HMAC-SHA256>}). Every client, the no-JS form
 * and JSON clients alike, fetches one ({@code GET /api/vragen/formulier}) and sends it with the question. A token
 * younger than the minimum fill time is refused (bots submit instantly), as is one older than a day or with a wrong
 * signature. The nonce makes each token unique, so the form token doubles as the idempotency key of a form post
 * (a double click or a reload returns the same question).
 */
public final class FormulierToken {
    public static final Duration GELDIG = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final Duration minimaleInvultijd;
    private final Clock clock;

    public FormulierToken(String geheim, Duration minimaleInvultijd, Clock clock) {
        this.key = geheim.isBlank() ? randomKey() : geheim.getBytes(StandardCharsets.UTF_8);
        this.minimaleInvultijd = minimaleInvultijd;
        this.clock = clock;
    }

    /** What a check of a token found. */
    public enum Uitkomst { GELDIG, TE_SNEL, VERLOPEN, ONGELDIG }

    public String issue() {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String payload = "v1." + clock.instant().getEpochSecond() + "." + HexFormat.of().formatHex(nonce);
        return payload + "." + sign(payload);
    }

    public Uitkomst check(String token) {
        if (token == null || token.length() > 200) {
            return Uitkomst.ONGELDIG;
        }
        int lastDot = token.lastIndexOf('.');
        String[] parts = token.split("\\.");
        if (parts.length != 4 || !"v1".equals(parts[0]) || lastDot < 0) {
            return Uitkomst.ONGELDIG;
        }
        String payload = token.substring(0, lastDot);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                                   token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Uitkomst.ONGELDIG;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            return Uitkomst.ONGELDIG;
        }
        Instant now = clock.instant();
        if (issued.plus(minimaleInvultijd).isAfter(now)) {
            return Uitkomst.TE_SNEL;
        }
        return issued.plus(GELDIG).isBefore(now) ? Uitkomst.VERLOPEN : Uitkomst.GELDIG;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }
}
