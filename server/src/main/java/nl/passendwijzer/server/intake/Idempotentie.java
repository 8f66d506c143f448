package nl.passendwijzer.server.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import nl.passendwijzer.server.db.Rows;

/**
 * Idempotent submission. The table keeps SHA-256 of the key (for look-up), SHA-256 of the request body (to refuse a
 * reused key with a different question) and the full 201 body encrypted with AES-256-GCM under a key derived from the
 * raw Idempotency-Key. The server cannot read that body on its own, yet a client that repeats its key gets exactly the
 * same answer, volgcode included, for 24 hours; then the row is purged. Keys: 16-100 characters [A-Za-z0-9._~-].
 */
public final class Idempotentie {
    public static final Pattern SLEUTEL = Pattern.compile("[A-Za-z0-9._~-]{16,200}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DbClient db;

    public Idempotentie(DbClient db) {
        this.db = db;
    }

    /** A stored answer for a key. */
    public record Opgeslagen(String verzoekHash, String antwoord) {
    }

    public Optional<Opgeslagen> find(String sleutel) {
        return db.execute().get("SELECT verzoek_hash, antwoord_versleuteld FROM idempotentie WHERE sleutel_hash = ?",
                                lookupHash(sleutel))
                .map(row -> new Opgeslagen(Rows.string(row, "verzoek_hash"),
                                           decrypt(sleutel, Rows.string(row, "antwoord_versleuteld"))));
    }

    public void store(DbExecute tx, String sleutel, String verzoekHash, long vraagId, String antwoord, OffsetDateTime op) {
        tx.insert("INSERT INTO idempotentie (sleutel_hash, verzoek_hash, vraag_id, antwoord_versleuteld, aangemaakt_op) "
                          + "VALUES (?, ?, ?, ?, ?)", lookupHash(sleutel), verzoekHash, vraagId, encrypt(sleutel, antwoord), op);
    }

    public long purge(OffsetDateTime olderThan) {
        return db.execute().delete("DELETE FROM idempotentie WHERE aangemaakt_op < ?", olderThan);
    }

    public static String sha256Hex(String s) {
        return HexFormat.of().formatHex(sha256(s));
    }

    static String lookupHash(String sleutel) {
        return sha256Hex("pw-idempotentie-id|" + sleutel);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec key(String sleutel) {
        return new SecretKeySpec(sha256("pw-idempotentie-sleutel|" + sleutel), "AES");
    }

    static String encrypt(String sleutel, String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(sleutel), new GCMParameterSpec(128, iv));
            byte[] ct = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decrypt(String sleutel, String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(sleutel), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Idempotency record cannot be decrypted", e);
        }
    }
}
