package nl.passendwijzer.server.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.auth.JsonBodies;
import nl.passendwijzer.server.auth.StaffAudit;
import nl.passendwijzer.server.auth.StaffAuth;
import nl.passendwijzer.server.auth.StaffPrincipal;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.regio.SwvRepository;
import nl.passendwijzer.server.staff.InboxViews.Instellingen;
import nl.passendwijzer.server.staff.InboxViews.Sjabloon;
import nl.passendwijzer.server.staff.InboxViews.SjabloonVerzoek;

/**
 * {@code /api/swv-beheer/{code}}: an SWV's informatiepunt settings and reply templates. Members read; coordinators
 * change. Anyone who is not a member (a beheerder too) gets 404, as if the SWV did not exist.
 */
public final class SwvBeheerService implements HttpService {
    private final StaffAuth auth;
    private final SwvRepository swvs;
    private final SwvInstellingen instellingen;
    private final SjabloonRepository sjablonen;
    private final StaffAudit audit;
    private final Clock clock;

    public SwvBeheerService(StaffAuth auth, SwvRepository swvs, SwvInstellingen instellingen, SjabloonRepository sjablonen,
                            StaffAudit audit, Clock clock) {
        this.auth = auth;
        this.swvs = swvs;
        this.instellingen = instellingen;
        this.sjablonen = sjablonen;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{code}", this::settings)
                .put("/{code}", this::saveSettings)
                .get("/{code}/sjablonen", this::templates)
                .post("/{code}/sjablonen", this::createTemplate)
                .put("/{code}/sjablonen/{id}", this::updateTemplate)
                .delete("/{code}/sjablonen/{id}", this::deleteTemplate);
    }

    private void settings(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        res.send(view(member(who, req)));
    }

    private void saveSettings(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        String swv = coordinator(who, req);
        SwvInstellingen.Wijziging wijziging = instellingen.validated(JsonBodies.read(req, SwvInstellingen.Wijziging.class));
        instellingen.save(swv, wijziging, clock.instant());
        audit.log(who.id(), "swv-instellingen-gewijzigd", "swv", swv, swv);
        res.send(view(swv));
    }

    private void templates(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        res.send(sjablonen.list(member(who, req)).stream().map(Sjabloon::of).toList());
    }

    private void createTemplate(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        String swv = coordinator(who, req);
        SjabloonVerzoek body = valid(JsonBodies.read(req, SjabloonVerzoek.class));
        SjabloonRepository.Sjabloon created = sjablonen.create(swv, body.titel(), body.tekst(), clock.instant());
        audit.log(who.id(), "sjabloon-aangemaakt", "sjabloon", created.id(), swv);
        res.status(Status.CREATED_201).send(Sjabloon.of(created));
    }

    private void updateTemplate(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        String swv = coordinator(who, req);
        String id = req.path().pathParameters().get("id");
        SjabloonVerzoek body = valid(JsonBodies.read(req, SjabloonVerzoek.class));
        if (!sjablonen.update(swv, id, body.titel(), body.tekst(), clock.instant())) {
            throw templateNotFound();
        }
        audit.log(who.id(), "sjabloon-gewijzigd", "sjabloon", id, swv);
        res.send(Sjabloon.of(sjablonen.find(swv, id).orElseThrow(SwvBeheerService::templateNotFound)));
    }

    private void deleteTemplate(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        String swv = coordinator(who, req);
        String id = req.path().pathParameters().get("id");
        if (!sjablonen.delete(swv, id)) {
            throw templateNotFound();
        }
        audit.log(who.id(), "sjabloon-verwijderd", "sjabloon", id, swv);
        res.status(Status.NO_CONTENT_204).send();
    }

    private Instellingen view(String swv) {
        SwvRepository.SwvRecord r = swvs.find(swv).orElseThrow(SwvBeheerService::swvNotFound);
        SwvRepository.Informatiepunt ip = r.informatiepunt();
        return new Instellingen(r.code(), ip.naam().orElse(null), ip.email().orElse(null), ip.telefoon().orElse(null),
                                ip.website().orElse(null), ip.openingstijden().orElse(null), ip.placeholder(),
                                r.antwoordtermijnWerkdagen());
    }

    private static String member(StaffPrincipal who, ServerRequest req) {
        String swv = req.path().pathParameters().get("code").toUpperCase(Locale.ROOT);
        if (!who.isMember(swv)) {
            throw swvNotFound();
        }
        return swv;
    }

    private static String coordinator(StaffPrincipal who, ServerRequest req) {
        String swv = member(who, req);
        if (!who.isCoordinator(swv)) {
            throw new ProblemException(Status.FORBIDDEN_403, "coordinator-only", "Niet toegestaan",
                                       "Alleen een coördinator van dit samenwerkingsverband kan dit wijzigen.");
        }
        return swv;
    }

    private static SjabloonVerzoek valid(SjabloonVerzoek body) {
        String titel = body.titel() == null ? "" : body.titel().strip();
        String tekst = body.tekst() == null ? "" : body.tekst().strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (titel.isEmpty() || titel.length() > 200) {
            problems.add(new FieldProblem("titel", "invalid", "Geef een titel van hoogstens 200 tekens."));
        }
        if (tekst.isEmpty() || tekst.length() > 10_000) {
            problems.add(new FieldProblem("tekst", "invalid", "Schrijf een tekst van hoogstens 10.000 tekens."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields("Controleer het sjabloon.", problems);
        }
        return new SjabloonVerzoek(titel, tekst);
    }

    private static ProblemException swvNotFound() {
        return ProblemException.notFound("swv-not-found", "Dit samenwerkingsverband bestaat niet of hoort niet bij u.");
    }

    private static ProblemException templateNotFound() {
        return ProblemException.notFound("sjabloon-not-found", "Dit sjabloon bestaat niet.");
    }
}
