package nl.passendwijzer.server.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passendwijzer.server.Portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Repository behaviour that must hold on H2 and PostgreSQL alike. */
final class VraagRepositorySpec {
    private VraagRepositorySpec() {
    }

    static VraagRepository.Invoer invoer(String referentie) {
        return new VraagRepository.Invoer(referentie, "ab".repeat(32), "PO2707", "ouder", null, "Sanne", "s@example.org",
                                          null, "email", "po", 6, null, null, "1011", "aanmelden-zorgplicht",
                                          "Moet ik mijn zoon bij één school of bij meer scholen aanmelden?", false, false,
                                          LocalDate.of(2026, 3, 2), "2026-1",
                                          new Vraag.Routering("postcode", "Postcode 1011, basisonderwijs",
                                                              List.of("VO2708"), "v1"),
                                          List.of("aanmelden", "zorgplicht"),
                                          OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC),
                                          LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 5, 11));
    }

    static String uniqueReferentie() {
        return "PW-T" + UUID.randomUUID().toString().substring(0, 3).toUpperCase() + "-" +
                UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    }

    /** Insert, read back, messages with and without notes, status, transfer, erase: every step audited. */
    static void assertFullLifeCycle(Portal portal) {
        VraagRepository repo = new VraagRepository(portal.database().dbClient());
        String ref = uniqueReferentie();
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneOffset.UTC);
        long id = repo.inTransaction(tx -> repo.insert(tx, invoer(ref)));

        Vraag stored = repo.findByReferentie(ref).orElseThrow();
        assertThat(stored.id(), is(id));
        assertThat(stored.status(), is(VraagStatus.NIEUW));
        assertThat(stored.swvCode(), is(Optional.of("PO2707")));
        assertThat(stored.pc4(), is(Optional.of("1011")));
        assertThat(stored.aanmelddatum(), is(Optional.of(LocalDate.of(2026, 3, 2))));
        assertThat(stored.zorgplichtUiterlijkVoor(), is(Optional.of(LocalDate.of(2026, 5, 11))));
        assertThat(stored.routering().alternatieven(), contains("VO2708"));
        assertThat(stored.suggesties(), contains("aanmelden", "zorgplicht"));
        assertThat(stored.leeftijd(), is(Optional.of(6)));
        assertThat(repo.findForSwv(id, Optional.of("PO2707")).isPresent(), is(true));
        assertThat(repo.findForSwv(id, Optional.of("PO2708")).isPresent(), is(false));
        assertThat(repo.findForSwv(id, Optional.empty()).isPresent(), is(false));

        repo.inTransaction(tx -> {
            repo.addBericht(tx, id, BerichtSoort.NOTITIE, "Intern: bellen", AuditRegel.medewerker("7"), t);
            repo.addBericht(tx, id, BerichtSoort.ANTWOORD, "U mag bij meer scholen aanmelden.", AuditRegel.medewerker("7"),
                            t.plusMinutes(1));
            return repo.changeStatus(tx, id, VraagStatus.BEANTWOORD, AuditRegel.medewerker("7"), t.plusMinutes(1));
        });
        assertThat(repo.berichten(id, false).size(), is(1));
        assertThat(repo.berichten(id, false).getFirst().soort(), is(BerichtSoort.ANTWOORD));
        assertThat(repo.berichten(id, true).size(), is(2));
        Vraag answered = repo.find(id).orElseThrow();
        assertThat(answered.status(), is(VraagStatus.BEANTWOORD));
        assertThat(answered.eersteAntwoordOp().isPresent(), is(true));

        repo.inTransaction(tx -> repo.changeSwv(tx, id, Optional.empty(), AuditRegel.medewerker("7"), "mbo", t));
        assertThat(repo.find(id).orElseThrow().swvCode(), is(Optional.empty()));
        assertThat(repo.findForSwv(id, Optional.empty()).isPresent(), is(true));

        assertThat(repo.inTransaction(tx -> repo.erase(tx, id, true, AuditRegel.ACTOR_VRAGER, t.plusDays(1))), is(true));
        assertThat(repo.inTransaction(tx -> repo.erase(tx, id, true, AuditRegel.ACTOR_VRAGER, t.plusDays(1))), is(false));
        Vraag erased = repo.find(id).orElseThrow();
        assertThat(erased.status(), is(VraagStatus.INGETROKKEN));
        assertThat(erased.naam(), is(Optional.empty()));
        assertThat(erased.email(), is(Optional.empty()));
        assertThat(erased.tekst(), is(Optional.empty()));
        assertThat(erased.pc4(), is(Optional.empty()));
        assertThat(erased.categorie(), is("aanmelden-zorgplicht"));
        assertThat(erased.sector(), is("po"));
        assertThat(repo.berichten(id, true).size(), is(0));
        assertThat(repo.volgcode(ref).isPresent(), is(false));
        List<String> acties = repo.audit(id).stream().map(AuditRegel::actie).toList();
        assertThat(acties, contains("ingediend", "bericht-notitie", "bericht-antwoord", "status", "doorgestuurd",
                                    "ingetrokken-en-gewist"));
        assertThat(repo.audit(id).stream().map(AuditRegel::actor).toList(), hasItem("medewerker:7"));
    }
}
