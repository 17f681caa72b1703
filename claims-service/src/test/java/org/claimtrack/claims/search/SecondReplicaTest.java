package org.claimtrack.claims.search;

import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.writer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A second replica's index on the same database (its own Lucene directory, fed only by the change feed, as another
 * claims-service process's is): what is written through this service is found there, edits and deletes too, and a
 * rebuild from the database gives the same answers as this service's index.
 */
@QuarkusTest
class SecondReplicaTest {

    @Inject
    DataSource database;

    @Inject
    SearchService search;

    private SearchIndex replica;

    @BeforeEach
    void openReplica() {
        replica = new SearchIndex(database, new ByteBuffersDirectory());
        replica.open();
    }

    @AfterEach
    void closeReplica() throws Exception {
        replica.close();
    }

    private static SearchIndex.Search words(String q, String tag) {
        return new SearchIndex.Search(q, Set.of(), null, tag, null, null, null, null);
    }

    private List<UUID> onReplica(String q, String tag) {
        return replica.search(words(q, tag), SearchIndex.Order.UPDATED_DESC, null, 0, 10).ids();
    }

    @Test
    void writesThroughThisServiceAreFoundOnTheOtherReplica() {
        String tag = "replica-" + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("text",
                "Wheat exports from Odesa doubled in August " + UUID.randomUUID(), "tags", List.of(tag)));
        UUID id = UUID.fromString(createClaim(body));
        assertEquals(List.of(id), onReplica("wheat export", tag));

        // the replica's poll alone (no search first) applies the next change
        body.put("text", "Maize exports from Odesa doubled in September " + UUID.randomUUID());
        writer().header("If-Match", "\"0\"").body(body).put("/claims/" + id).then().statusCode(200);
        long before = replica.applied();
        assertTrue(replica.catchUp());
        assertTrue(replica.applied() > before);
        assertEquals(List.of(), onReplica("wheat", tag));
        assertEquals(List.of(id), onReplica("maize", tag));

        replica.rebuild();
        assertEquals(List.of(id), onReplica("maize", tag));
        assertEquals(search.index().search(words("maize odesa", tag), SearchIndex.Order.RELEVANCE, null, 0, 10).ids(),
                replica.search(words("maize odesa", tag), SearchIndex.Order.RELEVANCE, null, 0, 10).ids());

        writer().header("If-Match", "\"1\"").delete("/claims/" + id).then().statusCode(204);
        assertEquals(List.of(), onReplica("maize", tag));
    }
}
