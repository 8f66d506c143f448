package nl.passendwijzer.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.helidon.dbclient.DbClient;
import io.helidon.http.Status;
import nl.passendwijzer.content.regio.SwvCode;
import nl.passendwijzer.server.db.Transactions;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.ProblemException;

/**
 * Staff accounts: creating and inviting them, setting a password with a one-time token, signing in (Argon2id, TOTP,
 * throttling, sessions) and who may manage whom. HTTP-free, so the command line uses the same rules.
 */
public final class Accounts {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final String LOGIN_FAILED = "Het e-mailadres of het wachtwoord klopt niet, of de code ontbreekt. "
            + "Controleer ze en probeer het opnieuw.";

    private final DbClient db;
    private final Clock clock;
    private final AuthSettings settings;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final StaffAudit audit;

    public Accounts(DbClient db, Clock clock, AuthSettings settings) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.accounts = new AccountRepository(db);
        this.sessions = new SessionRepository(db);
        this.hasher = new PasswordHasher(settings.argon2(), settings.maxConcurrentHashes());
        this.policy = PasswordPolicy.bundled();
        this.throttle = new LoginThrottle(db, clock, 5, 30);
        this.audit = new StaffAudit(db, clock);
    }

    public AuthSettings settings() {
        return settings;
    }

    public StaffAudit audit() {
        return audit;
    }

    public AccountRepository repository() {
        return accounts;
    }

    // ---- accounts and invitations -------------------------------------------------------------------------------

    /** A new account's one-time set-password token (shown once) and where to use it. */
    public record Invitation(long medewerkerId, String email, String token, String link, Instant verlooptOp) {
    }

    /**
     * Creates an account. {@code actor} empty means the command line (trusted operator); otherwise a beheerder may
     * create any account, a coordinator only medewerkers and coordinators of SWVs they coordinate.
     */
    public Invitation create(Optional<StaffPrincipal> actor, String emailInput, String naamInput, Rol rol, Set<String> swvs) {
        String email = normalizeEmail(emailInput);
        String naam = naamInput == null ? "" : naamInput.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(new FieldProblem("email", "invalid", "Vul een geldig e-mailadres in."));
        }
        if (naam.isEmpty() || naam.length() > 200) {
            problems.add(new FieldProblem("naam", "invalid", "Vul een naam in (hoogstens 200 tekens)."));
        }
        if (rol != Rol.BEHEERDER && swvs.isEmpty()) {
            problems.add(new FieldProblem("swv", "required", "Kies minstens één samenwerkingsverband."));
        }
        swvs.stream().filter(code -> !SwvCode.isValid(code) && !StaffPrincipal.LANDELIJK_LOKET.equals(code)).findFirst()
                .ifPresent(code -> problems.add(new FieldProblem(
                        "swv", "invalid", "Onbekend samenwerkingsverband: gebruik een code als PO2707 of LANDELIJK.")));
        if (rol == Rol.COORDINATOR && swvs.contains(StaffPrincipal.LANDELIJK_LOKET)) {
            problems.add(new FieldProblem("swv", "invalid", "Het landelijk loket kent alleen medewerkers, geen coördinatoren."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields("Controleer de gegevens van het account.", problems);
        }
        actor.ifPresent(a -> requireMayManage(a, rol, swvs));
        for (String swv : swvs) {
            if (!StaffPrincipal.LANDELIJK_LOKET.equals(swv) && db.execute().get("SELECT code FROM samenwerkingsverband WHERE code = ?", swv).isEmpty()) {
                throw swvNotFound();
            }
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new ProblemException(Status.CONFLICT_409, "account-exists", "Bestaat al",
                                       "Er is al een account met dit e-mailadres.");
        }
        Map<String, Rol> rollen = new TreeMap<>();
        swvs.forEach(swv -> rollen.put(swv, rol == Rol.COORDINATOR ? Rol.COORDINATOR : Rol.MEDEWERKER));
        Instant now = clock.instant();
        String token = Tokens.random();
        Instant expires = now.plus(settings.invitationValidity());
        long id = Transactions.inTransaction(db, tx -> {
            long created = accounts.create(tx, email, naam, rol == Rol.BEHEERDER, rollen, now);
            accounts.storePasswordToken(tx, created, Tokens.sha256(token), expires);
            audit.log(tx, actor.map(StaffPrincipal::id).orElse(null), "account-aangemaakt", "medewerker",
                      String.valueOf(created), null);
            return created;
        });
        return new Invitation(id, email, token, link(token), expires);
    }

    /** A new set-password token for an existing account (lost password, expired invitation); older tokens stop. */
    public Invitation invite(Optional<StaffPrincipal> actor, long id) {
        Account account = visibleAccount(actor, id);
        String token = Tokens.random();
        Instant expires = clock.instant().plus(settings.invitationValidity());
        Transactions.inTransaction(db, tx -> {
            accounts.storePasswordToken(tx, id, Tokens.sha256(token), expires);
            audit.log(tx, actor.map(StaffPrincipal::id).orElse(null), "uitnodiging", "medewerker", String.valueOf(id),
                      null);
            return null;
        });
        return new Invitation(id, account.email(), token, link(token), expires);
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(normalizeEmail(email));
    }

    /** Accounts the actor may manage: all for a beheerder, members of their coordinated SWVs for a coordinator. */
    public List<Account> list(StaffPrincipal actor, Optional<String> swv) {
        if (!actor.beheerder() && actor.coordinatorOf().isEmpty()) {
            throw forbiddenAsNotFound();
        }
        Optional<Set<String>> scope = actor.beheerder() ? Optional.empty() : Optional.of(actor.coordinatorOf());
        if (swv.isPresent()) {
            if (scope.isPresent() && !scope.get().contains(swv.get())) {
                throw swvNotFound();
            }
            scope = Optional.of(Set.of(swv.get()));
        }
        return accounts.list(scope);
    }

    /**
     * A beheerder deactivates the account; a coordinator removes it from the SWVs they coordinate (and deactivates it
     * when no membership is left). Either way all its sessions end.
     */
    public void remove(StaffPrincipal actor, long id) {
        Account account = visibleAccount(Optional.of(actor), id);
        Transactions.inTransaction(db, tx -> {
            if (actor.beheerder()) {
                accounts.deactivate(tx, id);
            } else {
                actor.coordinatorOf().forEach(swv -> accounts.removeMembership(tx, id, swv));
                boolean left = account.swvRollen().keySet().stream().anyMatch(s -> !actor.coordinatorOf().contains(s));
                if (!left) {
                    accounts.deactivate(tx, id);
                }
            }
            audit.log(tx, actor.id(), "account-verwijderd", "medewerker", String.valueOf(id), null);
            return null;
        });
        sessions.deleteAll(id);
    }

    private Account visibleAccount(Optional<StaffPrincipal> actor, long id) {
        Account account = accounts.find(id).orElseThrow(Accounts::accountNotFound);
        if (actor.isPresent() && !actor.get().beheerder()) {
            Set<String> mine = actor.get().coordinatorOf();
            boolean shared = account.swvRollen().keySet().stream().anyMatch(mine::contains);
            if (!shared || account.beheerder() || account.id() == actor.get().id()) {
                throw accountNotFound();
            }
        }
        return account;
    }

    private static void requireMayManage(StaffPrincipal actor, Rol rol, Set<String> swvs) {
        if (actor.beheerder()) {
            return;
        }
        if (rol == Rol.BEHEERDER || actor.coordinatorOf().isEmpty()) {
            throw forbiddenAsNotFound();
        }
        if (!actor.coordinatorOf().containsAll(swvs)) {
            throw swvNotFound();
        }
    }

    // ---- password and TOTP set-up -------------------------------------------------------------------------------

    /** The result of setting a password: for a beheerder (TOTP required) also the new TOTP secret. */
    public record PasswordSet(long medewerkerId, Optional<String> totpGeheim, Optional<String> otpauthUri) {
    }

    public PasswordSet setPassword(String token, String password) {
        if (!Tokens.wellFormed(token)) {
            throw invalidToken();
        }
        // Check the password before using up the token, so a rejected password can be corrected.
        Long peek = db.execute().get("SELECT medewerker_id FROM wachtwoord_token WHERE token_hash = ?", Tokens.sha256(token))
                .map(row -> nl.passendwijzer.server.db.Rows.longValue(row, "medewerker_id")).orElseThrow(Accounts::invalidToken);
        Account before = accounts.find(peek).orElseThrow(Accounts::invalidToken);
        List<FieldProblem> problems = policy.problems(password, before.email());
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields("Kies een ander wachtwoord.", problems);
        }
        String phc = hasher.hash(password);
        Optional<String> totp = before.beheerder() ? Optional.of(Totp.newSecret()) : Optional.empty();
        long id = Transactions.inTransaction(db, tx -> {
            long owner = accounts.consumePasswordToken(tx, Tokens.sha256(token), clock.instant())
                    .orElseThrow(Accounts::invalidToken);
            accounts.setPassword(tx, owner, phc);
            totp.ifPresent(secret -> accounts.setTotp(tx, owner, Optional.of(secret)));
            audit.log(tx, owner, "wachtwoord-ingesteld", "medewerker", String.valueOf(owner), null);
            return owner;
        });
        sessions.deleteAll(id);
        return new PasswordSet(id, totp, totp.map(secret -> Totp.otpauthUri(secret, before.email())));
    }

    /** Starts TOTP set-up for the signed-in account: a new secret that becomes active once a code from it is confirmed. */
    public String startTotp(StaffPrincipal who) {
        String secret = Totp.newSecret();
        db.execute().update("UPDATE medewerker SET totp_nieuw = ? WHERE id = ?", secret, who.id());
        audit.log(who.id(), "totp-gestart", "medewerker", String.valueOf(who.id()), null);
        return secret;
    }

    public void confirmTotp(StaffPrincipal who, String code) {
        Optional<String> pending = db.execute().get("SELECT totp_nieuw FROM medewerker WHERE id = ?", who.id())
                .flatMap(row -> nl.passendwijzer.server.db.Rows.optionalString(row, "totp_nieuw"));
        OptionalLong step = pending.map(secret -> Totp.matchingStep(secret, code, clock.instant()))
                .orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            throw ProblemException.invalidFields("De code klopt niet.", List.of(
                    new FieldProblem("code", "invalid", "Vul de code van zes cijfers uit uw authenticator-app in.")));
        }
        Transactions.inTransaction(db, tx -> {
            accounts.setTotp(tx, who.id(), pending);
            tx.update("UPDATE medewerker SET totp_nieuw = NULL, totp_laatste_stap = ? WHERE id = ?", step.getAsLong(),
                      who.id());
            audit.log(tx, who.id(), "totp-ingesteld", "medewerker", String.valueOf(who.id()), null);
            return null;
        });
    }

    // ---- sign-in and sessions -----------------------------------------------------------------------------------

    /** A new session: the cookie value and the CSRF token derived from it (both shown only to this client). */
    public record SignedIn(String sessionToken, String csrfToken, StaffPrincipal principal) {
    }

    public SignedIn login(String emailInput, String password, String totpCode, String clientAddress) {
        String email = normalizeEmail(emailInput);
        String accountKey = LoginThrottle.accountKey(email);
        String addressKey = LoginThrottle.addressKey(clientAddress);
        throttle.waitFor(accountKey, addressKey).ifPresent(wait -> {
            throw tooManyAttempts(wait);
        });
        String pw = password == null ? "" : password;
        if (pw.length() > 4 * PasswordPolicy.MAX_LENGTH) {
            pw = pw.substring(0, 4 * PasswordPolicy.MAX_LENGTH);
        }
        Optional<Account> found = accounts.findByEmail(email).filter(Account::actief);
        boolean passwordOk;
        if (found.isPresent() && found.get().wachtwoordHash().isPresent()) {
            passwordOk = hasher.verify(pw, found.get().wachtwoordHash().get());
        } else {
            hasher.verifyDummy(pw);
            passwordOk = false;
        }
        if (!passwordOk || !totpAccepted(found.get(), totpCode)) {
            throttle.failed(accountKey, addressKey);
            audit.log(found.map(Account::id).orElse(null), "inloggen-mislukt", null, null, null);
            throw loginFailed();
        }
        Account account = found.get();
        throttle.succeeded(accountKey);
        if (hasher.needsRehash(account.wachtwoordHash().get())) {
            accounts.updatePasswordHash(account.id(), hasher.hash(pw));
        }
        String token = Tokens.random();
        Instant now = clock.instant();
        sessions.create(Tokens.sha256(token), account.id(), now, now.plus(settings.absoluteTimeout()));
        audit.log(account.id(), "ingelogd", "medewerker", String.valueOf(account.id()), null);
        return new SignedIn(token, csrfToken(token), principal(account, Tokens.sha256(token)));
    }

    private boolean totpAccepted(Account account, String code) {
        if (!account.totpRequired()) {
            return true;
        }
        if (account.totpGeheim().isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(account.totpGeheim().get(), code, clock.instant());
        return step.isPresent() && accounts.acceptTotpStep(account.id(), step.getAsLong());
    }

    /** The principal for a session cookie value, if the session exists, is within both timeouts and the account active. */
    public Optional<StaffPrincipal> authenticate(String sessionToken) {
        if (!Tokens.wellFormed(sessionToken)) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(sessionToken);
        Optional<SessionRepository.Session> session = sessions.find(hash);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        SessionRepository.Session s = session.get();
        if (!now.isBefore(s.expires()) || !now.isBefore(s.lastUsed().plus(settings.idleTimeout()))) {
            sessions.delete(hash);
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(s.medewerkerId()).filter(Account::actief);
        if (account.isEmpty()) {
            sessions.delete(hash);
            return Optional.empty();
        }
        // Writing on every request would double the database load; a minute of slack on a 30-minute idle timeout is fine.
        if (Duration.between(s.lastUsed(), now).compareTo(Duration.ofMinutes(1)) > 0) {
            sessions.touch(hash, now);
        }
        return Optional.of(principal(account.get(), hash));
    }

    public void logout(StaffPrincipal who) {
        sessions.delete(who.sessionHash());
        audit.log(who.id(), "uitgelogd", "medewerker", String.valueOf(who.id()), null);
    }

    public long logoutEverywhere(StaffPrincipal who) {
        long ended = sessions.deleteAll(who.id());
        audit.log(who.id(), "overal-uitgelogd", "medewerker", String.valueOf(who.id()), null);
        return ended;
    }

    /** The CSRF token of a session: derived from the secret cookie value, so it is bound to it and needs no storage. */
    public static String csrfToken(String sessionToken) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Tokens.digest("csrf:" + sessionToken));
    }

    private static StaffPrincipal principal(Account account, String sessionHash) {
        return new StaffPrincipal(account.id(), account.email(), account.naam(), account.beheerder(), account.swvRollen(),
                                  sessionHash);
    }

    public boolean totpActive(long id) {
        return accounts.find(id).flatMap(Account::totpGeheim).isPresent();
    }

    private String link(String token) {
        // The token goes in the fragment: browsers send neither it to the server logs nor in a Referer header.
        return settings.publicUrl().replaceAll("/+$", "") + "/medewerker/wachtwoord.html#token=" + token;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    // ---- problems -----------------------------------------------------------------------------------------------

    static ProblemException loginFailed() {
        return new ProblemException(Status.UNAUTHORIZED_401, "login-failed", "Inloggen mislukt", LOGIN_FAILED);
    }

    static ProblemException tooManyAttempts(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new TooManyAttempts(wait, "Te vaak geprobeerd in te loggen. Wacht " + minutes
                + (minutes == 1 ? " minuut" : " minuten") + " en probeer het dan opnieuw.");
    }

    static ProblemException invalidToken() {
        return ProblemException.badRequest("invalid-token", "Deze link is niet (meer) geldig. Vraag een nieuwe "
                + "uitnodiging aan bij uw coördinator of de beheerder.");
    }

    static ProblemException accountNotFound() {
        return ProblemException.notFound("account-not-found", "Dit account bestaat niet of u mag het niet beheren.");
    }

    static ProblemException swvNotFound() {
        return ProblemException.notFound("swv-not-found", "Dit samenwerkingsverband bestaat niet of hoort niet bij u.");
    }

    static ProblemException forbiddenAsNotFound() {
        return ProblemException.notFound("not-found", "Deze pagina of dit gegeven bestaat niet.");
    }

    /** 429 with the time to wait, for the Retry-After header. */
    public static final class TooManyAttempts extends ProblemException {
        private final Duration wait;

        TooManyAttempts(Duration wait, String detail) {
            super(Status.TOO_MANY_REQUESTS_429, "too-many-attempts", "Even wachten", detail);
            this.wait = wait;
        }

        public Duration retryAfter() {
            return wait;
        }
    }
}
