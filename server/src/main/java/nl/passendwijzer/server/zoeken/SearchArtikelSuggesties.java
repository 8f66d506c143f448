package nl.passendwijzer.server.zoeken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.Doelgroep;
import nl.passendwijzer.search.SearchHit;
import nl.passendwijzer.search.SearchRequest;
import nl.passendwijzer.server.intake.ArtikelSuggestie;
import nl.passendwijzer.server.intake.ArtikelSuggesties;
import nl.passendwijzer.server.rechten.RechtenRepository;

/** Suggests rights articles for a question by searching its text, in the asker's doelgroep, one per topic. */
public final class SearchArtikelSuggesties implements ArtikelSuggesties {
    private final PortalSearch search;
    private final RechtenRepository rechten;

    public SearchArtikelSuggesties(PortalSearch search, RechtenRepository rechten) {
        this.search = search;
        this.rechten = rechten;
    }

    @Override
    public List<ArtikelSuggestie> suggest(String vraagTekst, String doelgroep, int max) {
        Doelgroep wanted = "jongeren".equals(doelgroep) ? Doelgroep.JONGEREN : Doelgroep.OUDERS;
        SearchRequest request = SearchRequest.of(vraagTekst)
                .withTypes(DocumentType.ARTIKEL)
                .withDoelgroep(wanted)
                .withPage(0, 20);
        Map<String, ArtikelSuggestie> bySlug = new LinkedHashMap<>();
        for (SearchHit hit : search.search(request).hits()) {
            String[] id = hit.id().split(":");
            if (id.length != 3 || !id[2].equals(doelgroep(wanted)) || bySlug.containsKey(id[1])) {
                continue;
            }
            rechten.find(id[1], id[2]).ifPresent(a -> bySlug.put(a.slug(), new ArtikelSuggestie(
                    a.slug(), a.doelgroep(), a.titel(), a.samenvatting(), hit.url())));
            if (bySlug.size() == max) {
                break;
            }
        }
        return List.copyOf(bySlug.values());
    }

    private static String doelgroep(Doelgroep d) {
        return d == Doelgroep.JONGEREN ? "jongeren" : "ouders";
    }
}
