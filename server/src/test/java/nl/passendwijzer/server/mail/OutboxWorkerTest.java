package nl.passendwijzer.server.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Failed sends are retried with exponential backoff and given up after the maximum number of attempts. */
class OutboxWorkerTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aFailingServerIsRetriedWithDoublingWaitsThenSucceeds() {
        Portal portal = TestPortals.shared();
        ManualClock clock = new ManualClock();
        Outbox outbox = new Outbox(portal.database().dbClient(), clock);
        String to = "retry-" + System.nanoTime() + "@example.org";
        outbox.enqueue(portal.database().dbClient().execute(), "test", null, to, "Onderwerp", "Inhoud");
        List<String> delivered = new ArrayList<>();
        int[] failuresLeft = {3};
        Mailer flaky = (recipient, subject, body) -> {
            if (!recipient.equals(to)) {
                return;
            }
            if (failuresLeft[0]-- > 0) {
                throw new Mailer.MailFailure("SMTP down", null);
            }
            delivered.add(recipient);
        };
        MailSettings settings = MailSettings.none().withSmtp("x", 25);
        OutboxWorker worker = new OutboxWorker(outbox, Optional.of(flaky), settings, clock);
        assertThat(worker.backoff(1), is(Duration.ofMillis(200)));
        assertThat(worker.backoff(3), is(Duration.ofMillis(800)));
        assertThat(worker.backoff(40), is(Duration.ofHours(6)));

        worker.runOnce();
        assertThat(delivered.size(), is(0));
        worker.runOnce();
        assertThat("not due yet: nothing is tried again", failuresLeft[0], is(2));
        clock.advance(Duration.ofMillis(200));
        worker.runOnce();
        clock.advance(Duration.ofMillis(400));
        worker.runOnce();
        assertThat(failuresLeft[0], is(0));
        clock.advance(Duration.ofMillis(800));
        worker.runOnce();
        assertThat(delivered, is(List.of(to)));
    }
}
