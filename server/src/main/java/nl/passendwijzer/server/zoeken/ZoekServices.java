package nl.passendwijzer.server.zoeken;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.server.regio.SwvDirectory;

/** Builds the search endpoints around the portal's index. */
public final class ZoekServices {
    private final ZoekService zoek;
    private final SuggestieService suggesties;

    public ZoekServices(PortalSearch search, DbClient db, Vocabulaire vocabulaire, SwvDirectory swvDirectory,
                        SearchSettings settings) {
        this.zoek = new ZoekService(search, new Pc4Locations(db), new ZoekLabels(vocabulaire, swvDirectory),
                                    new JargonUitleg(vocabulaire), new SearchAdmission(settings),
                                    new AnswerCache(settings.cachedAnswers(), search::generation));
        this.suggesties = new SuggestieService(search);
    }

    public ZoekService zoek() {
        return zoek;
    }

    public SuggestieService suggesties() {
        return suggesties;
    }
}
