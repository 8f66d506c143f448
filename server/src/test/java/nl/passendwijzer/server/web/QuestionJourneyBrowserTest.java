package nl.passendwijzer.server.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.passendwijzer.server.auth.Accounts;
import nl.passendwijzer.server.auth.Rol;
import nl.passendwijzer.server.staff.SjabloonRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Scenario 2 in a real browser against the real server: a pupil asks a question with the pupil form, a staff member
 * of the SWV it was routed to sets a password, signs in, finds it in the inbox and answers it, and the pupil reads the
 * answer on the tracking page; axe-core runs on every page on the way. And the question form without JavaScript.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionJourneyBrowserTest {
    /** Shorter than the 3 s default so the test waits less; the waiting itself is still on the token's condition. */
    private static final Duration MINIMALE_INVULTIJD = Duration.ofSeconds(1);
    private static final String WACHTWOORD = "paarse giraffe leest krant";
    private static final String ANTWOORD = "Vraag je mentor om een gesprek over extra hulp in de klas.";
    private static final String NOTITIE = "Intern: mentor van school gebeld.";
    private static final String SJABLOON = "Extra hulp in de klas";

    private RunningPortal portal;
    private Browser browser;

    @BeforeAll
    void start() {
        portal = RunningPortal.start(MINIMALE_INVULTIJD);
        try {
            browser = Browser.open(portal.baseUrl());
        } catch (RuntimeException | Error e) {
            portal.close();
            throw e;
        }
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aPupilAsksAStaffMemberAnswersAndThePupilReadsTheAnswer() {
        // The pupil asks a question with the pupil variant of the form.
        browser.go("/vraag?voor=jongeren");
        browser.waitForText(By.id("vraag-titel"), "Stel je vraag");
        assertThat(browser.driver().findElement(By.id("rol-leerling")).isSelected(), is(true));
        browser.driver().findElement(By.id("postcode")).sendKeys("3511");
        new Select(browser.driver().findElement(By.id("sector"))).selectByValue("vo");
        new Select(browser.driver().findElement(By.id("leeftijdsband"))).selectByValue("12-15");
        new Select(browser.driver().findElement(By.id("categorie"))).selectByValue("ondersteuning-op-school");
        browser.driver().findElement(By.id("tekst"))
                .sendKeys("Ik krijg geen extra hulp in de klas, maar ik heb dat wel nodig. Wat kan ik doen?");
        browser.driver().findElement(By.id("toestemming")).click();
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("vraag-jongeren");
        waitForMinimumFillTime();
        browser.driver().findElement(By.id("verstuur")).click();

        // Confirmation: reference, volgcode, expected date, suggested articles.
        String referentie = browser.waitFor(By.id("referentie")).getText();
        String volgcode = browser.driver().findElement(By.id("volgcode")).getText();
        assertThat(referentie, matchesRegex("PW-[0-9A-Z]{4}-[0-9A-Z]{4}"));
        assertThat(volgcode.length(), greaterThan(20));
        String bevestiging = browser.driver().findElement(By.id("bevestiging")).getText();
        assertThat(bevestiging, containsString("Je vraag is verstuurd"));
        assertThat(bevestiging, containsString("Bewaar deze code"));
        assertThat(browser.driver().findElement(By.id("antwoord-voor")).getText(), matchesRegex("\\d{1,2} \\p{L}+ \\d{4}"));
        assertThat(browser.driver().findElements(By.cssSelector("#suggesties a[href^='/rechten/']")).size(), greaterThan(0));
        String swv = browser.driver().findElement(By.id("samenwerkingsverband")).getDomAttribute("data-code");
        assertThat(swv, is("VO2601"));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("vraag-bevestiging");

        new SjabloonRepository(portal.portal().database().dbClient()).create(swv, SJABLOON, ANTWOORD, Instant.now());

        // A staff member of that SWV sets a password with the invitation link and signs in.
        Accounts.Invitation uitnodiging = portal.portal().accounts()
                .create(Optional.empty(), "mila@example.org", "Mila de Vries", Rol.MEDEWERKER, Set.of(swv));
        browser.go("/medewerker/wachtwoord.html#token=" + uitnodiging.token());
        browser.waitFor(By.id("nieuw")).sendKeys(WACHTWOORD);
        browser.driver().findElement(By.id("herhaal")).sendKeys(WACHTWOORD);
        browser.driver().findElement(By.cssSelector("#wachtwoordformulier button[type='submit']")).click();
        browser.waitForText(By.id("wachtwoorduitkomst"), "Uw wachtwoord is ingesteld");
        assertThat("the token leaves the address bar", browser.path(), is("/medewerker/wachtwoord.html"));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));

        browser.go("/medewerker");
        browser.waitFor(By.id("email")).sendKeys("mila@example.org");
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.driver().findElement(By.id("wachtwoord")).sendKeys(WACHTWOORD);
        browser.driver().findElement(By.cssSelector("#loginformulier button[type='submit']")).click();

        // The inbox lists the question with a deadline badge in words.
        WebElement link = browser.waitFor(By.linkText(referentie));
        assertThat(browser.path(), startsWith("/medewerker/inbox"));
        WebElement rij = link.findElement(By.xpath("./ancestor::tr"));
        assertThat(rij.findElement(By.cssSelector(".label")).getText(), matchesRegex("Nog \\d+ dagen|Vandaag|Nog 1 dag"));
        assertThat(rij.getText(), containsString("Nieuw"));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("medewerker-inbox");

        // The detail page: the question, then an answer and an internal note.
        link.click();
        browser.waitForText(By.id("vraag-kop"), "Vraag " + referentie);
        assertThat(browser.driver().findElement(By.cssSelector("#vraag .bericht-tekst")).getText(),
                   containsString("geen extra hulp"));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        // The answer starts from the SWV's reply template.
        new Select(browser.waitFor(By.id("sjabloon"))).selectByVisibleText(SJABLOON);
        browser.driver().findElement(By.id("sjabloon-invoegen")).click();
        assertThat(browser.driver().findElement(By.id("antwoord-tekst")).getDomProperty("value"), is(ANTWOORD));
        browser.driver().findElement(By.cssSelector("#antwoordformulier button[type='submit']")).click();
        browser.waitForText(By.id("vraagstatus"), "Het antwoord is verstuurd.");
        browser.waitForText(By.cssSelector("ol.berichten"), ANTWOORD);
        browser.waitFor(By.id("notitie-tekst")).sendKeys(NOTITIE);
        browser.driver().findElement(By.cssSelector("#notitieformulier button[type='submit']")).click();
        browser.waitForText(By.cssSelector("ol.berichten"), NOTITIE);
        assertThat(browser.driver().findElement(By.cssSelector("#vraag dl")).getText(), containsString("Beantwoord"));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("medewerker-vraag");

        for (String page : List.of("/medewerker/statistiek", "/medewerker/instellingen")) {
            browser.go(page);
            browser.waitUntil(page + " finished loading",
                              () -> browser.driver().findElements(By.cssSelector(".laden")).isEmpty());
            assertThat(page, browser.seriousAccessibilityViolations(), is(empty()));
        }
        assertThat(browser.driver().findElement(By.id("instellingen")).getText(),
                   containsString("Alleen een coördinator"));
        browser.waitForText(By.id("sjablonen-" + swv), SJABLOON);

        // The pupil reads the answer (and not the internal note) on the tracking page.
        browser.go("/volg");
        browser.waitFor(By.id("referentie")).sendKeys(referentie);
        browser.driver().findElement(By.id("volgcode")).sendKeys(volgcode);
        browser.driver().findElement(By.cssSelector("#volgformulier button[type='submit']")).click();
        browser.waitForText(By.id("mijnvraag-kop"), referentie);
        String gevolgd = browser.driver().findElement(By.id("mijnvraag")).getText();
        assertThat(browser.driver().findElement(By.id("status")).getText(), is("Beantwoord"));
        assertThat(gevolgd, containsString(ANTWOORD));
        assertThat(gevolgd, not(containsString(NOTITIE)));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("volg");
    }

    @Test
    void aCoordinatorKeepsTheReplyTemplatesOfHerSamenwerkingsverband() {
        Accounts.Invitation uitnodiging = portal.portal().accounts()
                .create(Optional.empty(), "noor@example.org", "Noor Bakker", Rol.COORDINATOR, Set.of("PO2601"));
        try (Browser coordinator = Browser.open(portal.baseUrl())) {
            coordinator.go("/medewerker/wachtwoord.html#token=" + uitnodiging.token());
            coordinator.waitFor(By.id("nieuw")).sendKeys(WACHTWOORD);
            coordinator.driver().findElement(By.id("herhaal")).sendKeys(WACHTWOORD);
            coordinator.driver().findElement(By.cssSelector("#wachtwoordformulier button[type='submit']")).click();
            coordinator.waitForText(By.id("wachtwoorduitkomst"), "Uw wachtwoord is ingesteld");
            coordinator.go("/medewerker");
            coordinator.waitFor(By.id("email")).sendKeys("noor@example.org");
            coordinator.driver().findElement(By.id("wachtwoord")).sendKeys(WACHTWOORD);
            coordinator.driver().findElement(By.cssSelector("#loginformulier button[type='submit']")).click();
            coordinator.waitUntil("signed in", () -> coordinator.path().startsWith("/medewerker/inbox"));

            coordinator.go("/medewerker/instellingen");
            WebElement nieuw = coordinator.waitFor(By.id("PO2601-sjabloon-nieuw"));
            nieuw.findElement(By.cssSelector("button[type='submit']")).click();
            coordinator.waitForText(By.id("PO2601-sjabloon-nieuw-titel-fout"), "Geef een titel");
            coordinator.driver().findElement(By.id("PO2601-sjabloon-nieuw-titel")).sendKeys("Aanmelden");
            coordinator.driver().findElement(By.id("PO2601-sjabloon-nieuw-tekst"))
                    .sendKeys("Meld uw kind schriftelijk aan bij de school van uw voorkeur.");
            coordinator.driver().findElement(By.cssSelector("#PO2601-sjabloon-nieuw button[type='submit']")).click();
            coordinator.waitForText(By.cssSelector("#PO2601-sjabloon-0 h4"), "Aanmelden");
            assertThat(coordinator.seriousAccessibilityViolations(), is(empty()));

            WebElement titel = coordinator.driver().findElement(By.id("PO2601-sjabloon-0-titel"));
            titel.clear();
            titel.sendKeys("Aanmelden bij een school");
            coordinator.driver().findElement(By.cssSelector("#PO2601-sjabloon-0 button[type='submit']")).click();
            coordinator.waitForText(By.cssSelector("#PO2601-sjabloon-0 h4"), "Aanmelden bij een school");
            assertThat(new SjabloonRepository(portal.portal().database().dbClient()).list("PO2601").getFirst().titel(),
                       is("Aanmelden bij een school"));

            coordinator.driver().findElement(By.cssSelector("#PO2601-sjabloon-0 [data-actie='verwijderen']")).click();
            coordinator.waitForText(By.id("sjablonen-PO2601"), "Nog geen sjablonen.");
            assertThat(new SjabloonRepository(portal.portal().database().dbClient()).list("PO2601"), is(empty()));
        }
    }

    @Test
    void theQuestionFormWorksWithoutJavaScript() {
        try (Browser zonderJs = Browser.openWithoutJavaScript(portal.baseUrl())) {
            zonderJs.go("/vraag");
            WebElement token = zonderJs.waitFor(By.id("verstuur"))
                    .findElement(By.xpath("./ancestor::form//input[@name='formulierToken']"));
            String formulierToken = token.getDomAttribute("value");
            assertThat("the server put a signed token in the page", formulierToken, startsWith("v1."));
            assertThat(zonderJs.driver().findElement(By.id("toestemmingVersie")).getDomAttribute("value"), not(is("")));
            zonderJs.driver().findElement(By.id("postcode")).sendKeys("3511");
            new Select(zonderJs.driver().findElement(By.id("sector"))).selectByValue("po");
            new Select(zonderJs.driver().findElement(By.id("categorie"))).selectByValue("aanmelden-zorgplicht");
            zonderJs.driver().findElement(By.id("tekst")).sendKeys("Mijn zoon is aangemeld, maar de school reageert niet.");
            Instant klaar = issuedAt(formulierToken).plus(MINIMALE_INVULTIJD);
            zonderJs.waitUntil("the minimum fill time has passed", () -> !Instant.now().isBefore(klaar));
            zonderJs.driver().findElement(By.id("verstuur")).click();

            // Without consent the server answers the form again, with the error linked to the field and the input kept.
            zonderJs.waitForText(By.tagName("h1"), "Controleer uw vraag");
            assertThat(zonderJs.driver().findElement(By.cssSelector("[role='alert'] a[href='#toestemming']")).getText(),
                       is("Toestemming"));
            assertThat(new Select(zonderJs.driver().findElement(By.id("sector"))).getFirstSelectedOption().getText(),
                       containsString("Basisonderwijs"));
            zonderJs.driver().findElement(By.id("toestemming")).click();
            zonderJs.driver().findElement(By.cssSelector("main form button[type='submit']")).click();

            zonderJs.waitForText(By.tagName("h1"), "Uw vraag is verstuurd");
            assertThat(zonderJs.path(), is("/api/vragen/formulier"));
            String pagina = zonderJs.driver().findElement(By.tagName("main")).getText();
            Matcher referentie = Pattern.compile("PW-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(pagina);
            Matcher volgcode = Pattern.compile("Bewaar deze code \\(uw volgcode\\): (\\S+)").matcher(pagina);
            assertThat(referentie.find() && volgcode.find(), is(true));
            assertThat(pagina, containsString("PO Utrecht"));

            // The tracking page also works as a plain form post.
            zonderJs.go("/volg");
            zonderJs.waitFor(By.id("referentie")).sendKeys(referentie.group());
            zonderJs.driver().findElement(By.id("volgcode")).sendKeys(volgcode.group(1));
            zonderJs.driver().findElement(By.cssSelector("#volgformulier button[type='submit']")).click();
            zonderJs.waitForText(By.tagName("h1"), "Uw vraag " + referentie.group());
            assertThat(zonderJs.driver().findElement(By.tagName("main")).getText(), containsString("Status: Ontvangen"));

            // Still without JavaScript: a reaction, then the question withdrawn after ticking the confirmation.
            zonderJs.driver().findElement(By.id("tekst")).sendKeys("De school heeft nu wel gereageerd.");
            zonderJs.driver().findElement(By.cssSelector("form[action='/api/vragen/reactie'] button")).click();
            zonderJs.waitForText(By.cssSelector("[role='status']"), "Uw reactie is verstuurd.");
            assertThat(zonderJs.driver().findElement(By.tagName("main")).getText(),
                       containsString("De school heeft nu wel gereageerd."));
            zonderJs.driver().findElement(By.id("bevestig")).click();
            zonderJs.driver().findElement(By.cssSelector("form[action='/api/vragen/intrekken'] button")).click();
            zonderJs.waitForText(By.tagName("h1"), "Uw vraag is verwijderd");
        }
    }

    /** Waits until the form token in the page is older than the minimum fill time (the server's own rule). */
    private void waitForMinimumFillTime() {
        String token = browser.driver().findElement(By.id("formulierToken")).getDomProperty("value");
        Instant klaar = issuedAt(token).plus(MINIMALE_INVULTIJD);
        browser.waitUntil("the minimum fill time has passed", () -> !Instant.now().isBefore(klaar));
    }

    private static org.hamcrest.Matcher<String> matchesRegex(String regex) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String item) {
                return item.matches(regex);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("text matching /" + regex + "/");
            }
        };
    }

    /** The issue time in a form token {@code v1.<epoch seconds>.<nonce>.<signature>}. */
    private static Instant issuedAt(String token) {
        return Instant.ofEpochSecond(Long.parseLong(token.split("\\.")[1]));
    }
}
