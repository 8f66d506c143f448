package nl.passendwijzer.server.intake;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.passendwijzer.server.db.DatabaseSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * CRASH TEST (failsafe, after {@code package}): the real server jar on a temporary H2 data directory takes questions
 * from 16 concurrent clients; mid-way it is killed with SIGKILL ({@code destroyForcibly}), restarted on the same data
 * directory, and every question that was answered 201 must be there, intact, readable with its volgcode. The rest of
 * the 1,000 questions then go to the restarted server in three timed rounds: the median is the durable
 * submissions/s figure printed as {@code DURABLE-SUBMISSIONS-PER-SECOND}.
 */
@Tag("crash")
class IntakeCrashIT {
    private static final int TOTAL = 1000;
    private static final int KILL_AFTER = 300;
    private static final int CLIENTS = 16;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Acked(String referentie, String volgcode, String tekst) {
    }

    @Test
    void everyAcknowledgedQuestionSurvivesAKillNineAndARestart(@TempDir Path dataDir) throws Exception {
        Map<String, Acked> acked = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger uncertain = new AtomicInteger();

        Server first = Server.start(dataDir);
        String token = first.token(http);
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (first.process.isAlive() && attempts.get() < TOTAL) {
                    int n = attempts.incrementAndGet();
                    submit(first, token, n, acked, uncertain);
                }
                return null;
            });
        }
        assertThat("server takes questions", waitFor(() -> acked.size() >= KILL_AFTER, Duration.ofMinutes(3)), is(true));
        first.process.destroyForcibly();
        first.process.waitFor(30, TimeUnit.SECONDS);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES), is(true));
        int phaseOne = attempts.get();
        System.out.println("Killed after " + acked.size() + " acknowledged, " + uncertain.get() + " in flight/failed");

        Server second = Server.start(dataDir);
        List<String> unreadable = acked.values().stream()
                .filter(a -> second.statusCode(http, a.referentie(), a.volgcode()) != 200)
                .map(Acked::referentie).sorted().toList();
        if (!unreadable.isEmpty()) {
            second.process.destroy();
            second.process.waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError(lossReport(dataDir, unreadable, acked.size()));
        }
        try {
            String token2 = second.token(http);
            for (Acked a : acked.values()) {
                JsonObject status = second.status(http, a.referentie(), a.volgcode());
                assertThat(a.referentie(), status.getString("vraag"), is(a.tekst()));
                assertThat(status.getJsonObject("swv").getString("code"), is("PO2707"));
            }
            List<Double> rates = new ArrayList<>();
            int left = TOTAL - phaseOne;
            for (int round = 0; round < 3; round++) {
                int size = round < 2 ? left / 3 : left - 2 * (left / 3);
                AtomicInteger next = new AtomicInteger();
                int before = acked.size();
                long started = System.nanoTime();
                try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int c = 0; c < CLIENTS; c++) {
                        pool.submit(() -> {
                            while (next.incrementAndGet() <= size) {
                                submit(second, token2, attempts.incrementAndGet(), acked, uncertain);
                            }
                            return null;
                        });
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                rates.add((acked.size() - before) / seconds);
            }
            Collections.sort(rates);
            System.out.printf("DURABLE-SUBMISSIONS-PER-SECOND median=%.0f rounds=%s (H2 file, WRITE_DELAY=0, %d clients)%n",
                              rates.get(1), rates, CLIENTS);
            for (Acked a : acked.values()) {
                assertThat(second.status(http, a.referentie(), a.volgcode()).getString("vraag"), is(a.tekst()));
            }
        } finally {
            second.process.destroy();
            second.process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(attempts.get(), greaterThanOrEqualTo(TOTAL));
        assertThat(acked.size(), greaterThan(TOTAL - uncertain.get() - CLIENTS));
        long stored = countQuestions(dataDir);
        assertThat("every acknowledged question is stored", stored, greaterThanOrEqualTo((long) acked.size()));
        assertThat("nothing but submitted questions is stored", stored, lessThanOrEqualTo((long) acked.size() + uncertain.get()));
    }

    private void submit(Server server, String token, int n, Map<String, Acked> acked, AtomicInteger uncertain) {
        String tekst = "Crashtest vraag " + n + ": moet ik mijn kind bij meer scholen aanmelden? \u00e9\u00e8 \uD83D\uDE00";
        JsonObject body = Json.createObjectBuilder()
                .add("rol", "ouder").add("sector", "po").add("leeftijd", 6).add("postcode", "1011")
                .add("categorie", "aanmelden-zorgplicht").add("vraag", tekst).add("toestemming", true)
                .add("toestemmingVersie", Toestemming.VERSIE).add("formulierToken", token).build();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(server.uri("/api/vragen")).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                JsonObject created = Json.createReader(new StringReader(response.body())).readObject();
                acked.put(created.getString("referentie"),
                          new Acked(created.getString("referentie"), created.getString("volgcode"), tekst));
            } else {
                uncertain.incrementAndGet();
            }
        } catch (IOException e) {
            uncertain.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What to know when an acknowledged question is not readable after the restart: whether its row is in the database
     * at all (lost commit) or only not served, with the data directory and both servers' logs kept for a post-mortem.
     */
    private static String lossReport(Path dataDir, List<String> unreadable, int acknowledged) throws Exception {
        List<String> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DatabaseSettings.h2Url(dataDir), "sa", "");
             var query = c.prepareStatement("SELECT referentie FROM vraag WHERE referentie = ?")) {
            for (String referentie : unreadable) {
                query.setString(1, referentie);
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        stored.add(referentie);
                    }
                }
            }
        }
        Path kept = Path.of("target", "intake-crash-" + System.currentTimeMillis()).toAbsolutePath();
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.toList()) {
                Files.copy(file, kept.resolve(dataDir.relativize(file).toString()));
            }
        }
        return unreadable.size() + " of " + acknowledged + " acknowledged questions not readable after the restart "
                + unreadable + "; of those in the database: " + stored + "; data directory and server logs kept in "
                + kept;
    }

    private static long countQuestions(Path dataDir) throws SQLException {
        try (Connection c = DriverManager.getConnection(DatabaseSettings.h2Url(dataDir),
                                                        "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM vraag")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
        return Await.until(timeout, condition);
    }

    /** The packaged server as a child JVM. */
    private record Server(Process process, int port) {
        static Server start(Path dataDir) throws IOException {
            Path jar = Path.of("target", "passendwijzer-server.jar").toAbsolutePath();
            assertThat("run after package: " + jar, Files.exists(jar), is(true));
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Ddata.dir=" + dataDir, "-Dserver.port=" + port,
                                                 "-Dserver.host=127.0.0.1", "-Dapp.intake.indienen-per-uur=1000000",
                                                 "-Dapp.intake.opvragen-per-uur=1000000",
                                                 "-Dapp.intake.minimale-invultijd=PT0S", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("server-" + port + ".log").toFile())
                    .start();
            Server server = new Server(process, port);
            HttpClient probe = HttpClient.newHttpClient();
            boolean up = Await.until(Duration.ofSeconds(90), () -> {
                try {
                    return probe.send(HttpRequest.newBuilder(server.uri("/observe/health")).build(),
                                      HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            assertThat("server on port " + port + " ready", up, is(true));
            return server;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String token(HttpClient http) throws IOException, InterruptedException {
            String body = http.send(HttpRequest.newBuilder(uri("/api/vragen/formulier")).build(),
                                    HttpResponse.BodyHandlers.ofString()).body();
            return Json.createReader(new StringReader(body)).readObject().getString("formulierToken");
        }

        HttpRequest statusRequest(String referentie, String volgcode) {
            return HttpRequest.newBuilder(uri("/api/vragen/" + referentie)).header("X-Volgcode", volgcode).build();
        }

        int statusCode(HttpClient http, String referentie, String volgcode) {
            try {
                return http.send(statusRequest(referentie, volgcode), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        JsonObject status(HttpClient http, String referentie, String volgcode) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(statusRequest(referentie, volgcode),
                                                      HttpResponse.BodyHandlers.ofString());
            assertThat(referentie + " readable after restart", response.statusCode(), is(200));
            return Json.createReader(new StringReader(response.body())).readObject();
        }
    }
}
