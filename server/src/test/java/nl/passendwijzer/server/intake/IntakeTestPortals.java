package nl.passendwijzer.server.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.helidon.webclient.http1.Http1Client;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalSettings;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.db.DatabaseSettings;
import nl.passendwijzer.server.mail.MailSettings;
import nl.passendwijzer.server.regio.LandelijkLoket;

/** Intake test portals: generous limits and no minimum fill time, unless a test asks otherwise. */
final class IntakeTestPortals {
    /** Suggestions the fake search gives for every question. */
    static final ArtikelSuggesties FAKE_SUGGESTIES = (tekst, doelgroep, max) -> List.of(
            new ArtikelSuggestie("zorgplicht", doelgroep, "Zorgplicht", "Wat de school moet doen.", "/rechten/zorgplicht?doelgroep=" + doelgroep),
            new ArtikelSuggestie("aanmelden", doelgroep, "Aanmelden", "Hoe aanmelden werkt.", "/rechten/aanmelden?doelgroep=" + doelgroep),
            new ArtikelSuggestie("informatiepunt", doelgroep, "Het informatiepunt", "Wie uw vraag leest.", "/rechten/informatiepunt"),
            new ArtikelSuggestie("extra", doelgroep, "Te veel", "Wordt afgekapt.", "/rechten/extra"));
    private static Portal shared;

    private IntakeTestPortals() {
    }

    static synchronized Portal shared() {
        if (shared == null) {
            shared = start(IntakeSettings.defaults().withLimits(100_000, 100_000).withMinimaleInvultijd(Duration.ZERO),
                           MailSettings.none());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    static Portal start(IntakeSettings intake, MailSettings mail) {
        var dir = TestPortals.tempDir("pw-intake");
        PortalSettings settings = new PortalSettings(dir, DatabaseSettings.from(io.helidon.config.Config.empty(), dir),
                                                     new LandelijkLoket("Landelijk loket Passend Wijzer",
                                                                        "loket@example.org", ""), 10)
                .withIntake(intake).withMail(mail);
        Portal portal = Portal.start(settings, Clock.systemDefaultZone());
        portal.artikelSuggesties(FAKE_SUGGESTIES);
        return portal;
    }

    /** A fresh form token from the server. */
    static String token(Http1Client client) {
        try (var response = client.get("/api/vragen/formulier").request()) {
            return nl.passendwijzer.server.TestJson.object(response).getString("formulierToken");
        }
    }

    /** Sanne's question: mother, PC4 1011, primary education. */
    static JsonObjectBuilder sanne(String token) {
        return Json.createObjectBuilder()
                .add("rol", "ouder")
                .add("naam", "Sanne")
                .add("email", "sanne@example.org")
                .add("voorkeurskanaal", "email")
                .add("sector", "po")
                .add("leeftijd", 6)
                .add("postcode", "1011 AB")
                .add("categorie", "aanmelden-zorgplicht")
                .add("vraag", "Moet ik mijn zoon (autisme) bij één school aanmelden of bij meer scholen tegelijk?")
                .add("toestemming", true)
                .add("toestemmingVersie", Toestemming.VERSIE)
                .add("formulierToken", token);
    }

    static JsonObject json(JsonObjectBuilder b) {
        return b.build();
    }
}
