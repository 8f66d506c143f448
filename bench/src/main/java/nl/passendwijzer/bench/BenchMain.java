package nl.passendwijzer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.content.scholen.demo.DemoSet;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.search.Doelgroep;
import nl.passendwijzer.search.GeoPoint;
import nl.passendwijzer.search.SearchRequest;
import nl.passendwijzer.search.SearchResponse;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.PortalSettings;
import nl.passendwijzer.server.db.BundledDataVersions;
import nl.passendwijzer.server.db.Database;
import nl.passendwijzer.server.scholen.ScholenLoader;
import nl.passendwijzer.server.zoeken.PostcodeInQuery;
import nl.passendwijzer.server.zoeken.SearchDocuments;
import nl.passendwijzer.server.zoeken.ZoekServices;
import nl.passendwijzer.server.zoeken.relevance.JudgedQueries;
import nl.passendwijzer.server.zoeken.relevance.JudgedQuery;
import nl.passendwijzer.server.zoeken.relevance.RelevanceReport;

/**
 * The benchmark's phases (see bench/README.md; {@code bench/run} calls them in order):
 * <pre>
 *   prepare CORPUS_DIR DATA_DIR     load a generated set into a fresh H2 database (instead of the bundled demo)
 *   run DATA_DIR WORK_DIR [key=value ...]   measure: rebuild, heap, in-process, HTTP, PostgreSQL, nDCG@10
 * </pre>
 * Options of {@code run}: warmup, measure (seconds, in-process), httpWarmup, httpMeasure, clients, httpStreams
 * (comma-separated names of {@link HttpStream}s, default all), pgUrl, pgUser,
 * judged (YAML file), http=0, relevance=0 and rebuild=0 to skip those parts (profiling), only=REGEX to keep the queries
 * of the mix whose URL matches.
 */
