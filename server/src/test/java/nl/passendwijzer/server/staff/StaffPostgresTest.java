package nl.passendwijzer.server.staff;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.passendwijzer.server.MutableClock;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalSettings;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.auth.Accounts;
import nl.passendwijzer.server.auth.Rol;
import nl.passendwijzer.server.auth.StaffPrincipal;
import nl.passendwijzer.server.db.DatabaseSettings;
import nl.passendwijzer.server.db.DatabaseType;
import nl.passendwijzer.server.http.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Accounts, sessions, throttling and the inbox SQL on a real PostgreSQL (required on CI). */
class StaffPostgresTest {
    private static final String SCHEMA = "pw_staff_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static PortalSettings settings;
    private static Portal portal;
    private static MutableClock clock;
    private static StaffFixture fixture;

    @BeforeAll
    static void start(@TempDir Path dataDir) throws SQLException {
        Optional<PortalSettings> configured = TestPortals.postgresSettings(dataDir);
        if (configured.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI must run the PostgreSQL tests: set PW_TEST_PG_URL (see .ci/run)");
        }
        assumeTrue(configured.isPresent(), "skipped: no PostgreSQL configured (set PW_TEST_PG_URL to run these)");
        PortalSettings base = configured.get();
        execute(base, "CREATE SCHEMA " + SCHEMA);
        String url = base.database().url() + (base.database().url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        settings = new PortalSettings(base.dataDir(),
                                      new DatabaseSettings(url, base.database().username(), base.database().password(), 4),
                                      base.landelijkLoket(), base.defaultAntwoordtermijnWerkdagen());
        clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        portal = Portal.start(settings, clock);
        fixture = new StaffFixture(portal, clock);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (portal != null) {
            portal.close();
            execute(settings, "DROP SCHEMA " + SCHEMA + " CASCADE");
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

    private static void execute(PortalSettings s, String sql) throws SQLException {
        String url = s.database().url().replaceAll("[?&]currentSchema=[^&]*", "");
        try (Connection c = DriverManager.getConnection(url, s.database().username(), s.database().password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
