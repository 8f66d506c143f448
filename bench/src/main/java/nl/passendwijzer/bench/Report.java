package nl.passendwijzer.bench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run and the closing table: both systems side by side, PostgreSQL/Lucene ratios, targets. */
final class Report {
    private final Map<String, Double> numbers = new LinkedHashMap<>();
    TimedLoop.Result lucene;
    TimedLoop.Result pg;
    final List<SamplingCheck.Result> sampling = new ArrayList<>();
    ParallelismCheck parallelism;
    /** The HTTP streams measured ({@code http.<name>.p99} …). */
    final List<BenchMain.HttpStream> httpStreams = new ArrayList<>();
    private final String loadAtStart = loadAverage();

    void put(String name, double value) {
        numbers.put(name, value);
    }

    double number(String name) {
        return numbers.getOrDefault(name, Double.NaN);
    }

    double seconds(String step) {
        return number(step + ".seconds");
    }

    void print(PrintStream out) {
        out.print(this);
        out.flush();
    }

    @Override
    public String toString() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        double luceneP50 = lucene == null ? Double.NaN : lucene.all().percentileMs(50);
        double luceneP99 = lucene == null ? Double.NaN : lucene.all().percentileMs(99);
        double pgP50 = pg == null ? Double.NaN : pg.all().percentileMs(50);
        double pgP99 = pg == null ? Double.NaN : pg.all().percentileMs(99);
        out.printf(Locale.ROOT, "%n=== Passend Wijzer search benchmark: %.0f documents, %d CPUs, max heap %.0f MB ===%n",
                   number("documents"), Runtime.getRuntime().availableProcessors(), number("maxHeapMb"));
        out.printf("load average at start: %s, at end: %s (1/5/15 min; other processes share the machine)%n",
                   loadAtStart, loadAverage());
        String row = "%-34s %14s %14s %12s   %s%n";
        out.printf(row, "", "Lucene", "PostgreSQL", "PG/Lucene", "target (Lucene)");
        out.printf(row, "full rebuild / load+index (s)", f1(seconds("rebuild")), f1(seconds("pgLoad")),
                   ratio(seconds("pgLoad"), seconds("rebuild")), target(seconds("rebuild"), 60, "<= 60 s"));
        out.printf(row, "  of which reading H2 (s)", f1(seconds("read")), "", "", "");
        out.printf(row, "heap after rebuild, after GC (MB)", f0(number("heapMb")), "", "",
                   target(number("heapMb"), 512, "<= 512 MB"));
        out.printf(row, "size on disk (MB)", "", f0(number("pgMb")), "", "");
        out.printf(row, "in-process p50 (ms)", f2(luceneP50), f2(pgP50), ratio(pgP50, luceneP50),
                   target(luceneP50, 2, "<= 2 ms"));
        out.printf(row, "in-process p99 (ms)", f2(luceneP99), f2(pgP99), ratio(pgP99, luceneP99),
                   target(luceneP99, 15, "<= 15 ms"));
        if (lucene != null) {
            out.printf(row, "  CPU time p50 / p99 (ms)", f2(lucene.cpu().percentileMs(50)) + " / "
                    + f1(lucene.cpu().percentileMs(99)), "(in server)", "", "");
            out.printf(row, "  allocated p50 / p99 (kB)", f0(lucene.allocated().percentile(50) / 1024) + " / "
                    + f0(lucene.allocated().percentile(99) / 1024), "", "", "");
            lucene.byCategory().forEach((category, l) -> {
                Latencies p = pg == null ? null : pg.byCategory().get(category);
                out.printf(row, "  " + category + " p50 / p99 (ms)", f2(l.percentileMs(50)) + " / " + f1(l.percentileMs(99)),
                           p == null ? "" : f2(p.percentileMs(50)) + " / " + f1(p.percentileMs(99)),
                           p == null ? "" : ratio(p.percentileMs(50), l.percentileMs(50)), "");
            });
        }
        if (parallelism != null) {
            out.printf(row, "searches/s on 1 / " + parallelism.threads() + " threads",
                       f0(parallelism.oneThreadPerSecond()) + " / " + f0(parallelism.allThreadsPerSecond()), "", "",
                       String.format(Locale.ROOT, "%.2fx (%d cores: %dx at best)", parallelism.speedup(),
                                     parallelism.threads(), parallelism.threads()));
        }
        for (SamplingCheck.Result result : sampling) {
            out.printf(row, "first page as ranking every match,", result.samePage() + " / " + result.searches(), "", "",
                       "");
            out.printf(row, "  " + result.name() + ": overlap mean / lowest,", f2(result.meanOverlap()) + " / "
                    + f2(result.lowestOverlap()), "", "", "");
            out.printf(row, "  score share (1 = as good)", f3(result.meanScore()), "", "", "");
        }
        out.printf(row, "nDCG@10 (" + f0(number("ndcg.queries")) + " judged queries)", f3(number("ndcg.lucene")),
                   f3(number("ndcg.pg")), ratio(number("ndcg.pg"), number("ndcg.lucene")), "");
        for (BenchMain.HttpStream stream : httpStreams) {
            String key = "http." + stream.name() + ".";
            out.printf(row, "HTTP, " + stream.label() + ":", "", "", "", "");
            out.printf(row, "  p50 / p99 @64 clients (ms)", f1(number(key + "p50")) + " / " + f1(number(key + "p99")),
                       "", "", target(number(key + "p99"), 50, "p99 <= 50 ms"));
            double rps = number(key + "rps");
            out.printf(row, "  throughput (req/s)", f0(rps), "", "",
                       Double.isNaN(rps) ? "" : (rps >= 1500 ? "ok" : "MISSED") + " (>= 1500 req/s)");
            out.printf(row, "  answered from the answer cache", f0(number(key + "reusedPercent")) + " %", "", "", "");
            out.printf(row, "  CPU per answer (ms, whole server)", f2(number(key + "cpuMs")), "", "", "");
            out.printf(row, "  allocated per answer (kB)", f0(number(key + "allocatedKb")), "", "", "");
            out.printf(row, "  collections / their pauses (ms)", f0(number(key + "collections")) + " / "
                    + f0(number(key + "collectionMs")), "", "", "");
            out.printf(row, "  errors", f0(number(key + "errors")), "", "", "");
        }
        out.flush();
        return text.toString();
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException unavailable) {
            return "n/a";
        }
    }

    private static String target(double value, double limit, String label) {
        if (Double.isNaN(value)) {
            return "";
        }
        return (value <= limit ? "ok" : String.format(Locale.ROOT, "MISSED by %.0f %%", (value / limit - 1) * 100))
                + " (" + label + ")";
    }

    private static String ratio(double pg, double lucene) {
        return Double.isNaN(pg) || Double.isNaN(lucene) || lucene == 0 ? "" : String.format(Locale.ROOT, "%.2fx", pg / lucene);
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
