package nl.passendwijzer.server.web;

import io.helidon.webserver.staticcontent.StaticContentFeature;

/** The public and staff web pages: static files from {@code web/} on the classpath, served at the root. */
public final class WebPages {
    private WebPages() {
    }

    public static StaticContentFeature staticContent() {
        return StaticContentFeature.builder()
                .addClasspath(cp -> cp.location("web").context("/").welcome("index.html"))
                .build();
    }
}
