package nl.passendwijzer.server.http;

import java.util.Set;
import java.util.TreeSet;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** Collects "METHOD /path" for every route a service declares, without starting a server. */
final class RouteRecorder implements HttpRules {
    private final String prefix;
    private final Set<String> routes;

    RouteRecorder(String prefix, Set<String> routes) {
        this.prefix = prefix;
        this.routes = routes;
    }

    static Set<String> routesOf(String prefix, HttpService service) {
        Set<String> routes = new TreeSet<>();
        service.routing(new RouteRecorder(prefix, routes));
        return routes;
    }

    @Override
    public HttpRules register(HttpService... services) {
        for (HttpService service : services) {
            service.routing(this);
        }
        return this;
    }

    @Override
    public HttpRules register(String path, HttpService... services) {
        RouteRecorder nested = new RouteRecorder(join(prefix, path), routes);
        for (HttpService service : services) {
            service.routing(nested);
        }
        return this;
    }

    @Override
    public HttpRules route(Method method, String pathPattern, Handler handler) {
        routes.add(method.text() + " " + join(prefix, pathPattern));
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        // Filters such as rules.any(...) arrive here; they are not endpoints.
        return this;
    }

    private static String join(String prefix, String path) {
        String joined = (prefix + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