public final class BenchMain {
    /** Where the sampling check searches from: Utrecht centre and Ruinerwold (Drenthe), a city and the countryside. */
    private static final List<String> SAMPLING_POSTCODES = List.of("3511", "7961");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(Path.of(args[1]), Path.of(args[2]));
            case "run" -> run(Path.of(args[1]), Path.of(args[2]), options(args));
            default -> throw new IllegalArgumentException("unknown phase " + args[0]);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        return options;
    }

    private static void prepare(Path corpus, Path dataDir) throws IOException {
        long started = System.nanoTime();
        DemoSet set = DemoSet.load(corpus);
        say("read %d schools (%d failed), %d documents (%d failed) in %.1f s", set.scholen().records().size(),
            set.scholen().report().mislukt().size(), set.documenten().records().size(),
            set.documenten().report().mislukt().size(), seconds(started));
        long loading = System.nanoTime();
        PortalSettings settings = settings(dataDir);
        try (Database database = Database.open(settings.database())) {
            new ScholenLoader(new BundledDataVersions(database.dbClient(), Clock.systemDefaultZone()),
                    database.dbClient()).loadInsteadOfBundledDemo(set);
        }
        say("written to H2 in %.1f s", seconds(loading));
    }

    private static void run(Path dataDir, Path work, Map<String, String> options) throws Exception {
        Report report = new Report();
        Pc4Centroids centroids = Pc4Centroids.bundled();
        List<BenchQuery> mix;
        Optional<TimedLoop.Result> pgLatency = Optional.empty();
        // In-process, every search is new: the match cache would answer the mix's repeated searches.
        Map<String, String> newSearches = new LinkedHashMap<>(sampleSize(options));
        newSearches.put("search.match-cache-mb", "0");
        try (Portal portal = timed(report, "start", () -> Portal.start(settings(dataDir, newSearches),
                                                                          Clock.systemDefaultZone()))) {
            int documents = portal.search().documentCount();
            say("portal started on %d documents (first start builds the index) in %.1f s", documents,
                report.seconds("start"));
            report.put("documents", documents);
            SearchDocuments searchDocuments = new SearchDocuments(portal.schoolRepository(),
                                                                  portal.rechtenRepository(), portal.vocabulaire());
            timed(report, "read", () -> searchDocuments.all().mapToLong(d -> d.body().length()).sum());
            say("reading all search documents from H2 alone: %.1f s", report.seconds("read"));
            if (option(options, "rebuild", 1) > 0) {
                String version = portal.search().databaseContentVersion();
                timed(report, "rebuild", () -> {
                    portal.search().rebuild(version, count -> { });
                    return version;
                });
                say("full rebuild (H2 -> IndexDocument -> Lucene, one commit): %.1f s", report.seconds("rebuild"));
            }
            report.put("heapMb", usedHeapAfterGcMb());
            report.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
            say("heap after rebuild and GC: %.0f MB (max %.0f MB)", report.number("heapMb"), report.number("maxHeapMb"));

            SearchResponse browse = portal.search().search(SearchRequest.of("").withPage(0, 1));
            mix = QueryMix.build(browse, centroids);
            if (options.containsKey("only")) {
                mix = mix.stream().filter(q -> q.toUrlPath().matches(options.get("only"))).toList();
            }
            Files.write(work.resolve("query-mix.txt"), mix.stream().map(BenchQuery::toString).toList());
            say("query mix: %d queries %s (written to query-mix.txt)", mix.size(), QueryMix.categories(mix));
            Map<BenchQuery, SearchRequest> requests = new IdentityHashMap<>();
            mix.forEach(q -> requests.put(q, q.toRequest(centroids)));
            if (options.containsKey("fromPostcode")) {
                // Only the text searches without an origin, each from that postcode without a radius.
                GeoPoint from = centroid(centroids, options.get("fromPostcode"));
                mix = mix.stream().filter(q -> withoutOrigin(requests.get(q))).toList();
                mix.forEach(q -> requests.put(q, requests.get(q).near(from, null)));
                say("option fromPostcode: %d text searches of the mix, each from %s without a radius", mix.size(),
                    options.get("fromPostcode"));
            }
            TimedLoop.Result lucene = TimedLoop.run(mix, q -> portal.search().search(requests.get(q)),
                                                    option(options, "warmup", 20), option(options, "measure", 30));
            report.lucene = lucene;
            say("in-process Lucene: %s", lucene.all().summary());
            say("  CPU time %s", lucene.cpu().summary());
            say("  allocated per search: p50=%.0f kB p99=%.0f kB", lucene.allocated().percentile(50) / 1024,
                lucene.allocated().percentile(99) / 1024);
            lucene.byCategory().forEach((c, l) -> say("  %-8s %s", c, l.summary()));
            Files.write(work.resolve("per-query-lucene.tsv"), lucene.perQueryLines());
            double parallelSeconds = option(options, "parallelism", 10);
            if (parallelSeconds > 0) {
                ParallelismCheck cores = ParallelismCheck.run(mix, q -> portal.search().search(requests.get(q)),
                                                              parallelSeconds);
                report.parallelism = cores;
                say("searches per second, in-process: %.0f on one thread, %.0f on %d (%.2fx)",
                    cores.oneThreadPerSecond(), cores.allThreadsPerSecond(), cores.threads(), cores.speedup());
            }
            if (option(options, "sampling", 1) > 0) {
                samplingCheck(portal, settings(dataDir).dataDir().resolve("index"), work, mix, requests, centroids,
                              report);
            }


            if (options.containsKey("pgUrl")) {
                try (Connection pg = DriverManager.getConnection(options.get("pgUrl"), options.getOrDefault("pgUser", "postgres"), "")) {
                    PostgresFts fts = new PostgresFts(pg, "doc_bench");
                    timed(report, "pgLoad", () -> fts.load(searchDocuments.all()));
                    report.put("pgMb", fts.totalBytes() / (1024.0 * 1024));
                    say("PostgreSQL: loaded and indexed in %.1f s (%.0f MB with indexes)", report.seconds("pgLoad"),
                        report.number("pgMb"));
                    compareTotals(portal, fts, mix, requests, centroids, work);
                    pgLatency = Optional.of(TimedLoop.run(mix, q -> fts.search(q, centroids),
                                                          option(options, "warmup", 20) / 2,
                                                          option(options, "measure", 30)));
                    say("in-process PostgreSQL: %s", pgLatency.get().all().summary());
                    pgLatency.get().byCategory().forEach((c, l) -> say("  %-8s %s", c, l.summary()));
                    Files.write(work.resolve("per-query-postgres.tsv"), pgLatency.get().perQueryLines());
                }
            }
        }
        report.pg = pgLatency.orElse(null);
        if (option(options, "http", 1) > 0) {
            http(dataDir, mix, centroids, work, options, report);
        }
        if (option(options, "relevance", 1) > 0) {
            relevance(work, options, report);
        }
        report.print(System.out);
        Files.writeString(work.resolve("report.txt"), report.toString());
    }

    /**
     * A load on {@code /api/zoek}: the mix's searches from random postcodes, with a share repeated exactly.
     *
     * @param matchCache whether the server keeps what searches counted (production); off, every search is new
     */
    record HttpStream(String name, String label, double repeatShare, boolean matchCache) {
        static final List<HttpStream> ALL = List.of(
                new HttpStream("new", "every search new", 0, false),
                new HttpStream("popular", "popular texts, new postcodes", 0, true),
                new HttpStream("half", "half repeated exactly", 0.5, true));
    }

    /**
     * Each {@link HttpStream} on the real server with the production settings (answer cache included), the match cache
     * only where the stream says so; one portal per setting, started on the same data dir.
     */
    private static void http(Path dataDir, List<BenchQuery> mix, Pc4Centroids centroids, Path work,
                             Map<String, String> options, Report report) throws Exception {
        Set<String> chosen = Set.of(options.getOrDefault("httpStreams", "new,popular,half").split(","));
        Map<Boolean, List<HttpStream>> byCache = new LinkedHashMap<>();
        HttpStream.ALL.stream().filter(stream -> chosen.contains(stream.name()))
                .forEach(stream -> byCache.computeIfAbsent(stream.matchCache(), k -> new ArrayList<>()).add(stream));
        Path urls = work.resolve("urls.txt");
        Files.write(urls, mix.stream().map(BenchQuery::toUrlPath).toList());
        Path script = work.resolve("wrk-mix.lua");
        try (InputStream in = BenchMain.class.getResourceAsStream("wrk-mix.lua")) {
            Files.copy(Objects.requireNonNull(in, "wrk-mix.lua"), script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path postcodes = work.resolve("pc4.txt");
        Files.write(postcodes, centroids.all().keySet().stream().sorted().toList());
        int clients = (int) option(options, "clients", 64);
        for (Map.Entry<Boolean, List<HttpStream>> setting : byCache.entrySet()) {
            Map<String, String> overrides = new LinkedHashMap<>(sampleSize(options));
            options.forEach((name, value) -> {
                if (name.startsWith("search.")) {
                    overrides.put(name, value);
                }
            });
            if (!setting.getKey()) {
                overrides.put("search.match-cache-mb", "0");
            }
            try (Portal portal = Portal.start(settings(dataDir, overrides), Clock.systemDefaultZone())) {
                Config serverConfig = Config.builder()
                        .addSource(ConfigSources.classpath("application.yaml"))
                        .disableEnvironmentVariablesSource().disableSystemPropertiesSource().build().get("server");
                WebServerConfig.Builder builder = WebServer.builder();
                PortalServer.configure(builder, serverConfig, portal);
                WebServer server = builder.host("127.0.0.1").port(0).build().start();
                try {
                    String base = "http://127.0.0.1:" + server.port();
                    for (HttpStream stream : setting.getValue()) {
                        List<String> arguments = List.of(urls.toString(), postcodes.toString(),
                                String.valueOf(stream.repeatShare()));
                        wrk(base, script, arguments, clients, option(options, "httpWarmup", 10));
                        long reusedBefore = answers(ZoekServices.ANSWERS_REUSED);
                        long computedBefore = answers(ZoekServices.ANSWERS_COMPUTED);
                        JvmActivity before = JvmActivity.now();
                        String result = wrk(base, script, arguments, clients, option(options, "httpMeasure", 30));
                        JvmActivity during = JvmActivity.now().since(before);
                        long reused = answers(ZoekServices.ANSWERS_REUSED) - reusedBefore;
                        long computed = answers(ZoekServices.ANSWERS_COMPUTED) - computedBefore;
                        report.httpStreams.add(stream);
                        String key = "http." + stream.name() + ".";
                        report.put(key + "reusedPercent", 100.0 * reused / Math.max(1, reused + computed));
                        for (String part : result.substring(7).split(" ")) {
                            String[] kv = part.split("=");
                            report.put(key + kv[0], Double.parseDouble(kv[1]));
                        }
                        double answers = Math.max(1, report.number(key + "requests"));
                        double kbPerAnswer = during.allocatedBytes() / 1024.0 / answers;
                        double cpuMsPerAnswer = during.cpuNanos() / 1e6 / answers;
                        report.put(key + "allocatedKb", kbPerAnswer);
                        report.put(key + "cpuMs", cpuMsPerAnswer);
                        report.put(key + "collections", during.collections());
                        report.put(key + "collectionMs", during.collectionMs());
                        say("HTTP /api/zoek, %d clients, %s: %s; per answer %.2f ms CPU and %.0f kB allocated; %d"
                                + " collections pausing %d ms", clients, stream.label(), result.substring(7),
                            cpuMsPerAnswer, kbPerAnswer, during.collections(), during.collectionMs());
                    }
                } finally {
                    server.stop();
                }
            }
        }
    }

    /** A counter of the portal's answer cache, as the server counted it (same JVM). */
    private static long answers(String counter) {
        return Metrics.getCounter(counter).map(Counter::count).orElse(0L);
    }

    /**
     * One closed-loop period of wrk (C, two threads, keep-alive connections): a load client that costs little CPU, so
     * the two cores it shares with the server go to the server. Returns wrk's RESULT line (see wrk-mix.lua).
     */
    private static String wrk(String base, Path script, List<String> arguments, int clients, double seconds)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + clients, "-d" + Math.round(seconds) + "s",
                "--timeout", "30s", "-s", script.toString(), base, "--"));
        command.addAll(arguments);
        Process wrk = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(wrk.getInputStream(),
                                                                           StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        if (wrk.waitFor() != 0 || result == null) {
            throw new IllegalStateException("wrk failed (is it installed? bench/run installs it)");
        }
        return result;
    }

    /**
     * The sampled ranking against ranking every match ({@link SamplingCheck}): the mix as it is, and each of its text
     * searches from a city's and a village's postcode without a radius, as the HTTP stream and a parent who gives a
     * postcode send them.
     */
    private static void samplingCheck(Portal portal, Path indexDir, Path work, List<BenchQuery> mix,
                                      Map<BenchQuery, SearchRequest> requests, Pc4Centroids centroids, Report report)
            throws Exception {
        Map<String, SearchRequest> asIs = new LinkedHashMap<>();
        Map<String, Map<String, SearchRequest>> fromPostcodes = new LinkedHashMap<>();
        SAMPLING_POSTCODES.forEach(postcode -> fromPostcodes.put(postcode, new LinkedHashMap<>()));
        for (BenchQuery q : mix) {
            SearchRequest request = requests.get(q);
            asIs.put(q.toUrlPath(), request);
            if (withoutOrigin(request)) {
                fromPostcodes.forEach((postcode, searches) -> searches.put(q.toUrlPath() + "&postcode=" + postcode,
                        request.near(centroid(centroids, postcode), null)));
            }
        }
        try (SamplingCheck check = SamplingCheck.open(portal.search(), indexDir, work)) {
            List<SamplingCheck.Result> results = new ArrayList<>(List.of(check.compare("mix", asIs)));
            for (Map.Entry<String, Map<String, SearchRequest>> from : fromPostcodes.entrySet()) {
                results.add(check.compare("from " + from.getKey(), from.getValue()));
            }
            for (SamplingCheck.Result result : results) {
                report.sampling.add(result);
                say("sampled ranking against every match (%s): the same first page for %d of %d searches, mean "
                    + "overlap %.3f (lowest %.2f), mean score share %.3f", result.name(), result.samePage(),
                    result.searches(), result.meanOverlap(), result.lowestOverlap(), result.meanScore());
            }
            Files.write(work.resolve("sampling-check.tsv"), check.lines());
        }
    }

    private static GeoPoint centroid(Pc4Centroids centroids, String postcode) {
        return BenchQuery.point(centroids, postcode).orElseThrow();
    }

    /** A text search that does not already search near a place. */
    private static boolean withoutOrigin(SearchRequest request) {
        return !request.query().isBlank() && request.origin().isEmpty();
    }

    /** Hit counts of both systems per query, so a reader can see they answer comparable questions. */
    private static void compareTotals(Portal portal, PostgresFts fts, List<BenchQuery> mix,
                                      Map<BenchQuery, SearchRequest> requests, Pc4Centroids centroids, Path work)
            throws Exception {
        List<String> lines = new ArrayList<>(List.of("category\tlucene_total\tpg_total\tquery"));
        for (BenchQuery q : mix) {
            long lucene = portal.search().search(requests.get(q)).totalHits();
            long pg = fts.search(q, centroids).total();
            lines.add(q.category() + "\t" + lucene + "\t" + pg + "\t" + q.toUrlPath());
        }
        Files.write(work.resolve("hit-counts.tsv"), lines);
    }

    /**
     * nDCG@10 of both engines on the bundled demo corpus with the server's judged query set, scored by the server's
     * own {@link RelevanceReport} (the ranked list is what the page shows: answer cards, then results).
     */
    private static void relevance(Path work, Map<String, String> options, Report report) throws Exception {
        List<JudgedQuery> judged;
        if (options.containsKey("judged")) {
            try (InputStream in = Files.newInputStream(Path.of(options.get("judged")))) {
                judged = JudgedQueries.load(in);
            }
        } else {
            judged = JudgedQueries.bundled();
        }
        Pc4Centroids centroids = Pc4Centroids.bundled();
        Path demoData = Files.createDirectories(work.resolve("demo-data"));
        try (Portal demo = Portal.start(settings(demoData), Clock.systemDefaultZone())) {
            RelevanceReport lucene = RelevanceReport.evaluate("Lucene (in-process, as /api/zoek)", judged,
                    q -> luceneKeys(demo, asBenchQuery(q), q, centroids));
            report.put("ndcg.queries", judged.size());
            report.put("ndcg.lucene", lucene.meanNdcgAt10());
            report.put("mrr.lucene", lucene.meanReciprocalRank());
            StringBuilder details = new StringBuilder(lucene.summary(15));
            if (options.containsKey("pgUrl")) {
                try (Connection pg = DriverManager.getConnection(options.get("pgUrl"),
                                                                 options.getOrDefault("pgUser", "postgres"), "")) {
                    PostgresFts fts = new PostgresFts(pg, "doc_demo");
                    fts.load(new SearchDocuments(demo.schoolRepository(), demo.rechtenRepository(),
                                                 demo.vocabulaire()).all());
                    RelevanceReport postgres = RelevanceReport.evaluate("PostgreSQL FTS", judged, q -> {
                        try {
                            return fts.search(asBenchQuery(q), centroids).keys();
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    report.put("ndcg.pg", postgres.meanNdcgAt10());
                    report.put("mrr.pg", postgres.meanReciprocalRank());
                    details.append('\n').append(postgres.summary(15));
                }
            }
            Files.writeString(work.resolve("relevance.txt"), details.toString());
            say("nDCG@10 over %d judged queries: Lucene %.3f, PostgreSQL %.3f (details: relevance.txt)", judged.size(),
                report.number("ndcg.lucene"), report.number("ndcg.pg"));
        }
    }

    /**
     * A judged query as {@code /api/zoek} reads it: a postcode typed in the text ("bij 3511") is its origin and is
     * taken out of the text, for both systems.
     */
    private static BenchQuery asBenchQuery(JudgedQuery q) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        q.filters().forEach((dimension, values) -> filters.put(dimension, new LinkedHashSet<>(values)));
        Optional<PostcodeInQuery.Found> typed = placeInText(q);
        return new BenchQuery(q.kind(), typed.map(PostcodeInQuery.Found::remainingText).orElse(q.text()), Set.of(),
                              filters, q.postcode().flatMap(Pc4::parse).or(() -> typed.map(PostcodeInQuery.Found::postcode))
                                      .map(Pc4::value), q.straalKm());
    }

    private static Optional<PostcodeInQuery.Found> placeInText(JudgedQuery q) {
        return q.postcode().isPresent() ? Optional.empty() : PostcodeInQuery.find(q.text());
    }

    private static List<String> luceneKeys(Portal portal, BenchQuery query, JudgedQuery judged,
                                           Pc4Centroids centroids) {
        SearchRequest request = query.toRequest(centroids);
        if (placeInText(judged).isPresent() && request.origin().isPresent()) {
            request = request.nearPlaceInText(request.origin().get(), request.radiusKm().orElse(null));
        }
        if (judged.doelgroep().isPresent()) {
            request = request.withDoelgroep("jongeren".equals(judged.doelgroep().get())
                                                    ? Doelgroep.JONGEREN : Doelgroep.OUDERS);
        }
        SearchResponse response = portal.search().search(request);
        List<String> keys = new ArrayList<>();
        response.answerCards().forEach(card -> keys.add(card.id()));
        response.hits().forEach(hit -> keys.add(switch (hit.type()) {
            case SCHOOL -> "school:" + hit.id();
            case ARTIKEL -> hit.id();
            default -> "sectie:" + hit.schoolId().orElse("");
        }));
        return keys;
    }

    private static double usedHeapAfterGcMb() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used / (1024.0 * 1024);
    }

    static PortalSettings settings(Path dataDir) {
        return settings(dataDir, Map.of());
    }

    /** @param overrides configuration keys over {@code application.yaml}, e.g. {@code search.sample-size} */
    static PortalSettings settings(Path dataDir, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(overrides);
        values.put("data.dir", dataDir.toString());
        values.put("db.url", "");
        Config config = Config.builder()
                .addSource(ConfigSources.create(values))
                .addSource(ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        return PortalSettings.from(config);
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T timed(Report report, String name, Step<T> step) throws Exception {
        long started = System.nanoTime();
        T result = step.run();
        report.put(name + ".seconds", seconds(started));
        return result;
    }

    /** Option {@code sampleSize}: the portal's section sample ({@code search.sample-size}), to compare sizes. */
    private static Map<String, String> sampleSize(Map<String, String> options) {
        return options.containsKey("sampleSize") ? Map.of("search.sample-size", options.get("sampleSize")) : Map.of();
    }

    private static double option(Map<String, String> options, String name, double fallback) {
        return Double.parseDouble(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
