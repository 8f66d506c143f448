package nl.passendwijzer.server.intake;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.mail.MailSettings;
import nl.passendwijzer.server.routing.VraagSector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** E-mail through a real SMTP server (GreenMail, in process): a link and the reference, never the content. */
class NotificatieMailTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);
    private static Portal portal;

    @BeforeAll
    static void start() {
        portal = IntakeTestPortals.start(IntakeSettings.defaults().withLimits(1000, 1000).withMinimaleInvultijd(Duration.ZERO),
                                         MailSettings.none().withSmtp("127.0.0.1", GREEN_MAIL.getSmtp().getPort()));
        portal.database().dbClient().execute().update(
                "UPDATE informatiepunt SET email = ?, placeholder = FALSE WHERE swv_code = ?", "ojip@po2707.example", "PO2707");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static NieuweVraag vraag(String tekst) {
        return new NieuweVraag("ouder", Optional.empty(), Optional.empty(), Optional.of("sanne@example.org"),
                               Optional.empty(), "email", VraagSector.PO, Optional.of(6), Optional.empty(),
                               Optional.empty(), new Pc4("1011"), Categorie.AANMELDEN_ZORGPLICHT, tekst, false,
                               Optional.empty(), Toestemming.VERSIE);
    }

    @Test
    void theInformatiepuntGetsAMailForANewQuestionAndTheAskerOneForAnAnswerBothWithoutContent() throws Exception {
        String geheim = "Mijn zoon Pieter heeft autisme en zit op De Regenboog";
        IntakeService.Ingediend ingediend = portal.intakeService().indienen(vraag(geheim), Optional.empty(), "h");
        assertThat(GREEN_MAIL.waitForIncomingEmail(15_000, 1), is(true));
        MimeMessage toOjip = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(toOjip.getAllRecipients()[0].toString(), is("ojip@po2707.example"));
        assertThat(toOjip.getSubject(), containsString(ingediend.referentie()));
        assertThat(GreenMailUtil.getBody(toOjip), not(containsString("Pieter")));
        assertThat(GreenMailUtil.getBody(toOjip), containsString("/medewerker/"));

        VraagRepository repo = portal.vraagRepository();
        long id = repo.findByReferentie(ingediend.referentie()).orElseThrow().id();
        repo.inTransaction(tx -> {
            repo.addBericht(tx, id, BerichtSoort.ANTWOORD, "Antwoord met Pieter erin", "medewerker:1",
                            java.time.OffsetDateTime.now());
            portal.notificaties().antwoordGeplaatst(tx, id);
            return null;
        });
        assertThat(GREEN_MAIL.waitForIncomingEmail(15_000, 2), is(true));
        MimeMessage toAsker = GREEN_MAIL.getReceivedMessages()[1];
        assertThat(toAsker.getAllRecipients()[0].toString(), is("sanne@example.org"));
        assertThat(GreenMailUtil.getBody(toAsker), containsString("referentie=" + ingediend.referentie()));
        assertThat(GreenMailUtil.getBody(toAsker), not(containsString("Pieter")));
        assertThat(Await.until(Duration.ofSeconds(15), () -> sentAndCleared(id) == 2L), is(true));
    }

    private static long sentAndCleared(long id) {
        return portal.database().dbClient().execute()
                           .query("SELECT COUNT(*) AS n FROM outbox WHERE status = 'verzonden' AND ontvanger IS NULL "
                                          + "AND vraag_id = ?", id)
                           .map(r -> nl.passendwijzer.server.db.Rows.longValue(r, "n")).findFirst().orElseThrow();
    }
}
