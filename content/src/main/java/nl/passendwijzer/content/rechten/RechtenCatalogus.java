package nl.passendwijzer.content.rechten;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.ContentException;

/** All rights articles, by topic slug and audience. Immutable once loaded. */
public final class RechtenCatalogus {
    static final String FOLDER = "rechten";

    private final List<RechtenArtikel> articles;
    private final Map<String, RechtenArtikel> byKey;
    private final String version;

    private RechtenCatalogus(List<RechtenArtikel> articles, String version) {
        this.articles = articles.stream()
                .sorted(Comparator.comparing(RechtenArtikel::slug).thenComparing(RechtenArtikel::doelgroep))
                .toList();
        this.version = version;
        Map<String, RechtenArtikel> keyed = new LinkedHashMap<>();
        for (RechtenArtikel article : this.articles) {
            RechtenArtikel earlier = keyed.putIfAbsent(key(article.slug(), article.doelgroep()), article);
            if (earlier != null) {
                throw new ContentException(article.bestand() + ": slug '" + article.slug() + "' for "
                        + article.doelgroep().wireValue() + " is also used by " + earlier.bestand());
            }
        }
        this.byKey = Map.copyOf(keyed);
    }

    /** The articles bundled in the content jar under {@code content/rechten/}. */
    public static RechtenCatalogus bundled() {
        return of(bundledFiles());
    }

    /** The bundled article files ({@code *.md}) as read from the classpath. */
    public static List<SourceFile> bundledFiles() {
        List<SourceFile> files = new ArrayList<>();
        for (String path : BundledResources.list(FOLDER)) {
            if (path.endsWith(".md")) {
                files.add(new SourceFile(path, new String(BundledResources.read(path), StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    /** @throws ContentException on the first file that does not parse, or on a duplicate slug and audience */
    public static RechtenCatalogus of(List<SourceFile> files) {
        List<RechtenArtikel> parsed = files.stream().map(RechtenArtikelParser::parse).toList();
        return new RechtenCatalogus(parsed, contentHash(files));
    }

    public List<RechtenArtikel> all() {
        return articles;
    }

    public Optional<RechtenArtikel> find(String slug, Doelgroep doelgroep) {
        return Optional.ofNullable(byKey.get(key(slug, doelgroep)));
    }

    /** The distinct topic slugs, sorted. */
    public List<String> topics() {
        return articles.stream().map(RechtenArtikel::slug).distinct().toList();
    }

    /** SHA-256 over the file names and texts: changes whenever any article changes. */
    public String version() {
        return version;
    }

    private static String key(String slug, Doelgroep doelgroep) {
        return slug + "|" + doelgroep.wireValue();
    }

    static String contentHash(List<SourceFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(SourceFile::name)).forEach(file -> {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
