package nl.passendwijzer.server.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.auth.AccountRepository;
import nl.passendwijzer.server.auth.JsonBodies;
import nl.passendwijzer.server.auth.StaffAuth;
import nl.passendwijzer.server.auth.StaffPrincipal;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.intake.Categorie;
import nl.passendwijzer.server.intake.VraagStatus;
import nl.passendwijzer.server.staff.InboxViews.Aangemaakt;
import nl.passendwijzer.server.staff.InboxViews.DoorsturenVerzoek;
import nl.passendwijzer.server.staff.InboxViews.StatusAntwoord;
import nl.passendwijzer.server.staff.InboxViews.StatusVerzoek;
import nl.passendwijzer.server.staff.InboxViews.TekstVerzoek;
import nl.passendwijzer.server.staff.InboxViews.ToewijzenVerzoek;

/** {@code /api/inbox}: the questions of the caller's samenwerkingsverbanden, their details, actions and figures. */
public final class InboxService implements HttpService {
    private static final int MAX_PER = 100;

    private final StaffAuth auth;
    private final Inbox inbox;
    private final AccountRepository accounts;

    public InboxService(StaffAuth auth, Inbox inbox, AccountRepository accounts) {
        this.auth = auth;
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/statistiek", this::statistics)
                .get("/{id}", this::detail)
                .post("/{id}/toewijzen", this::assign)
                .post("/{id}/antwoord", this::answer)
                .post("/{id}/notitie", this::note)
                .post("/{id}/meer-informatie", this::askMore)
                .post("/{id}/status", this::status)
                .post("/{id}/doorsturen", this::transfer);
    }

    private void list(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        InboxFilter filter = filter(req, who);
        InboxRepository.Page page = inbox.list(who, filter);
        LocalDate today = inbox.today();
        res.send(new InboxViews.Lijst(page.totaal(), filter.pagina(), filter.per(),
                                      page.items().stream().map(i -> InboxViews.Item.of(i, today)).toList()));
    }

    private void detail(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        Inbox.Detail detail = inbox.detail(who, id(req));
        String naam = detail.toegewezenAan().flatMap(accounts::find).map(a -> a.naam()).orElse(null);
        res.send(InboxViews.Detail.of(detail, inbox.today(), naam));
    }

