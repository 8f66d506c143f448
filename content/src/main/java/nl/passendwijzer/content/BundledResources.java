package nl.passendwijzer.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The content files shipped inside the {@code content} jar, under {@code /content/...}.
 * Works the same whether the classpath entry is a directory (tests, IDE) or a jar (the packaged server).
 */
public final class BundledResources {
    private static final String ROOT = "content";

    private BundledResources() {
    }

    /** Opens one bundled file, e.g. {@code open("regio/regio-indeling-pc4.tsv")}. */
    public static InputStream open(String relativePath) {
        InputStream in = BundledResources.class.getClassLoader().getResourceAsStream(ROOT + "/" + relativePath);
        if (in == null) {
            throw new ContentException("Bundled content file missing: " + relativePath);
        }
        return in;
    }

    /** Reads one bundled file fully. */
    public static byte[] read(String relativePath) {
        try (InputStream in = open(relativePath)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lists the bundled files below a folder (recursively), as paths relative to the content root, sorted.
     *
     * @param folder e.g. {@code "rechten"}
     */
    public static List<String> list(String folder) {
        URL url = BundledResources.class.getClassLoader().getResource(ROOT + "/" + folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return listBelow(fs.getPath("/" + ROOT), fs.getPath("/" + ROOT + "/" + folder));
            }
            Path dir = Path.of(uri);
            return listBelow(dir.getRoot().resolve(dir.subpath(0, dir.getNameCount() - Path.of(folder).getNameCount())),
                             dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new ContentException("Unusable resource location " + url, e);
        }
    }

    /** SHA-256 (hex) over the given bundled files, in order: the version of a piece of bundled content. */
    public static String sha256(List<String> relativePaths) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String path : relativePaths) {
                digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(read(path));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<String> listBelow(Path root, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
