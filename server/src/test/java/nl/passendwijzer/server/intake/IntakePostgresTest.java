package nl.passendwijzer.server.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PostgresSchema;
import nl.passendwijzer.server.PortalSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The intake repository and service on a real PostgreSQL, in a schema of their own (required on CI). */
class IntakePostgresTest {
    private static PostgresSchema schema;
    private static PortalSettings settings;
    private static Portal portal;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        schema = PostgresSchema.required("pw_intake", dataDir);
        settings = schema.settings();
        portal = Portal.start(settings, Clock.systemDefaultZone());
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
            schema.close();
        }
    }

    @Test
    void aQuestionLivesThroughMessagesStatusTransferAndErasureOnPostgres() {
        VraagRepositorySpec.assertFullLifeCycle(portal);
    }

    @Test
    void submitReadFollowUpAndWithdrawThroughTheServiceOnPostgres() {
        NieuweVraag vraag = new NieuweVraag("leerling", Optional.of("12-15"), Optional.empty(), Optional.empty(),
                                            Optional.empty(), "alleen-site",
                                            nl.passendwijzer.server.routing.VraagSector.VO, Optional.of(14),
                                            Optional.empty(), Optional.empty(), new nl.passendwijzer.content.regio.Pc4("1011"),
                                            Categorie.THUISZITTEN, "Ik zit al drie weken thuis, wat kan ik doen?", true,
                                            Optional.of(java.time.LocalDate.now().minusDays(3)), Toestemming.VERSIE);
        String key = "pg-" + UUID.randomUUID();
        IntakeService.Ingediend first = portal.intakeService().indienen(vraag, Optional.of(key), "hash");
        IntakeService.Ingediend again = portal.intakeService().indienen(vraag, Optional.of(key), "hash");
        org.hamcrest.MatcherAssert.assertThat(again.json(), org.hamcrest.Matchers.is(first.json()));
        String volgcode;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(first.json()))) {
            volgcode = reader.readObject().getString("volgcode");
        }
        var status = portal.intakeService().status(first.referentie(), volgcode).orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(status.swv().code(), org.hamcrest.Matchers.is("VO2708"));
        org.hamcrest.MatcherAssert.assertThat(status.urgent(), org.hamcrest.Matchers.is(true));
        portal.intakeService().reageer(first.referentie(), volgcode, "Nog een vraag erbij.").orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(portal.intakeService().intrekken(first.referentie(), volgcode),
                                              org.hamcrest.Matchers.is(true));
        org.hamcrest.MatcherAssert.assertThat(portal.intakeService().status(first.referentie(), volgcode).isPresent(),
                                              org.hamcrest.Matchers.is(false));
    }

}
