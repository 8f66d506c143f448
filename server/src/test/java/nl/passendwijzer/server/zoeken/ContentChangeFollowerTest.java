package nl.passendwijzer.server.zoeken;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import nl.passendwijzer.search.SearchRequest;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** A change written by another node (here: straight into the database) reaches this node's index by polling. */
class ContentChangeFollowerTest {

    @Test
    void aSchoolRenamedElsewhereIsFoundUnderItsNewNameAfterThePoll(@TempDir Path dataDir) {
        try (Portal portal = TestPortals.h2(dataDir)) {
            String id = portal.schoolRepository().all().getFirst().id();
            var db = portal.database().dbClient();
            ContentChangeFollower follower = new ContentChangeFollower(portal.search(), db);

            db.execute().update("UPDATE school SET naam = ? WHERE id = ?", "Kindcentrum Zeldzaamheidsnaam", id);
            db.execute().insert("INSERT INTO content_wijziging (soort, sleutel, gewijzigd_op) VALUES ('school', ?, ?)",
                                id, OffsetDateTime.now());
            assertThat(ids(portal, "Zeldzaamheidsnaam"), not(hasItem(id)));

            assertThat(follower.poll(), is(1));
            assertThat(ids(portal, "Zeldzaamheidsnaam"), hasItem(id));
            assertThat(follower.poll(), is(0));
        }
    }

    private static java.util.List<String> ids(Portal portal, String query) {
        return portal.search().search(SearchRequest.of(query)).hits().stream().map(h -> h.id()).toList();
    }
}
