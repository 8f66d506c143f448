package nl.passendwijzer.server.web;

import java.util.List;

import nl.passendwijzer.server.PortalRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The web pages in a real browser against the real server: the journeys of a parent, a pupil with a staff member, and
 * a reader of the rights articles, plus axe-core on every page (no serious or critical violations).
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysTest {
    private RunningPortal portal;
    private Browser browser;

    @BeforeAll
    void start() {
        portal = RunningPortal.start();
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
    void aParentSearchesNearHerPostcodeFiltersOpensASchoolAndComparesTwo() {
        requireApi("/api/zoek");
        browser.go("/");
        WebElement query = browser.waitFor(By.id("q"));
        query.sendKeys("autis");
        browser.waitFor(By.cssSelector("#suggesties [role='option']"));
        assertThat(query.getAttribute("aria-expanded"), is("true"));
        query.sendKeys(Keys.ESCAPE);
        query.sendKeys("me");
        browser.driver().findElement(By.id("postcode")).sendKeys("3511");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("straal"))).selectByValue("10");
        browser.driver().findElement(By.cssSelector("#zoekformulier button[type='submit']")).click();
        browser.waitForText(By.id("resultaten-kop"), "binnen 10 km van 3511");
        assertThat(browser.path(), containsString("q=autisme"));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("zoeken");

        WebElement provision = browser.waitFor(By.cssSelector("input[name='voorziening'][value='rustruimte']"));
        provision.click();
        browser.waitUntil("the provision filter is applied", () -> browser.path().contains("voorziening=rustruimte")
                && searchDone() && browser.driver().findElement(By.cssSelector("input[name='voorziening'][value='rustruimte']")).isSelected());
        WebElement typeSchool = browser.waitFor(By.cssSelector("input[name='type'][value='school']"));
        typeSchool.click();
        browser.waitUntil("only schools are listed", () -> browser.path().contains("type=school") && searchDone()
                && browser.driver().findElements(By.cssSelector("input[id^='vergelijk-']")).size() >= 2);
        List<WebElement> compare = browser.driver().findElements(By.cssSelector("input[id^='vergelijk-']"));
        compare.get(0).click();
        compare.get(1).click();
        WebElement compareLink = browser.waitFor(By.id("vergelijkknop"));
        String firstSchool = browser.driver().findElement(By.cssSelector(".resultaat h3 a")).getText();

        browser.driver().findElement(By.cssSelector(".resultaat h3 a")).click();
        browser.waitForText(By.cssSelector("#school h1"), firstSchool);
        assertThat(browser.path(), startsWith("/scholen/"));
        assertThat(browser.waitFor(By.id("grenzen-kop")).getText(), is("Wat de school niet kan bieden"));
        assertThat(browser.driver().findElement(By.id("swv-kop")).isDisplayed(), is(true));
        assertThat(browser.driver().findElement(By.linkText("Stel een vraag over deze school")).getAttribute("href"),
                   containsString("/vraag?school="));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("school");

        browser.driver().navigate().back();
        browser.waitFor(By.id("vergelijkknop")).click();
        browser.waitFor(By.cssSelector("#vergelijking table"));
        assertThat(browser.driver().findElements(By.cssSelector("#vergelijking thead th[scope='col']")).size(), is(2));
        assertThat(browser.driver().findElement(By.cssSelector("#vergelijking table")).getText(),
                   containsString("Wat de school niet kan bieden"));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
        browser.screenshot("vergelijken");
        assertThat(compareLink, is(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void aPostcodeTypedInTheSearchTextIsNamedAsWhereDistancesAreMeasuredFrom() {
        requireApi("/api/zoek");
        browser.go("/");
        browser.waitFor(By.id("q")).sendKeys("basisschool autisme bij 3511");
        browser.driver().findElement(By.cssSelector("#zoekformulier button[type='submit']")).click();
        browser.waitForText(By.id("resultaten-kop"), "afstand gerekend vanaf 3511");
        assertThat(browser.driver().findElement(By.id("resultaten-kop")).getText(), not(containsString("undefined")));
    }

    @Test
    void aRightsArticleSwitchesBetweenParentsAndYoungPeople() {
        browser.go("/rechten");
        WebElement link = browser.waitFor(By.cssSelector("#rechten a[href='/rechten/zorgplicht']"));
        link.click();
        browser.waitForText(By.cssSelector("#artikel h1"), "Zorgplicht");
        assertThat(current("Voor ouders"), is("page"));
        String parentsText = browser.driver().findElement(By.cssSelector(".artikeltekst")).getText();
        assertThat(parentsText, containsString("uw kind"));
        assertThat(browser.driver().findElements(By.cssSelector("#bronnen-kop + ul li")).size(), greaterThan(0));

        browser.driver().findElement(By.linkText("Voor jongeren")).click();
        browser.waitUntil("the young people's version is shown", () -> browser.path().equals("/rechten/zorgplicht?doelgroep=jongeren")
                && "page".equals(currentOrEmpty("Voor jongeren")));
        String youngText = browser.waitFor(By.cssSelector(".artikeltekst")).getText();
        assertThat(youngText, containsString(" je "));
        assertThat(youngText, not(containsString("uw kind")));
        assertThat(browser.waitFor(By.id("bronnen-kop")).getText(), is("Waar komt dit vandaan?"));

        browser.driver().findElement(By.linkText("Voor ouders")).click();
        browser.waitUntil("back to the parents' version", () -> browser.path().equals("/rechten/zorgplicht")
                && "page".equals(currentOrEmpty("Voor ouders")));
    }

    @Test
    void anArticleThatIsNotSimplyCurrentShowsItsStatus() {
        browser.go("/rechten/basisondersteuning");
        WebElement notice = browser.waitFor(By.cssSelector("#artikel [role='note']"));
        assertThat(notice.getText(), startsWith("Te controleren."));
        assertThat(notice.getText(), containsString("nog niet gecontroleerd"));
    }

    @Test
    void jargonIsExplainedOnKeyboardFocus() {
        browser.go("/rechten/toelaatbaarheidsverklaring");
        WebElement term = browser.waitFor(By.cssSelector(".artikeltekst .term-knop"));
        WebElement tip = browser.driver().findElement(By.id(term.getAttribute("aria-describedby")));
        assertThat(tip.isDisplayed(), is(false));
        term.sendKeys(Keys.SHIFT);
        browser.driver().executeScript("arguments[0].focus()", term);
        browser.waitUntil("the tooltip shows on focus", tip::isDisplayed);
        assertThat(tip.getText(), containsString(term.getText()));
        term.sendKeys(Keys.ESCAPE);
        browser.waitUntil("Escape hides the tooltip", () -> !tip.isDisplayed());
    }

    @Test
    void theQuestionFormLinksEveryErrorToItsField() {
        browser.go("/vraag?voor=jongeren");
        assertThat(browser.waitFor(By.id("vraag-titel")).getText(), is("Stel je vraag"));
        browser.driver().findElement(By.id("verstuur")).click();
        WebElement summary = browser.waitFor(By.cssSelector("#foutoverzicht .foutoverzicht"));
        assertThat(summary.getAttribute("role"), is("alert"));
        WebElement postcode = browser.driver().findElement(By.id("postcode"));
        assertThat(postcode.getAttribute("aria-invalid"), is("true"));
        assertThat(postcode.getAttribute("aria-describedby"), containsString("postcode-fout"));
        assertThat(browser.driver().findElement(By.id("postcode-fout")).getText(), containsString("postcode"));
        summary.findElement(By.cssSelector("a[href='#postcode']")).click();
        browser.waitUntil("the summary link moves focus to the field",
                          () -> "postcode".equals(browser.driver().switchTo().activeElement().getAttribute("id")));
        assertThat(browser.seriousAccessibilityViolations(), is(empty()));
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolations() {
        List<String> pages = List.of("/", "/?q=autisme&postcode=3511&straal=5", "/rechten", "/rechten?doelgroep=jongeren",
                                     "/rechten/zorgplicht", "/rechten/zorgplicht?doelgroep=jongeren", "/vraag",
                                     "/vraag?voor=jongeren", "/volg", "/vergelijken", "/medewerker",
                                     "/medewerker/wachtwoord.html", "/scholen/ZA2700", "/vergelijken?ids=ZA2700,ZA0100");
        StringBuilder report = new StringBuilder();
        for (String page : pages) {
            browser.go(page);
            browser.waitFor(By.tagName("h1"));
            browser.waitUntil("page " + page + " finished loading",
                              () -> browser.driver().findElements(By.cssSelector(".laden")).isEmpty());
            List<String> violations = browser.seriousAccessibilityViolations();
            violations.forEach(v -> report.append(page).append(" → ").append(v).append('\n'));
        }
        assertThat(report.toString(), is(""));
    }

    @Test
    void screenshotsOfTheMainPages() {
        shoot("/rechten", "rechten");
        shoot("/rechten/zorgplicht", "artikel-ouders");
        browser.resize(420, 1000);
        shoot("/rechten/zorgplicht?doelgroep=jongeren", "artikel-jongeren-telefoon");
        shoot("/vraag?voor=jongeren", "vraag-jongeren-telefoon");
        browser.resize(1280, 1000);
        shoot("/vraag", "vraag");
        shoot("/medewerker", "medewerker-inloggen");
        assertThat(Browser.repositoryRoot().resolve("docs/screenshots/rechten.png").toFile().length(), greaterThan(10_000L));
    }

    private void shoot(String page, String name) {
        browser.go(page);
        browser.waitFor(By.tagName("h1"));
        browser.waitUntil("page " + page + " finished loading",
                          () -> browser.driver().findElements(By.cssSelector(".laden")).isEmpty());
        browser.screenshot(name);
    }

    private boolean searchDone() {
        return browser.driver().findElement(By.id("uitkomst")).getAttribute("aria-busy") == null;
    }

    private String current(String linkText) {
        return browser.driver().findElement(By.linkText(linkText)).getAttribute("aria-current");
    }

    private String currentOrEmpty(String linkText) {
        List<WebElement> links = browser.driver().findElements(By.linkText(linkText));
        return links.isEmpty() ? "" : String.valueOf(links.get(0).getAttribute("aria-current"));
    }

    /** Skips a journey whose API is not in this build yet (it is built on another branch). */
    private void requireApi(String prefix) {
        Assumptions.assumeTrue(PortalRouting.apiServices(portal.portal()).containsKey(prefix),
                               prefix + " is not part of this build yet");
    }
}
