package nl.passendwijzer.server.staff;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.passendwijzer.server.MutableClock;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PostgresSchema;
import nl.passendwijzer.server.PortalSettings;
import nl.passendwijzer.server.auth.Accounts;
import nl.passendwijzer.server.auth.Rol;
import nl.passendwijzer.server.auth.StaffPrincipal;
import nl.passendwijzer.server.db.DatabaseType;
import nl.passendwijzer.server.http.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Accounts, sessions, throttling and the inbox SQL on a real PostgreSQL (required on CI). */
class StaffPostgresTest {
    private static PostgresSchema schema;
    private static PortalSettings settings;
    private static Portal portal;
    private static MutableClock clock;
    private static StaffFixture fixture;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        schema = PostgresSchema.required("pw_staff", dataDir);
        settings = schema.settings();
        clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        portal = Portal.start(settings, clock);
        fixture = new StaffFixture(portal, clock);
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
            schema.close();
        }
    }

    @Test
    void accountsSessionsThrottlingAndTotpWorkOnPostgres() {
        assertThat(portal.database().type(), is(DatabaseType.POSTGRESQL));
        StaffFixture.Person beheerder = fixture.person("Joost", Rol.BEHEERDER);
        StaffFixture.Session session = fixture.login(beheerder);
        StaffPrincipal principal = portal.accounts().authenticate(session.cookie()).orElseThrow();
        assertThat(principal.beheerder(), is(true));
        clock.advance(Duration.ofMinutes(31));
        assertThat(portal.accounts().authenticate(session.cookie()).isPresent(), is(false));

        StaffFixture.Person person = fixture.person("Throttle", Rol.MEDEWERKER, "PO2707");
        for (int i = 0; i < 5; i++) {
            assertThrows(ProblemException.class, () -> portal.accounts().login(person.email(), "fout fout fout", null, "10.1.1.1"));
        }
        Accounts.TooManyAttempts wait = assertThrows(Accounts.TooManyAttempts.class, () -> portal.accounts()
                .login(person.email(), StaffFixture.PASSWORD, null, "10.1.1.2"));
        assertThat(wait.retryAfter().toSeconds() > 0, is(true));
    }

    @Test
    void inboxQueriesPausesTemplatesAndSettingsOnPostgres() {
        StaffFixture.Person fatima = fixture.person("Fatima", Rol.COORDINATOR, "PO2707");
        StaffPrincipal who = portal.accounts().authenticate(fixture.login(fatima).cookie()).orElseThrow();
        Inbox inbox = portal.inbox();
        long urgent = fixture.vraag("PO2707", "thuiszitten", "po", true, clock.instant(), LocalDate.of(2026, 3, 5));
        long later = fixture.vraag("PO2707", "opp", "po", false, clock.instant(), LocalDate.of(2026, 3, 20));
        long elsewhere = fixture.vraag("VO2708", "opp", "vo", false, clock.instant(), LocalDate.of(2026, 3, 20));
        InboxFilter all = new InboxFilter(Set.of("PO2707"), List.of(), Optional.empty(), Optional.empty(), false,
                                          Optional.empty(), InboxFilter.Toewijzing.ALLE, Optional.empty(),
                                          InboxFilter.Sortering.TERMIJN, 1, 100);
        List<Long> ids = inbox.list(who, all).items().stream().map(InboxRepository.Item::id).toList();
        assertThat(ids.indexOf(urgent) < ids.indexOf(later), is(true));
        assertThat(ids.contains(elsewhere), is(false));
        InboxFilter search = new InboxFilter(Set.of("PO2707"), List.of(), Optional.of("thuiszitten"), Optional.of(true),
                                             false, Optional.of(5), InboxFilter.Toewijzing.NIEMAND, Optional.of("AUTISME"),
                                             InboxFilter.Sortering.NIEUWSTE, 1, 10);
        assertThat(inbox.list(who, search).items().stream().map(InboxRepository.Item::id).toList().contains(urgent), is(true));

        inbox.assign(who, urgent, Optional.of(who.id()));
        inbox.askMoreInformation(who, urgent, "Sinds wanneer?");
        clock.advance(Duration.ofDays(2));
        inbox.changeStatus(who, urgent, nl.passendwijzer.server.intake.VraagStatus.IN_BEHANDELING);
        Inbox.Detail detail = inbox.detail(who, urgent);
        assertThat(detail.vraag().antwoordVoor(), is(LocalDate.of(2026, 3, 7)));
        assertThat(detail.pauzes().get(0).hervatOp().isPresent(), is(true));
        inbox.answer(who, urgent, "Zo zit het.");
        Statistiek stats = Statistiek.of("PO2707", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                                         inbox.repository().statRows("PO2707", Instant.parse("2026-03-01T00:00:00Z"),
                                                                     Instant.parse("2026-04-01T00:00:00Z")), inbox.today());
        assertThat(stats.aantal() >= 2, is(true));
        assertThat(stats.aandeelBinnenTermijn(), is(1.0));

        SjabloonRepository templates = new SjabloonRepository(portal.database().dbClient());
        String id = templates.create("PO2707", "Titel", "Tekst", clock.instant()).id();
        assertThat(templates.find("VO2708", id).isPresent(), is(false));
        assertThat(templates.update("PO2707", id, "Nieuw", "Tekst 2", clock.instant()), is(true));
        assertThat(templates.delete("VO2708", id), is(false));
        SwvInstellingen instellingen = new SwvInstellingen(portal.database().dbClient());
        instellingen.save("PO2707", instellingen.validated(new SwvInstellingen.Wijziging(
                "Informatiepunt", "info@example.org", null, null, null, 9)), clock.instant());
        assertThat(portal.swvDirectory().find("PO2707").orElseThrow().antwoordtermijnWerkdagen(), is(9));
    }

    @Test
    void theLandelijkLoketQueueAndItsTransferWorkOnPostgres() {
        StaffFixture.Person lotte = fixture.person("Lotte", Rol.MEDEWERKER, StaffPrincipal.LANDELIJK_LOKET, "VO2708");
        StaffPrincipal loket = portal.accounts().authenticate(fixture.login(lotte).cookie()).orElseThrow();
        StaffPrincipal po = portal.accounts().authenticate(
                fixture.login(fixture.person("Piet", Rol.MEDEWERKER, "PO2707")).cookie()).orElseThrow();
        assertThat(loket.swvs(), is(Set.of(StaffPrincipal.LANDELIJK_LOKET, "VO2708")));
        Inbox inbox = portal.inbox();
        long mbo = fixture.vraag(null, "overstap", "mbo", false, clock.instant(), LocalDate.of(2026, 3, 20));
        long vo = fixture.vraag("VO2708", "opp", "vo", false, clock.instant(), LocalDate.of(2026, 3, 20));
        long poVraag = fixture.vraag("PO2707", "opp", "po", false, clock.instant(), LocalDate.of(2026, 3, 20));
        List<Long> both = ids(inbox, loket, loket.swvs());
        assertThat(both.contains(mbo) && both.contains(vo) && !both.contains(poVraag), is(true));
        assertThat(ids(inbox, loket, Set.of(StaffPrincipal.LANDELIJK_LOKET)).contains(vo), is(false));
        assertThat(ids(inbox, po, po.swvs()).contains(mbo), is(false));
        assertThrows(ProblemException.class, () -> inbox.detail(po, mbo));

        inbox.assign(loket, mbo, Optional.of(loket.id()));
        inbox.transfer(loket, mbo, "PO2707", "Het kind gaat naar de basisschool");
        assertThat(ids(inbox, po, po.swvs()).contains(mbo), is(true));
        assertThat(ids(inbox, loket, loket.swvs()).contains(mbo), is(false));
        assertThat(inbox.detail(po, mbo).vraag().swvCode(), is(Optional.of("PO2707")));
    }

    private static List<Long> ids(Inbox inbox, StaffPrincipal who, Set<String> swvs) {
        InboxFilter filter = new InboxFilter(swvs, List.of(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                                             InboxFilter.Toewijzing.ALLE, Optional.empty(), InboxFilter.Sortering.TERMIJN,
                                             1, 100);
        return inbox.list(who, filter).items().stream().map(InboxRepository.Item::id).toList();
    }
}
