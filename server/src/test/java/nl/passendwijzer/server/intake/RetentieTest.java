package nl.passendwijzer.server.intake;

import java.time.OffsetDateTime;
import java.util.List;

import nl.passendwijzer.server.Portal;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Personal data of closed questions is anonymised after the retention period, once, with an audit row. */
class RetentieTest {

    @Test
    void aQuestionClosedThirteenMonthsAgoIsAnonymisedAndARecentOneIsKept() {
        Portal portal = IntakeTestPortals.shared();
        VraagRepository repo = portal.vraagRepository();
        long old = repo.inTransaction(tx -> repo.insert(tx, VraagRepositorySpec.invoer(VraagRepositorySpec.uniqueReferentie())));
        long recent = repo.inTransaction(tx -> repo.insert(tx, VraagRepositorySpec.invoer(VraagRepositorySpec.uniqueReferentie())));
        repo.inTransaction(tx -> repo.changeStatus(tx, old, VraagStatus.GESLOTEN, "medewerker:1",
                                                   OffsetDateTime.now().minusMonths(13)));
        repo.inTransaction(tx -> repo.changeStatus(tx, recent, VraagStatus.GESLOTEN, "medewerker:1",
                                                   OffsetDateTime.now().minusMonths(2)));

        assertThat(portal.intakeJobs().anonymiseer(), greaterThanOrEqualTo(1));
        Vraag anonymised = repo.find(old).orElseThrow();
        assertThat(anonymised.geanonimiseerdOp().isPresent(), is(true));
        assertThat(anonymised.email().isPresent(), is(false));
        assertThat(anonymised.tekst().isPresent(), is(false));
        assertThat(anonymised.status(), is(VraagStatus.GESLOTEN));
        assertThat(anonymised.categorie(), is("aanmelden-zorgplicht"));
        List<String> acties = repo.audit(old).stream().map(AuditRegel::actie).toList();
        assertThat(acties, hasItem("geanonimiseerd"));
        assertThat(repo.find(recent).orElseThrow().tekst().isPresent(), is(true));

        assertThat("idempotent", portal.intakeJobs().anonymiseer(), is(0));
        assertThat(repo.audit(old).stream().filter(a -> a.actie().equals("geanonimiseerd")).count(), is(1L));
    }
}
