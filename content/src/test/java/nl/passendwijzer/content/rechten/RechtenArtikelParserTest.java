package nl.passendwijzer.content.rechten;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.passendwijzer.content.ContentException;

class RechtenArtikelParserTest {

    @Test
    void readsEveryFrontMatterFieldOfAValidArticle() {
        RechtenArtikel article = RechtenArtikelParser.parse(Fixtures.validOuders());

        assertThat(article.slug(), is("zorgplicht"));
        assertThat(article.doelgroep(), is(Doelgroep.OUDERS));
        assertThat(article.status(), is(ArtikelStatus.GELDEND));
        assertThat(article.onderwerpen(), contains("aanmelden", "zorgplicht"));
        assertThat(article.gerelateerd(), contains("aanmelden", "opp"));
        assertThat(article.bronnen(), hasSize(3));
        assertThat(article.bronnen().getFirst(),
                is(new Bron(Bron.Kind.SEED, "004_8b1158ef30d1b71e.txt:117", "wat de zorgplicht inhoudt")));
        assertThat(article.bronnen().get(2).kind(), is(Bron.Kind.URL));
        assertThat(article.laatstGecontroleerd(), is(LocalDate.of(2026, 12, 1)));
        assertThat(article.bestand(), is("zorgplicht.ouders.md"));
    }

    @Test
    void acceptsAQuotedDateAsWellAsAYamlDate() {
        assertThat(RechtenArtikelParser.parse(Fixtures.validJongeren()).laatstGecontroleerd(),
                is(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void rendersSafeHtmlWithHeadingAnchorsAndMatchingSections() {
        RechtenArtikel article = RechtenArtikelParser.parse(Fixtures.validOuders());

        assertThat(article.html(), containsString("<h2 id=\"wat-houdt-het-in\">Wat houdt het in?</h2>"));
        assertThat(article.secties().stream().map(Sectie::heading).toList(),
                contains("Wat houdt het in?", "Wat kunt u doen?", "Goed om te weten"));
        for (Sectie sectie : article.secties()) {
            assertThat(article.html(), containsString("id=\"" + sectie.anchor() + "\""));
        }
        assertThat(article.plainText(), not(containsString("](/rechten")));
        assertThat(article.plainText(), containsString("Stel uw vraag via Passend Wijzer."));
    }

    @Test
    void escapesRawHtmlAndDropsUnsafeLinks() {
        String text = Fixtures.validOuders().text().replace("## Wat kunt u doen?",
                "<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n\n## Wat kunt u doen?");
        RechtenArtikel article = RechtenArtikelParser.parse(new SourceFile("x.ouders.md", text));

        assertThat(article.html(), not(containsString("<script>")));
        assertThat(article.html(), containsString("&lt;script&gt;"));
        assertThat(article.html(), not(containsString("javascript:")));
    }

    @Test
    void namesTheFileAndTheMissingKey() {
        ContentException e = assertThrows(ContentException.class,
                () -> RechtenArtikelParser.parse(Fixtures.brokenOuders("missing-key.ouders.md")));

        assertThat(e.getMessage(), startsWith("zorgplicht.ouders.md: "));
        assertThat(e.getMessage(), containsString("missing key 'samenvatting'"));
    }

    @Test
    void rejectsAnUnknownStatus() {
        ContentException e = assertThrows(ContentException.class,
                () -> RechtenArtikelParser.parse(Fixtures.brokenOuders("unknown-status.ouders.md")));

        assertThat(e.getMessage(), containsString("unknown status 'misschien'"));
    }

    @Test
    void reportsAllProblemsOfAFileAtOnce() {
        String text = Fixtures.validOuders().text()
                .replace("doelgroep: ouders", "doelgroep: leraren")
                .replace("    over: \"Wet op het primair onderwijs\"\n", "")
                .replace("laatstGecontroleerd: 2026-12-01", "laatstGecontroleerd: gisteren\nauteur: Piet");
        ContentException e = assertThrows(ContentException.class,
                () -> RechtenArtikelParser.parse(new SourceFile("kapot.md", text)));

        assertThat(e.getMessage(), containsString("unknown doelgroep 'leraren'"));
        assertThat(e.getMessage(), containsString("missing key 'bronnen[3].over'"));
        assertThat(e.getMessage(), containsString("'laatstGecontroleerd' must be a date"));
        assertThat(e.getMessage(), containsString("unknown key 'auteur'"));
    }

    @Test
    void requiresExactlyOneKindPerSource() {
        String text = Fixtures.validOuders().text().replace("  - url: \"https://wetten.overheid.nl/BWBR0003420\"\n",
                "  - url: \"https://wetten.overheid.nl/BWBR0003420\"\n    wet: \"WPO artikel 40\"\n");
        ContentException e = assertThrows(ContentException.class,
                () -> RechtenArtikelParser.parse(new SourceFile("twee.ouders.md", text)));

        assertThat(e.getMessage(), containsString("bronnen[3] must have exactly one of seed, wet, url (found 2)"));
    }

    @Test
    void rejectsAFileWithoutFrontMatter() {
        ContentException e = assertThrows(ContentException.class,
                () -> RechtenArtikelParser.parse(new SourceFile("leeg.md", "# Alleen tekst\n")));

        assertThat(e.getMessage(), startsWith("leeg.md: no front matter"));
    }

    @Test
    void statusAndAudienceUseTheirDutchWireValues() {
        assertThat(ArtikelStatus.fromWire("te controleren").orElseThrow(), is(ArtikelStatus.TE_CONTROLEREN));
        assertThat(ArtikelStatus.TE_CONTROLEREN.wireValue(), is("te controleren"));
        assertThat(Doelgroep.fromWire("jongeren").orElseThrow(), is(Doelgroep.JONGEREN));
        assertThat(Doelgroep.fromWire("JONGEREN").isPresent(), is(false));
    }

    @Test
    void sectionsCoverTextBeforeTheFirstHeading() {
        String text = Fixtures.validOuders().text().replace("## Wat houdt het in?\n", "Een inleiding.\n\n## Wat houdt het in?\n");
        RechtenArtikel article = RechtenArtikelParser.parse(new SourceFile("intro.ouders.md", text));

        assertThat(article.secties().getFirst(), is(new Sectie(article.titel(), "Een inleiding.", "")));
        assertThat(article.secties().stream().map(Sectie::anchor).toList(), hasItem("goed-om-te-weten"));
    }
}