    private void assign(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        long id = id(req);
        ToewijzenVerzoek body = req.content().hasEntity() ? JsonBodies.read(req, ToewijzenVerzoek.class)
                : new ToewijzenVerzoek(null, null);
        Optional<Long> target = Boolean.TRUE.equals(body.niemand()) ? Optional.empty()
                : Optional.of(body.medewerker() == null ? who.id() : body.medewerker());
        inbox.assign(who, id, target);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void answer(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        long id = id(req);
        long bericht = inbox.answer(who, id, JsonBodies.read(req, TekstVerzoek.class).tekst());
        res.status(Status.CREATED_201).send(new Aangemaakt(bericht));
    }

    private void note(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        long id = id(req);
        long bericht = inbox.note(who, id, JsonBodies.read(req, TekstVerzoek.class).tekst());
        res.status(Status.CREATED_201).send(new Aangemaakt(bericht));
    }

    private void askMore(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        long id = id(req);
        long bericht = inbox.askMoreInformation(who, id, JsonBodies.read(req, TekstVerzoek.class).tekst());
        res.status(Status.CREATED_201).send(new Aangemaakt(bericht));
    }

    private void status(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        long id = id(req);
        String code = JsonBodies.read(req, StatusVerzoek.class).status();
        VraagStatus target = VraagStatus.parse(code).orElseThrow(() -> ProblemException.invalidFields(
                "Onbekende status.", List.of(new FieldProblem("status", "invalid", "Kies in-behandeling of gesloten."))));
        res.send(new StatusAntwoord(inbox.changeStatus(who, id, target).code()));
    }

    private void transfer(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        long id = id(req);
        DoorsturenVerzoek body = JsonBodies.read(req, DoorsturenVerzoek.class);
        inbox.transfer(who, id, body.swv(), body.reden());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void statistics(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        String swv = req.query().first("swv").asOptional().map(s -> s.toUpperCase(Locale.ROOT))
                .or(() -> who.swvs().size() == 1 ? Optional.of(who.swvs().iterator().next()) : Optional.empty())
                .orElseThrow(() -> ProblemException.badRequest("swv-required", "Kies een samenwerkingsverband (swv=...)."));
        if (!who.isMember(swv)) {
            throw ProblemException.notFound("swv-not-found", "Dit samenwerkingsverband bestaat niet of hoort niet bij u.");
        }
        LocalDate today = inbox.today();
        LocalDate van = date(req, "van").orElse(today.withDayOfMonth(1));
        LocalDate tot = date(req, "tot").orElse(today);
        if (tot.isBefore(van) || van.plusYears(5).isBefore(tot)) {
            throw ProblemException.badRequest("invalid-period", "Kies een periode waarin 'van' voor 'tot' ligt (hoogstens vijf jaar).");
        }
        inbox.syncPauses();
        Statistiek stats = Statistiek.of(swv, van, tot, inbox.repository().statRows(
                swv, van.atStartOfDay(Inbox.ZONE).toInstant(), tot.plusDays(1).atStartOfDay(Inbox.ZONE).toInstant()), today);
        boolean csv = req.query().first("formaat").asOptional().map("csv"::equalsIgnoreCase).orElse(false)
                || req.headers().first(HeaderNames.ACCEPT).map(a -> a.contains("text/csv")).orElse(false);
        if (csv) {
            res.headers().contentType(HttpMediaType.create("text/csv; charset=UTF-8"));
            res.headers().set(HeaderNames.CONTENT_DISPOSITION,
                              "attachment; filename=\"statistiek-" + swv + "-" + van + "-" + tot + ".csv\"");
            res.send(stats.csv());
        } else {
            res.send(stats);
        }
    }

    private InboxFilter filter(ServerRequest req, StaffPrincipal who) {
        List<FieldProblem> problems = new ArrayList<>();
        var q = req.query();
        Set<String> swvs = who.swvs();
        Optional<String> swv = q.first("swv").asOptional().map(s -> s.toUpperCase(Locale.ROOT));
        if (swv.isPresent()) {
            swvs = who.isMember(swv.get()) ? Set.of(swv.get()) : Set.of();
        }
        List<VraagStatus> statussen = new ArrayList<>();
        q.first("status").asOptional().ifPresent(s -> Arrays.stream(s.split(",")).map(String::strip).forEach(code ->
                VraagStatus.parse(code).ifPresentOrElse(statussen::add, () -> problems.add(
                        new FieldProblem("status", "invalid", "Onbekende status: " + safe(code) + ".")))));
        Optional<String> categorie = q.first("categorie").asOptional();
        if (categorie.isPresent() && Categorie.parse(categorie.get()).isEmpty()) {
            problems.add(new FieldProblem("categorie", "invalid", "Onbekende categorie."));
        }
        Optional<Boolean> urgent = bool(q.first("urgent").asOptional(), "urgent", problems);
        boolean teLaat = bool(q.first("teLaat").asOptional(), "teLaat", problems).orElse(false);
        Optional<Integer> binnenDagen = integer(q.first("binnenDagen").asOptional(), "binnenDagen", 0, 365, problems);
        InboxFilter.Toewijzing toewijzing = switch (q.first("toegewezen").asOptional().orElse("alle")) {
            case "mij" -> InboxFilter.Toewijzing.MIJ;
            case "niemand" -> InboxFilter.Toewijzing.NIEMAND;
            case "alle" -> InboxFilter.Toewijzing.ALLE;
            default -> {
                problems.add(new FieldProblem("toegewezen", "invalid", "Kies mij, niemand of alle."));
                yield InboxFilter.Toewijzing.ALLE;
            }
        };
        Optional<String> zoek = q.first("q").asOptional().map(String::strip).filter(s -> !s.isEmpty());
        if (zoek.isPresent() && zoek.get().length() > 200) {
            problems.add(new FieldProblem("q", "too-long", "Zoek met hoogstens 200 tekens."));
        }
        InboxFilter.Sortering sortering = switch (q.first("sorteer").asOptional().orElse("termijn")) {
            case "termijn" -> InboxFilter.Sortering.TERMIJN;
            case "nieuwste" -> InboxFilter.Sortering.NIEUWSTE;
            default -> {
                problems.add(new FieldProblem("sorteer", "invalid", "Sorteer op termijn of nieuwste."));
                yield InboxFilter.Sortering.TERMIJN;
            }
        };
        int pagina = integer(q.first("pagina").asOptional(), "pagina", 1, 100_000, problems).orElse(1);
        int per = integer(q.first("per").asOptional(), "per", 1, MAX_PER, problems).orElse(25);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields("Controleer de filters.", problems);
        }
        return new InboxFilter(swvs, statussen, categorie, urgent, teLaat, binnenDagen, toewijzing, zoek, sortering,
                               pagina, per);
    }

    private static Optional<Boolean> bool(Optional<String> value, String field, List<FieldProblem> problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value.get()) {
            case "true", "ja" -> Optional.of(true);
            case "false", "nee" -> Optional.of(false);
            default -> {
                problems.add(new FieldProblem(field, "invalid", "Gebruik true of false."));
                yield Optional.empty();
            }
        };
    }

    private static Optional<Integer> integer(Optional<String> value, String field, int min, int max,
                                             List<FieldProblem> problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "invalid", "Gebruik een getal van " + min + " tot en met " + max + "."));
        return Optional.empty();
    }

    private static Optional<LocalDate> date(ServerRequest req, String name) {
        Optional<String> value = req.query().first(name).asOptional();
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", "Gebruik een datum als 2026-01-31 voor '" + name + "'.");
        }
    }

    static long id(ServerRequest req) {
        try {
            return Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            throw Inbox.notFound();
        }
    }

    private static String safe(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
