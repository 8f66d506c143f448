package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    private static final GeoPoint UTRECHT_CENTRUM = new GeoPoint(52.0907, 5.1214);

    @TempDir
    Path dir;
    private SearchIndex index;

    @BeforeEach
    void build() throws IOException {
        index = SearchIndex.open(dir, TestCorpus.config("v1"));
        index.rebuild(TestCorpus.documents().stream(), "v1", count -> { });
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> ids(String query) throws IOException {
        return ids(index.search(SearchRequest.of(query)));
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(SearchHit::id).toList();
    }

    /** What the page shows: answer cards, then results. */
    private List<String> shown(String query) throws IOException {
        SearchResponse response = index.search(SearchRequest.of(query));
        List<String> shown = new ArrayList<>(response.answerCards().stream().map(SearchHit::id).toList());
        shown.addAll(ids(response));
        return shown;
    }

    @Test
    void conjugatedVerbFindsTheArticleAboutRefusal() throws IOException {
        assertThat(shown("school weigert"), hasItem("artikel-weigeren-ouders"));
        assertThat(shown("geweigerd"), hasItem("artikel-weigeren-ouders"));
    }

    @Test
    void accentsDoNotMatter() throws IOException {
        assertThat(ids("coordinator"), contains("01AA00-sop-1"));
    }

    @Test
    void aPartOfACompoundFindsTheCompound() throws IOException {
        assertThat(ids("profiel"), hasItem("01AA00-sop-2"));
        assertThat(ids("vervoer"), hasItem("artikel-thuiszitten-ouders"));
    }

    @Test
    void synonymsAndAbbreviationsFindTheFullTerm() throws IOException {
        SearchResponse ass = index.search(SearchRequest.of("ASS"));
        assertThat(ids(ass), hasItem("01AA00-sop-1"));
        SearchHit sop = ass.hits().stream().filter(hit -> hit.id().equals("01AA00-sop-1")).findFirst().orElseThrow();
        assertThat(sop.why(), hasItem("synoniem: ASS → autisme"));
        assertThat(ids("TLV"), hasItem("artikel-tlv-ouders"));
        assertThat(ids("rugzak"), hasItem("artikel-arrangement-ouders"));
        assertThat(ids("leerlinggebonden financiering"), hasItem("artikel-arrangement-ouders"));
    }

    @Test
    void aTypoIsCorrectedAndItsResultsShown() throws IOException {
        SearchResponse response = index.search(SearchRequest.of("dislexie"));
        assertThat(response.spellingSuggestion(), equalTo(Optional.of("dyslexie")));
        assertThat(response.correctedQueryUsed(), is(true));
        assertThat(ids(response), hasItem("03CC00-gids-1"));
    }

    @Test
    void aTypoOfTwoEditsIsCorrectedToo() throws IOException {
        SearchResponse response = index.search(SearchRequest.of("dislexi"));
        assertThat(response.spellingSuggestion(), equalTo(Optional.of("dyslexie")));
        assertThat(ids(response), hasItem("03CC00-gids-1"));
    }

    @Test
    void multiSelectFacetKeepsCountsOfTheOtherValues() throws IOException {
        SearchResponse response = index.search(SearchRequest.of("").withTypes(DocumentType.SCHOOL)
                .withFacetFilters(Map.of("voorziening", Set.of("kleine-groep"))));
        assertThat(response.totalHits(), equalTo(2L));
        assertThat(response.facets().get("voorziening"), containsInAnyOrder(
                new FacetCount("kleine-groep", 2, true), new FacetCount("rustruimte", 1, false)));
        assertThat(response.facets().get("gemeente"), containsInAnyOrder(
                new FacetCount("Utrecht", 1, false), new FacetCount("Zeist", 1, false)));
        SearchResponse both = index.search(SearchRequest.of("").withTypes(DocumentType.SCHOOL)
                .withFacetFilters(Map.of("voorziening", Set.of("kleine-groep", "rustruimte"))));
        assertThat(both.totalHits(), equalTo(3L));
        Map<String, List<String>> filtersMet = new HashMap<>();
        both.hits().forEach(hit -> filtersMet.put(hit.id(),
                hit.why().stream().filter(line -> line.startsWith("filter: ")).toList()));
        assertThat(filtersMet, equalTo(Map.of(
                "01AA00", List.of("filter: voorziening=kleine-groep"),
                "02BB00", List.of("filter: voorziening=rustruimte"),
                "03CC00", List.of("filter: voorziening=kleine-groep"))));
    }

    @Test
    void distanceFiltersAndSortsWithAStraightLineLabel() throws IOException {
        SearchResponse near = index.search(SearchRequest.of("").withTypes(DocumentType.SCHOOL)
                .near(UTRECHT_CENTRUM, 5.0));
        assertThat(ids(near), contains("01AA00", "02BB00"));
        assertThat(near.hits().get(1).distanceKm().orElseThrow(), closeTo(4.2, 0.3));
        assertThat(near.hits().get(1).why(), hasItem("afstand 4,1 km hemelsbreed"));
        assertThat(ids(index.search(SearchRequest.of("school").withTypes(DocumentType.SCHOOL)
                .near(UTRECHT_CENTRUM, null))), contains("01AA00", "02BB00", "03CC00"));
    }

    @Test
    void theGenerationStaysWhileNothingChangesAndChangesWithEveryChange() throws IOException {
        Object before = index.generation();
        index.search(SearchRequest.of("zonnebloem"));
        assertThat(index.generation(), sameInstance(before));
        index.upsert(TestCorpus.school("06FF00", "Obs Het Anker", "Utrecht", 52.09, 5.12, "lift", "motorisch"));
        Object afterUpsert = index.generation();
        assertThat(afterUpsert, not(sameInstance(before)));
        index.delete("06FF00");
        assertThat(index.generation(), not(anyOf(sameInstance(before), sameInstance(afterUpsert))));
    }

    @Test
    void anUpsertIsSearchableImmediately() throws IOException {
        index.upsert(TestCorpus.school("04DD00", "Montessorischool Zonnebloem", "Utrecht", 52.09, 5.12,
                "plusklas", "hoogbegaafdheid"));
        assertThat(ids("zonnebloem"), contains("04DD00"));
        index.delete("04DD00");
        assertThat(ids("zonnebloem"), empty());
    }

    @Test
    void sectionsOfASchoolAreReplacedOrRemovedTogether() throws IOException {
        index.replaceByParent("01AA00", List.of(IndexDocument.builder("01AA00-sop-9", DocumentType.SOP_SECTIE)
                .parentSchoolId("01AA00").title("Plusklas").body("Een plusklas voor hoogbegaafde leerlingen").build()));
        assertThat(ids("coordinator"), empty());
        assertThat(ids("plusklas"), contains("01AA00-sop-9"));
        index.deleteByParent("01AA00");
        assertThat(ids("plusklas"), empty());
        assertThat(ids("regenboog"), contains("01AA00"));
    }

    @Test
    void snippetsAreEscapedHtmlWithMarkedMatches() throws IOException {
        SearchHit hit = index.search(SearchRequest.of("veiligheid")).hits().stream()
                .filter(h -> h.id().equals("artikel-script")).findFirst().orElseThrow();
        String snippet = String.join(" ", hit.snippets());
        assertThat(snippet, containsString("&lt;script&gt;"));
        assertThat(snippet, not(containsString("<script>")));
        assertThat(snippet, containsString("<mark>veiligheid</mark>"));
        assertThat(snippet, containsString("&amp;"));
    }

    @Test
    void aRightsQuestionBringsAnswerCardsForThePupilFirst() throws IOException {
        SearchResponse response = index.search(SearchRequest.of("ik ga niet meer naar school omdat ik gepest word"));
        assertThat(response.rightsQuestion(), is(true));
        assertThat(response.answerCards().get(0).id(), equalTo("artikel-thuiszitten-jongeren"));
        SearchResponse parent = index.search(SearchRequest.of("mag de school mijn kind weigeren"));
        assertThat(parent.rightsQuestion(), is(true));
        assertThat(parent.answerCards().get(0).id(), equalTo("artikel-weigeren-ouders"));
        assertThat(index.search(SearchRequest.of("basisschool utrecht")).rightsQuestion(), is(false));
    }

    @Test
    void anArticleShownAsAnAnswerCardIsNotRepeatedInTheResults() throws IOException {
        SearchResponse response = index.search(SearchRequest.of("mag de school mijn kind weigeren"));
        assertThat(response.answerCards().get(0).id(), equalTo("artikel-weigeren-ouders"));
        assertThat(ids(response), not(hasItem("artikel-weigeren-ouders")));
    }

    @Test
    void keywordsFindADocumentWhoseTextNeverUsesTheWord() throws IOException {
        index.upsert(IndexDocument.builder("04DD00", DocumentType.SCHOOL).title("Obs De Linde")
                .body("Obs De Linde in Utrecht").keywords(List.of("slechthorend", "auditieve beperking"))
                .url("/scholen/04DD00").build());
        assertThat(ids("slechthorend"), contains("04DD00"));
    }

    @Test
    void aWordInMostDocumentsIsNotRequired() throws IOException {
        List<IndexDocument> docs = new ArrayList<>(TestCorpus.documents());
        for (int i = 0; i < 20; i++) {
            docs.add(TestCorpus.article("school-" + i, Doelgroep.OUDERS, "Over school " + i, "De school en de klas."));
        }
        docs.add(IndexDocument.builder("05EE00", DocumentType.SCHOOL).title("Obs De Es")
                .body("Extra ondersteuning bij taalontwikkelingsstoornis").url("/scholen/05EE00").build());
        index.rebuild(docs.stream(), "v1", count -> { });
        assertThat(ids("school voor taalontwikkelingsstoornis"), contains("05EE00"));
    }

    @Test
    void aPlaceTypedInTheTextWeighsNearnessThreeTimesAsMuchAsAPostcodeGivenAsASetting() throws IOException {
        List<IndexDocument> docs = new ArrayList<>(TestCorpus.documents());
        docs.add(TestCorpus.school("09II00", "Kindcentrum De Linde", "Utrecht", 52.0800, 5.1300, "kleine groep",
                "autisme"));
        index.rebuild(docs.stream(), "v1", count -> { });
        SearchRequest search = SearchRequest.of("kleine groep autisme");
        float text = score(index.search(search), "09II00");
        float setting = score(index.search(search.near(UTRECHT_CENTRUM, null)), "09II00") - text;
        float typed = score(index.search(search.nearPlaceInText(UTRECHT_CENTRUM, null)), "09II00") - text;
        assertThat(setting, greaterThan(0f));
        assertThat((double) typed / setting, closeTo(3.0, 0.001));
    }

    private static float score(SearchResponse response, String id) {
        return response.hits().stream().filter(hit -> hit.id().equals(id)).findFirst().orElseThrow().score();
    }

    @Test
    void oneSchoolsSectionsDoNotCrowdOutAnotherSchool() throws IOException {
        List<IndexDocument> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            docs.add(IndexDocument.builder("06FF00-sop-" + i, DocumentType.SOP_SECTIE).parentSchoolId("06FF00")
                    .title("Zeppelin: deel " + i).body("Bij de Zeppelin werken we met een plan, deel " + i + ".")
                    .url("/scholen/06FF00#" + i).build());
        }
        docs.add(IndexDocument.builder("07GG00", DocumentType.SCHOOL).title("Kindcentrum De Zeppelin")
                .body("Kindcentrum in Middelburg").url("/scholen/07GG00").build());
        index.rebuild(docs.stream(), "v1", count -> { });
        assertThat(ids(index.search(SearchRequest.of("zeppelin").withPage(0, 5))), hasItem("07GG00"));
    }

    @Test
    void deepPagesContinueWhereTheFirstPageStopped() throws IOException {
        List<IndexDocument> many = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            many.add(TestCorpus.school(String.format("%02dXX%02d", i, i), "Vestiging " + i, "Utrecht", 52.09, 5.12,
                    "plusklas", "gedrag"));
        }
        index.rebuild(many.stream(), "v1", count -> { });
        List<String> all = ids(index.search(SearchRequest.of("vestiging").withPage(0, 50)));
        List<String> secondHalf = ids(index.search(SearchRequest.of("vestiging").withPage(1, 50)));
        List<String> lastPage = ids(index.search(SearchRequest.of("vestiging").withPage(9, 10)));
        assertThat(index.search(SearchRequest.of("vestiging").withPage(9, 10)).totalHits(), equalTo(95L));
        assertThat(lastPage, hasSize(5));
        assertThat(secondHalf, hasSize(45));
        assertThat(all, everyItem(not(isIn(secondHalf))));
        assertThat(index.search(SearchRequest.of("vestiging").withPage(80, 10)).hits(), empty());
    }

    @Test
    void pagesOfTenFollowTheOrderOfPagesOfFifty() throws IOException {
        List<IndexDocument> docs = new ArrayList<>();
        // One school's forty sections outscore every other section, until spreading over schools halves each next
        // one: the first page then needs hits from far below the first window ranked.
        for (int section = 0; section < 40; section++) {
            docs.add(IndexDocument.builder("01ZZ00-sop-" + section, DocumentType.SOP_SECTIE).parentSchoolId("01ZZ00")
                    .title("Deel " + section).body("zeppelin zeppelin zeppelin " + "tekst ".repeat(section % 3))
                    .url("/scholen/01ZZ00#" + section).build());
        }
        for (int school = 2; school < 80; school++) {
            String id = String.format("%02dZZ00", school);
            docs.add(IndexDocument.builder(id + "-sop-1", DocumentType.SOP_SECTIE).parentSchoolId(id)
                    .title("Deel 1").body("zeppelin " + "tekst ".repeat(school % 7)).url("/scholen/" + id).build());
        }
        index.rebuild(docs.stream(), "v1", count -> { });

        List<String> pagesOfFifty = new ArrayList<>(ids(index.search(SearchRequest.of("zeppelin").withPage(0, 50))));
        pagesOfFifty.addAll(ids(index.search(SearchRequest.of("zeppelin").withPage(1, 50))));
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            pages.addAll(ids(index.search(SearchRequest.of("zeppelin").withPage(page, 10))));
        }

        assertThat(pagesOfFifty, hasSize(100));
        assertThat(pages, equalTo(pagesOfFifty));
    }

    @Test
    void aFailedRebuildLeavesThePreviousIndexInPlace() throws IOException {
        java.util.stream.Stream<IndexDocument> broken = java.util.stream.Stream.concat(
                TestCorpus.documents().stream().limit(2),
                java.util.stream.Stream.generate(() -> { throw new IllegalStateException("bron onleesbaar"); }));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> index.rebuild(broken, "v1", count -> { }));
        assertThat(index.documentCount(), equalTo(TestCorpus.documents().size()));
        index.upsert(TestCorpus.school("05EE00", "Obs De Wissel", "Utrecht", 52.09, 5.12, "lift", "motorisch"));
        assertThat(ids("wissel"), contains("05EE00"));
    }

    @Test
    void aDocumentThatCannotBeIndexedFailsTheRebuildAndLeavesThePreviousIndexInPlace() throws IOException {
        List<IndexDocument> docs = new ArrayList<>(TestCorpus.documents());
        // An id beyond Lucene's term length limit: addDocument refuses it on an indexing thread.
        docs.add(IndexDocument.builder("9".repeat(40_000), DocumentType.SCHOOL).title("Obs Te Lang").body("lift")
                .build());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> index.rebuild(docs.stream(), "v1", count -> { }));
        assertThat(index.documentCount(), equalTo(TestCorpus.documents().size()));
        assertThat(ids("regenboog"), contains("01AA00"));
    }

    @Test
    void theIndexSurvivesAReopenAndAskForNoRebuild() throws IOException {
        index.close();
        index = SearchIndex.open(dir, TestCorpus.config("v1"));
        assertThat(index.rebuildReason(), equalTo(Optional.empty()));
        assertThat(ids("regenboog"), contains("01AA00"));
    }

    @Test
    void anotherContentVersionAsksForARebuild() throws IOException {
        index.close();
        index = SearchIndex.open(dir, TestCorpus.config("v2"));
        assertThat(index.rebuildReason().orElseThrow(), containsString("content version"));
        index.rebuild(TestCorpus.documents().stream(), "v2", count -> { });
        assertThat(index.rebuildReason(), equalTo(Optional.empty()));
    }

    @Test
    void anotherAnalyzerVersionAsksForARebuild() throws IOException {
        index.close();
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(SearchIndex.ANALYZER_VERSION_KEY, "nl-0",
                    SearchIndex.CONTENT_VERSION_KEY, "v1").entrySet());
            writer.commit();
        }
        index = SearchIndex.open(dir, TestCorpus.config("v1"));
        assertThat(index.rebuildReason().orElseThrow(), containsString("analyzer version"));
        assertThat(index.analyzerVersion(), startsWith(AnalyzerVersion.current() + "/schooljaar-"));
    }

    @Test
    void aDirectoryWithoutAnIndexAsksForARebuild() throws IOException {
        index.close();
        index = SearchIndex.open(dir.resolve("leeg"), TestCorpus.config("v1"));
        assertThat(index.rebuildReason(), not(equalTo(Optional.empty())));
        assertThat(index.search(SearchRequest.of("school")).totalHits(), equalTo(0L));
    }

    @Test
    void aSchoolNameTypedAsOneWordAlsoFindsTheSchoolsOfThatNameWrittenApart() throws IOException {
        index.close();
        index = SearchIndex.open(dir.resolve("namen"), TestCorpus.config("v1"));
        index.rebuild(Stream.of(
                TestCorpus.school("01AA00", "VSO Ravensteinschool", "Eindhoven", 51.44, 5.47, "lift", "gedrag"),
                TestCorpus.school("02BB00", "Praktijkschool Ravenstein", "Groningen", 53.22, 6.57, "lift", "gedrag"),
                TestCorpus.school("03CC00", "Praktijkschool De Steiger", "Groningen", 53.21, 6.56, "lift", "gedrag")),
                "v1", count -> { });
        assertThat(ids("ravensteinschool"), contains("01AA00", "02BB00"));
    }

    @Test
    void aMultiWordExpressionMatchesOnlyWhereItsWordsStandInOneField() throws IOException {
        index.close();
        index = SearchIndex.open(dir.resolve("uitdrukking"), TestCorpus.config("v1"));
        index.rebuild(Stream.of(
                TestCorpus.article("samen", Doelgroep.OUDERS, "Vroeger",
                        "Tot 2014 bestond de leerlinggebonden financiering voor extra hulp."),
                TestCorpus.article("verspreid", Doelgroep.OUDERS, "Leerlinggebonden begeleiding",
                        "Over de financiering van de school.")), "v1", count -> { });
        // "lgf" stands for "leerlinggebonden financiering": only the text that says so is about it.
        assertThat(ids("lgf"), contains("artikel-samen"));
    }

    @Test
    void autocompleteIgnoresAccentsAndMatchesWordStarts() throws IOException {
        assertThat(index.suggest("regenb", 5), contains(
                new Suggestion("Basisschool De Regenboog", Suggestion.Kind.SCHOOL, Optional.of("01AA00"))));
        assertThat(index.suggest("zei", 5).get(0), equalTo(new Suggestion("Zeist", Suggestion.Kind.PLAATS,
                Optional.empty())));
        assertThat(index.suggest("DYS", 5).stream().map(Suggestion::label).toList(), hasItem("dyslexie"));
    }

    @Test
    void impossibleRequestsAreRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
                () -> index.search(SearchRequest.of("x").withPage(-1, 10)));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
                () -> index.search(SearchRequest.of("x").withFacetFilters(Map.of("kleur", Set.of("rood")))));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
                () -> index.search(SearchRequest.of("x").near(UTRECHT_CENTRUM, -3.0)));
    }

    @Test
    void theSampleSizeDecidesWhereTotalsBecomeEstimatesWhileArticlesAndSchoolsAreAlwaysRanked() throws IOException {
        List<IndexDocument> documents = new ArrayList<>(TestCorpus.documents());
        for (int i = 0; i < 300; i++) {
            documents.add(IndexDocument.builder("04DD00-sop-" + i, DocumentType.SOP_SECTIE).parentSchoolId("04DD00")
                    .title("Lezen " + i).body("Leerlingen met dyslexie krijgen in groep " + i + " extra leestijd.")
                    .schooljaar("2025-2026").url("/scholen/04DD00#" + i).build());
        }
        try (SearchIndex sampled = SearchIndex.open(dir.resolve("sampled"), TestCorpus.config("v1").withSampleSize(30));
             SearchIndex exact = SearchIndex.open(dir.resolve("exact"),
                     TestCorpus.config("v1").withSampleSize(Integer.MAX_VALUE))) {
            sampled.rebuild(documents.stream(), "v1", count -> { });
            exact.rebuild(documents.stream(), "v1", count -> { });
            SearchResponse counted = exact.search(SearchRequest.of("dyslexie"));
            SearchResponse estimated = sampled.search(SearchRequest.of("dyslexie"));

            assertThat(counted.totalApproximate(), is(false));
            assertThat(counted.totalHits(), equalTo(302L)); // the 300, the Anker's gids section and the Anker itself
            assertThat(estimated.totalApproximate(), is(true));
            assertThat(estimated.totalHits(), allOf(greaterThanOrEqualTo(200L), lessThanOrEqualTo(400L)));
            assertThat(ids(estimated), hasItem("03CC00"));
        }
    }

    @Test
    void aSampleMustHoldSomething() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TestCorpus.config("v1").withSampleSize(0));
    }

    @Test
    void aSearchFromAPostcodeWithoutARadiusFindsTheNearSectionThatARandomSampleLeavesOut() throws IOException {
        // 10 km north of the origin: beyond the first nearby radius, so the search must widen to find it.
        List<IndexDocument> documents = new ArrayList<>(TestCorpus.documents());
        for (int i = 0; i < 300; i++) { // Groningen, 180 km away
            documents.add(IndexDocument.builder("06FF00-sop-" + i, DocumentType.SOP_SECTIE).parentSchoolId("06FF00")
                    .title("Lezen " + i).body("Leerlingen met dyslexie krijgen in groep " + i + " extra leestijd.")
                    .schooljaar("2025-2026").url("/scholen/06FF00#" + i).location(53.2194, 6.5665).build());
        }
        documents.add(IndexDocument.builder("05EE00-sop-1", DocumentType.SOP_SECTIE).parentSchoolId("05EE00")
                .title("Lezen").body("Bij dyslexie werken wij met voorleessoftware.").schooljaar("2025-2026")
                .url("/scholen/05EE00#lezen").location(UTRECHT_CENTRUM.lat() + 0.09, UTRECHT_CENTRUM.lon()).build());
        try (SearchIndex sampled = SearchIndex.open(dir.resolve("near"), TestCorpus.config("v1").withSampleSize(20))) {
            sampled.rebuild(documents.stream(), "v1", count -> { });
            SearchResponse fromUtrecht = sampled.search(SearchRequest.of("dyslexie").near(UTRECHT_CENTRUM, null));

            assertThat(fromUtrecht.totalApproximate(), is(true));
            assertThat(ids(fromUtrecht), hasItem("05EE00-sop-1"));
        }
    }

    @Test
    void aSearchFromAnotherPostcodeGivesWhatItWouldWithoutTheMatchCache() throws IOException {
        List<IndexDocument> documents = new ArrayList<>(TestCorpus.documents());
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 300; i++) { // sections spread over 60 km around Utrecht
            documents.add(IndexDocument.builder("07GG00-sop-" + i, DocumentType.SOP_SECTIE).parentSchoolId("07GG" + i % 50)
                    .title("Lezen " + i).body("Leerlingen met dyslexie krijgen in groep " + i + " extra leestijd.")
                    .schooljaar("2025-2026").url("/scholen/07GG00#" + i)
                    .location(UTRECHT_CENTRUM.lat() + random.nextDouble(-0.3, 0.3),
                            UTRECHT_CENTRUM.lon() + random.nextDouble(-0.4, 0.4)).build());
        }
        GeoPoint amersfoort = new GeoPoint(52.1561, 5.3878);
        try (SearchIndex cached = SearchIndex.open(dir.resolve("cached"), TestCorpus.config("v1").withSampleSize(20));
             SearchIndex afresh = SearchIndex.open(dir.resolve("afresh"),
                     TestCorpus.config("v1").withSampleSize(20).withMatchCacheMb(0))) {
            cached.rebuild(documents.stream(), "v1", count -> { });
            afresh.rebuild(documents.stream(), "v1", count -> { });
            cached.search(SearchRequest.of("dyslexie").near(UTRECHT_CENTRUM, null));
            assertThat(cached.search(SearchRequest.of("dyslexie")).totalApproximate(), is(true));

            for (SearchRequest request : List.of(SearchRequest.of("dyslexie").near(amersfoort, null),
                    SearchRequest.of("dyslexie").near(amersfoort, null).withPage(2, 10),
                    SearchRequest.of("dyslexie").near(UTRECHT_CENTRUM, 5.0))) {
                assertThat(cached.search(request), equalTo(afresh.search(request)));
            }
            // Radius searches with a selection, browsing too: looked up from the second time on, sideways counts as well.
            for (SearchRequest request : List.of(
                    SearchRequest.of("dyslexie").near(UTRECHT_CENTRUM, 30.0).withTypes(DocumentType.SOP_SECTIE),
                    SearchRequest.of("").near(UTRECHT_CENTRUM, 30.0).withTypes(DocumentType.SOP_SECTIE),
                    SearchRequest.of("").near(amersfoort, 20.0).withTypes(DocumentType.SOP_SECTIE))) {
                SearchResponse first = cached.search(request);
                assertThat(first.totalApproximate(), is(true));
                assertThat(cached.search(request), equalTo(first));
                assertThat(cached.search(request), equalTo(afresh.search(request)));
            }
        }
    }

    @Test
    void aContentChangeIsFoundByTheNextSearchFromAnotherPostcode() throws IOException {
        index.search(SearchRequest.of("dyslexie").near(UTRECHT_CENTRUM, null));
        long before = index.search(SearchRequest.of("dyslexie")).totalHits();

        index.upsert(IndexDocument.builder("08HH00-sop-1", DocumentType.SOP_SECTIE).parentSchoolId("08HH00")
                .title("Lezen").body("Bij dyslexie werken wij met voorleessoftware.").schooljaar("2025-2026")
                .url("/scholen/08HH00#lezen").location(52.1561, 5.3878).build());
        SearchResponse after = index.search(SearchRequest.of("dyslexie").near(new GeoPoint(52.1561, 5.3878), null));

        assertThat(after.totalHits(), equalTo(before + 1));
        assertThat(ids(after), hasItem("08HH00-sop-1"));
    }

    @Test
    void theMatchCacheCannotBeNegative() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TestCorpus.config("v1").withMatchCacheMb(-1));
    }
}
