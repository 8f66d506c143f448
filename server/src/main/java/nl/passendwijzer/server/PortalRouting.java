package nl.passendwijzer.server;

import java.util.LinkedHashMap;
import java.util.Map;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import nl.passendwijzer.server.auth.MedewerkerService;
import nl.passendwijzer.server.auth.StaffAuth;
import nl.passendwijzer.server.http.ProblemHandlers;
import nl.passendwijzer.server.http.SecurityHeaders;
import nl.passendwijzer.server.rechten.RechtenService;
import nl.passendwijzer.server.regio.SwvRepository;
import nl.passendwijzer.server.regio.SwvService;
import nl.passendwijzer.server.db.BundledDataVersions;
import nl.passendwijzer.server.scholen.DocumentenService;
import nl.passendwijzer.server.scholen.ScholenLoader;
import nl.passendwijzer.server.scholen.ScholenService;
import nl.passendwijzer.server.scholen.VergelijkService;
import nl.passendwijzer.server.staff.DocumentUploadService;
import nl.passendwijzer.server.staff.InboxService;
import nl.passendwijzer.server.staff.SjabloonRepository;
import nl.passendwijzer.server.staff.SwvBeheerService;
import nl.passendwijzer.server.staff.SwvInstellingen;
import nl.passendwijzer.server.vocabulaire.VocabulaireService;
import nl.passendwijzer.server.web.PageService;
import nl.passendwijzer.server.zoeken.ZoekServices;

/** The one place where every HTTP area is registered. */
public final class PortalRouting {
    private PortalRouting() {
    }

    public static void routing(HttpRouting.Builder routing, Portal portal) {
        routing.addFilter(new SecurityHeaders());
        ProblemHandlers.register(routing);
        apiServices(portal).forEach(routing::register);
        routing.register("/", new PageService(portal.vraagService()::formulier));
    }

    /** Every API area by path prefix; the OpenAPI coverage test walks this map. */
    public static Map<String, HttpService> apiServices(Portal portal) {
        Map<String, HttpService> services = new LinkedHashMap<>();
        services.put("/api/swv", new SwvService(portal.swvDirectory()));
        services.put("/api/rechten", new RechtenService(portal.rechtenRepository()));
        services.put("/api/vocabulaire", new VocabulaireService(portal.vocabulaire()));
        services.put("/api/scholen", new ScholenService(portal.schoolRepository(), portal.schoolViews()));
        services.put("/api/vergelijk", new VergelijkService(portal.schoolViews()));
        services.put("/api/documenten", new DocumentenService(portal.schoolRepository()));
        ZoekServices zoeken = new ZoekServices(portal.search(), portal.database().dbClient(), portal.vocabulaire(),
                                               portal.swvDirectory(), portal.settings().search());
        services.put("/api/zoek", zoeken.zoek());
        services.put("/api/suggesties", zoeken.suggesties());
        services.put("/api/vragen", portal.vraagService());
        StaffAuth staffAuth = new StaffAuth(portal.accounts());
        services.put("/api/medewerker", new MedewerkerService(staffAuth));
        services.put("/api/inbox", new InboxService(staffAuth, portal.inbox(), portal.accounts().repository()));
        var db = portal.database().dbClient();
        services.put("/api/swv-beheer", new SwvBeheerService(staffAuth, new SwvRepository(db), new SwvInstellingen(db),
                                                             new SjabloonRepository(db), portal.accounts().audit(),
                                                             portal.clock()));
        services.put("/api/schooldocumenten", new DocumentUploadService(
                staffAuth, portal.schoolRepository(),
                new ScholenLoader(new BundledDataVersions(db, portal.clock()), db), db, portal.search(),
                portal.accounts().audit()));
        return services;
    }
}
