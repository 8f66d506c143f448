package nl.passendwijzer.server.auth;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.auth.MedewerkerViews.AccountVerzoek;
import nl.passendwijzer.server.auth.MedewerkerViews.AccountView;
import nl.passendwijzer.server.auth.MedewerkerViews.CodeVerzoek;
import nl.passendwijzer.server.auth.MedewerkerViews.Ik;
import nl.passendwijzer.server.auth.MedewerkerViews.LoginVerzoek;
import nl.passendwijzer.server.auth.MedewerkerViews.SwvRol;
import nl.passendwijzer.server.auth.MedewerkerViews.Uitgelogd;
import nl.passendwijzer.server.auth.MedewerkerViews.Uitnodiging;
import nl.passendwijzer.server.auth.MedewerkerViews.WachtwoordIngesteld;
import nl.passendwijzer.server.auth.MedewerkerViews.WachtwoordVerzoek;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.http.ProblemHandlers;

/** {@code /api/medewerker}: sign in and out, set a password, TOTP, the signed-in account, and account management. */
public final class MedewerkerService implements HttpService {
    private final StaffAuth auth;
    private final Accounts accounts;

    public MedewerkerService(StaffAuth auth) {
        this.auth = auth;
        this.accounts = auth.accounts();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/login", this::login)
                .post("/logout", this::logout)
                .post("/uitloggen-overal", this::logoutEverywhere)
                .post("/wachtwoord-instellen", this::setPassword)
                .get("/ik", this::me)
                .post("/totp", this::startTotp)
                .post("/totp/bevestigen", this::confirmTotp)
                .get("/accounts", this::listAccounts)
                .post("/accounts", this::createAccount)
                .post("/accounts/{id}/uitnodiging", this::invite)
                .delete("/accounts/{id}", this::removeAccount);
    }

    private void login(ServerRequest req, ServerResponse res) {
        auth.requireSameSite(req);
        LoginVerzoek body = JsonBodies.read(req, LoginVerzoek.class);
        Accounts.SignedIn signedIn;
        try {
            signedIn = accounts.login(body.email(), body.wachtwoord(), body.code(),
                                      req.remotePeer().host());
        } catch (Accounts.TooManyAttempts e) {
            res.headers().set(HeaderNames.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
            ProblemHandlers.send(res, e.toProblem());
            return;
        }
        auth.setCookie(req, res, signedIn.sessionToken());
        res.send(ik(signedIn.principal(), signedIn.csrfToken()));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        accounts.logout(who);
        auth.clearCookie(req, res);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void logoutEverywhere(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        long ended = accounts.logoutEverywhere(who);
        auth.clearCookie(req, res);
        res.send(new Uitgelogd(ended));
    }

    private void setPassword(ServerRequest req, ServerResponse res) {
        auth.requireSameSite(req);
        WachtwoordVerzoek body = JsonBodies.read(req, WachtwoordVerzoek.class);
        Accounts.PasswordSet set = accounts.setPassword(body.token(), body.wachtwoord());
        res.send(new WachtwoordIngesteld(set.totpGeheim().isPresent(), set.totpGeheim().orElse(null),
                                         set.otpauthUri().orElse(null)));
    }

    private void me(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        res.send(ik(who, Accounts.csrfToken(auth.sessionToken(req).orElseThrow())));
    }

    private void startTotp(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        String secret = accounts.startTotp(who);
        res.send(new MedewerkerViews.TotpStart(secret, Totp.otpauthUri(secret, who.email())));
    }

    private void confirmTotp(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        accounts.confirmTotp(who, JsonBodies.read(req, CodeVerzoek.class).code());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void listAccounts(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        Optional<String> swv = req.query().first("swv").asOptional();
        res.send(accounts.list(who, swv).stream().map(AccountView::of).toList());
    }

    private void createAccount(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        AccountVerzoek body = JsonBodies.read(req, AccountVerzoek.class);
        Rol rol = Rol.parse(body.rol()).orElseThrow(() -> ProblemException.invalidFields(
                "Controleer de gegevens van het account.",
                java.util.List.of(new FieldProblem("rol", "invalid", "Kies medewerker, coordinator of beheerder."))));
        Set<String> swvs = new TreeSet<>(body.swv() == null ? java.util.List.of() : body.swv());
        Accounts.Invitation invitation = accounts.create(Optional.of(who), body.email(), body.naam(), rol, swvs);
        res.status(Status.CREATED_201).send(Uitnodiging.of(invitation));
    }

    private void invite(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        res.send(Uitnodiging.of(accounts.invite(Optional.of(who), accountId(req))));
    }

    private void removeAccount(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        accounts.remove(who, accountId(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private static long accountId(ServerRequest req) {
        try {
            return Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            throw Accounts.accountNotFound();
        }
    }

    private Ik ik(StaffPrincipal who, String csrf) {
        return new Ik(who.id(), who.naam(), who.email(), who.beheerder(), SwvRol.of(who.swvRollen()),
                      accounts.totpActive(who.id()), csrf);
    }
}
