package nl.passendwijzer.server.zoeken;

import io.helidon.dbclient.DbClient;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.server.regio.SwvDirectory;

/** Builds the search endpoints around the portal's index. */
public final class ZoekServices {
    /** Metric names (under /observe/metrics): their ratio is the share of searches answered from the cache. */
    public static final String ANSWERS_REUSED = "search.answers.reused";
    public static final String ANSWERS_COMPUTED = "search.answers.computed";

    private final ZoekService zoek;
    private final SuggestieService suggesties;

    public ZoekServices(PortalSearch search, DbClient db, Vocabulaire vocabulaire, SwvDirectory swvDirectory,
                        SearchSettings settings) {
        this.zoek = new ZoekService(search, new Pc4Locations(db), new ZoekLabels(vocabulaire, swvDirectory),
                                    new JargonUitleg(vocabulaire), new SearchAdmission(settings),
                                    new AnswerCache(settings.answerCacheMb() * 1024L * 1024, search::generation,
                                                    counter(ANSWERS_REUSED, "Search answers sent from the answer cache"),
                                                    counter(ANSWERS_COMPUTED, "Search answers searched for")));
        this.suggesties = new SuggestieService(search);
    }

    private static Counter counter(String name, String description) {
        return Metrics.globalRegistry().getOrCreate(Counter.builder(name).description(description));
    }

    public ZoekService zoek() {
        return zoek;
    }

    public SuggestieService suggesties() {
        return suggesties;
    }
}
