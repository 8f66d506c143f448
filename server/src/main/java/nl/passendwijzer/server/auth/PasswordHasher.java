package nl.passendwijzer.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.helidon.http.Status;
import nl.passendwijzer.server.http.ProblemException;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes as PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with the OWASP
 * minimum parameters by default. At most {@code maxConcurrent} hashes run at once, so a burst of logins cannot take
 * more than {@code maxConcurrent × m} memory; the others wait briefly and then get a 503.
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Params params;
    private final Semaphore permits;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(Params params, int maxConcurrent) {
        this.params = params;
        this.permits = new Semaphore(maxConcurrent, true);
        byte[] dummy = new byte[24];
        random.nextBytes(dummy);
        this.dummyHash = hash(B64.encodeToString(dummy));
    }

    /** Argon2id parameters: memory in KiB, iterations, parallelism. */
    public record Params(int memoryKib, int iterations, int parallelism) {
        /** OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1. */
        public static final Params OWASP = new Params(19 * 1024, 2, 1);
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, params, HASH_BYTES);
        return "$argon2id$v=19$m=" + params.memoryKib() + ",t=" + params.iterations() + ",p=" + params.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Compares in constant time; a malformed stored hash never matches. */
    public boolean verify(String password, String phc) {
        Phc parsed = Phc.parse(phc);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.params(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    /** Spends the same work as a real check, so an unknown account answers as slowly as a wrong password. */
    public void verifyDummy(String password) {
        verify(password, dummyHash);
    }

    /** Whether a stored hash was made with other parameters than the current ones (rehash after login). */
    public boolean needsRehash(String phc) {
        Phc parsed = Phc.parse(phc);
        return parsed == null || !parsed.params().equals(params);
    }

    public Params params() {
        return params;
    }

    private byte[] derive(String password, byte[] salt, Params p, int length) {
        acquire();
        try {
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(p.memoryKib())
                    .withIterations(p.iterations())
                    .withParallelism(p.parallelism())
                    .withSalt(salt)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[length];
            generator.generateBytes(normalize(password).getBytes(StandardCharsets.UTF_8), out);
            return out;
        } finally {
            permits.release();
        }
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private static ProblemException busy() {
        return new ProblemException(Status.SERVICE_UNAVAILABLE_503, "busy", "Even druk",
                                    "Het is nu erg druk. Probeer het over een minuut opnieuw.");
    }

    /** NFKC, so the same password typed on another keyboard or system gives the same bytes. */
    static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private record Phc(Params params, byte[] salt, byte[] hash) {
        static Phc parse(String phc) {
            if (phc == null) {
                return null;
            }
            String[] parts = phc.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return null;
            }
            try {
                int m = 0;
                int t = 0;
                int p = 0;
                for (String kv : parts[3].split(",")) {
                    String[] pair = kv.split("=", 2);
                    int value = Integer.parseInt(pair[1]);
                    switch (pair[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return null;
                        }
                    }
                }
                if (m < 8 || m > 1024 * 1024 || t < 1 || t > 20 || p < 1 || p > 16) {
                    return null;
                }
                byte[] salt = B64D.decode(parts[4]);
                byte[] hash = B64D.decode(parts[5]);
                if (salt.length < 8 || hash.length < 16 || hash.length > 64) {
                    return null;
                }
                return new Phc(new Params(m, t, p), salt, hash);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return null;
            }
        }
    }
}
