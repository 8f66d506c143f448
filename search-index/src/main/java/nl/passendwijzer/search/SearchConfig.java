package nl.passendwijzer.search;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What an index is opened with.
 *
 * @param contentVersion the version (e.g. hash) of the content the index must reflect; a different version stored in
 *                       the index means the caller has to rebuild
 * @param synonymGroups  query-time synonym groups, e.g. [["tlv", "toelaatbaarheidsverklaring"]]
 * @param vocabularyTerms terms offered by autocomplete (e.g. "dyslexie", "kleine groep")
 * @param clock          today's date decides which schooljaar counts as current
 */
public record SearchConfig(String contentVersion, List<List<String>> synonymGroups, List<String> vocabularyTerms,
                           Clock clock) {
    public SearchConfig {
        Objects.requireNonNull(contentVersion, "contentVersion");
        synonymGroups = Objects.requireNonNullElse(synonymGroups, List.<List<String>>of()).stream()
                .map(List::copyOf).toList();
        vocabularyTerms = List.copyOf(Objects.requireNonNullElse(vocabularyTerms, List.of()));
        clock = Objects.requireNonNullElse(clock, Clock.systemDefaultZone());
    }

    public static SearchConfig of(String contentVersion, List<List<String>> synonymGroups,
                                  List<String> vocabularyTerms) {
        return new SearchConfig(contentVersion, synonymGroups, vocabularyTerms, Clock.systemDefaultZone());
    }
}
