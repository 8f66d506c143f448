package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.passendwijzer.content.ContentException;
import nl.passendwijzer.content.rechten.RechtenArtikel;
import nl.passendwijzer.content.rechten.RechtenArtikelParser;
import nl.passendwijzer.content.rechten.RechtenCatalogus;
import nl.passendwijzer.content.rechten.SourceFile;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;

/**
 * The content under validation. Articles are parsed one by one so that a broken file becomes a finding
 * and the remaining files are still checked.
 *
 * @param unparsable findings for files that could not be parsed at all
 */
public record ContentSnapshot(
        List<RechtenArtikel> articles,
        List<Finding> unparsable,
        Optional<Vocabulaire> vocabulaire,
        String vocabulaireFile,
        SeedLibrary seeds) {

    public ContentSnapshot {
        articles = List.copyOf(articles);
        unparsable = List.copyOf(unparsable);
    }

    /** Articles and vocabulary as bundled, seeds from the shared folder when it is present. */
    public static ContentSnapshot bundled() {
        return of(RechtenCatalogus.bundledFiles(), Optional.of(Vocabulaire.bundled()), "vocabulaire.yaml",
                SeedLibrary.locate());
    }

    public static ContentSnapshot of(List<SourceFile> articleFiles, Optional<Vocabulaire> vocabulaire,
                                     String vocabulaireFile, SeedLibrary seeds) {
        List<RechtenArtikel> articles = new ArrayList<>();
        List<Finding> unparsable = new ArrayList<>();
        for (SourceFile file : articleFiles) {
            try {
                articles.add(RechtenArtikelParser.parse(file));
            } catch (ContentException e) {
                unparsable.add(Finding.error(file.name(), e.getMessage()));
            }
        }
        return new ContentSnapshot(articles, unparsable, vocabulaire, vocabulaireFile, seeds);
    }

    /** The topic slugs of all parsed articles. */
    public Set<String> slugs() {
        return articles.stream().map(RechtenArtikel::slug).collect(Collectors.toSet());
    }
}
