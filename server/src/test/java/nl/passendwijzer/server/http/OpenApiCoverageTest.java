package nl.passendwijzer.server.http;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.passendwijzer.server.PortalRouting;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The OpenAPI document describes every route the portal serves, and nothing it does not serve. */
class OpenApiCoverageTest {

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        Set<String> served = new TreeSet<>();
        PortalRouting.apiServices(TestPortals.shared())
                .forEach((prefix, service) -> served.addAll(RouteRecorder.routesOf(prefix, service)));
        Set<String> documented = documentedRoutes();

        assertThat(served, is(not(empty())));
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> phantom = new TreeSet<>(documented);
        phantom.removeAll(served);
        assertThat("routes missing from META-INF/openapi.yaml", undocumented, is(empty()));
        assertThat("documented routes that no service serves", phantom, is(empty()));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documentedRoutes() {
        try (InputStream in = OpenApiCoverageTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
            Set<String> routes = new TreeSet<>();
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(key -> Set.of("get", "post", "put", "patch", "delete").contains(key))
                    .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path)));
            return routes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
