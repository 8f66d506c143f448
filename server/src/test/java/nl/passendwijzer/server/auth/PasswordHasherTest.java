package nl.passendwijzer.server.auth;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

class PasswordHasherTest {
    private static final PasswordHasher OWASP = new PasswordHasher(PasswordHasher.Params.OWASP, 4);

    @Test
    void writesArgon2idPhcStringsWithTheOwaspParametersAndARandomSalt() {
        String first = OWASP.hash("correct horse battery staple");
        String second = OWASP.hash("correct horse battery staple");
        assertThat(first, first.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
                   is(true));
        assertThat(first, is(not(second)));
        assertThat(OWASP.verify("correct horse battery staple", first), is(true));
        assertThat(OWASP.verify("correct horse battery stapl", first), is(false));
        assertThat(OWASP.needsRehash(first), is(false));
    }

    @Test
    void unicodeIsNormalisedSoTheSamePasswordTypedDifferentlyMatches() {
        String composed = "wachtwoord met \u00e9\u00e9n accent";
        String decomposed = "wachtwoord met e\u0301e\u0301n accent";
        assertThat(OWASP.verify(decomposed, OWASP.hash(composed)), is(true));
    }

    @Test
    void malformedOrForeignHashesNeverMatchAndAskForARehash() {
        for (String bad : new String[] {null, "", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
                                        "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
                                        "$2a$10$abcdefghijklmnopqrstuv", "$argon2id$v=19$m=x$y$z"}) {
            assertThat(String.valueOf(bad), OWASP.verify("password", bad), is(false));
            assertThat(OWASP.needsRehash(bad), is(true));
        }
        PasswordHasher cheaper = new PasswordHasher(new PasswordHasher.Params(8 * 1024, 1, 1), 1);
        assertThat(OWASP.needsRehash(cheaper.hash("een ander wachtwoord")), is(true));
        assertThat(OWASP.verify("een ander wachtwoord", cheaper.hash("een ander wachtwoord")), is(true));
    }

    /** Prints the median time of one verification with the production parameters (the cost of one login). */
    @Test
    void loginVerificationMedianWithProductionParameters() {
        String phc = OWASP.hash("een lange zin als wachtwoord");
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            assertThat(OWASP.verify("een lange zin als wachtwoord", phc), is(true));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p50 = nanos[nanos.length / 2] / 1e6;
        System.out.printf("Argon2id m=19456 KiB t=2 p=1: verify p50 %.1f ms, p90 %.1f ms%n", p50,
                          nanos[(int) (nanos.length * 0.9)] / 1e6);
        assertThat("a login must stay well under a second", p50, lessThan(1000.0));
    }

    @Test
    void aHashWaitsWhileAllPermitsAreInUse() throws Exception {
        PasswordHasher hasher = new PasswordHasher(new PasswordHasher.Params(8 * 1024, 1, 1), 2);
        var field = PasswordHasher.class.getDeclaredField("permits");
        field.setAccessible(true);
        java.util.concurrent.Semaphore permits = (java.util.concurrent.Semaphore) field.get(hasher);
        permits.acquire(2);
        java.util.concurrent.atomic.AtomicReference<String> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread waiting = Thread.ofVirtual().start(() -> result.set(hasher.hash("een wachtwoord van lengte")));
        while (!permits.hasQueuedThreads()) {
            Thread.onSpinWait();
        }
        assertThat(result.get() == null, is(true));
        permits.release(2);
        waiting.join();
        assertThat(hasher.verify("een wachtwoord van lengte", result.get()), is(true));
        assertThat(permits.availablePermits(), is(2));
    }
}
