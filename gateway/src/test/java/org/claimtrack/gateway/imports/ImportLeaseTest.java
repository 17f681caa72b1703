package org.claimtrack.gateway.imports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.Downstreams;
import org.claimtrack.gateway.support.InjectDownstreams;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imports shared by replicas: a job is the lease holder's alone, a job whose holder stopped committing is taken over
 * and resumed after its last committed group with each item counted once, and a batch that lost a natural-key race
 * with another import is sent again rather than failing the job. The other replica is played by the test, writing
 * the job's lease the way a replica does.
 */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class ImportLeaseTest {

    @InjectDownstreams
    Downstreams stubs;

    @Inject
    ImportJobStore jobs;

    @Inject
    ImportRunner runner;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void emptyServices() {
        OpenApiContract.enforce();
        FakeServer.route(stubs);
    }

    @Test
    void aJobHeldByALiveReplicaIsLeftAloneAndTakenOverWhenItsLeaseExpires() throws Exception {
        Path upload = Files.createTempFile("lease-test-", ".json");
        Files.write(upload, ImportResourceTest.generatedBundle(10));
        ImportJob job = jobs.create(ImportFormat.CLAIMTRACK_BUNDLE, null, 23, "importer", upload);
        Files.delete(upload);
        assertTrue(jobs.claimNext("other-replica", Duration.ofMinutes(5)).isPresent(), "the other replica takes the queued job");

        runner.poll(); // this replica starting up, or polling: the job is the other replica's, and it stays RUNNING
        assertEquals("other-replica", leaseOwner(job.id()));
        given().get("/api/imports/" + job.id()).then().statusCode(200).body("status", org.hamcrest.Matchers.is("RUNNING"));
        assertTrue(FakeServer.FAKE.all("claims").isEmpty(), "nothing was written by this replica");

        expireLease(job.id()); // the other replica died: nobody renews its lease
        JsonPath done = takeOverAndWait(job.id());
        assertEquals("SUCCEEDED", done.getString("status"));
        assertEquals(23, done.getInt("done"));
        assertEquals(23, done.getInt("created"));
        assertEquals(10, FakeServer.FAKE.all("claims").size());
        assertEquals(1, takeovers(job.id()));
        assertEquals(0, uploadsLeft(job.id()), "the upload is dropped when the job ends");
    }

    @Test
    void aJobTakenOverResumesAfterItsLastCommittedGroupAndCountsEachItemOnce() throws Exception {
        int claims = 3_000; // sources in group 0, then six groups of 500 claims
        int total = 3 + 2 * claims;
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/batch")).atPriority(1)
                .willReturn(aResponse().proxiedFrom(FakeServer.server().baseUrl()).withFixedDelay(300)));
        String location = ImportResourceTest.upload(ImportResourceTest.generatedBundle(claims)).then().statusCode(202)
                .extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (committedGroups(id) < 3) {
            assertTrue(Instant.now().isBefore(deadline), "no group committed");
            ImportResourceTest.pause(20);
        }

        // This replica stalls and its lease expires; another replica takes the job ("stalled-replica" here is the
        // record of that: this replica's later commits are refused, as they would be after a real takeover).
        int committedBefore = stealLease(id, "stalled-replica");
        JsonPath stalled = given().get(location).then().statusCode(200).extract().jsonPath();

        JsonPath done = takeOverAndWait(id);
        assertEquals("SUCCEEDED", done.getString("status"));
        assertEquals(total, done.getInt("total"));
        assertEquals(total, done.getInt("done"), "each item counted once");
        assertEquals(total, done.getInt("created") + done.getInt("unchanged"));
        assertEquals(0, done.getInt("failed"));
        assertTrue(done.getInt("created") >= stalled.getInt("created"), "counts went on from the committed ones");
        assertEquals(claims, FakeServer.FAKE.all("claims").size());
        assertEquals(claims, FakeServer.FAKE.all("stances").size());

        // the committed groups were not sent again: the first claim went out once, the last one at least once
        assertEquals(1, timesSent("Generated claim number 0 about"), "group 1 was committed before the takeover");
        assertTrue(committedBefore >= 3);
        assertTrue(timesSent("Generated claim number " + (claims - 1) + " about") >= 1);
    }

    @Test
    void aBatchThatLostANaturalKeyRaceWithAnotherImportIsSentAgainAndTheJobSucceeds() throws Exception {
        // the other import stored the same sources a moment before: the services answer this batch 409, rolled back
        stubs.sources().stubFor(post(urlPathEqualTo("/sources/batch")).atPriority(1).inScenario("race")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("lost once")
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"title\":\"Conflict\",\"detail\":\"The write conflicts with a record written at the same moment\"}")));
        JsonPath job = ImportResourceTest.importAndWait(Files.readAllBytes(ImportResourceTest.SEED));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(ImportResourceTest.SEED_ITEMS, job.getInt("done"));
        assertEquals(ImportResourceTest.SEED_ITEMS, job.getInt("created"));
        assertEquals(20, FakeServer.FAKE.all("sources").size());
        stubs.sources().verify(2, postRequestedFor(urlPathEqualTo("/sources/batch")));
    }

    /** Polls as this replica until it has taken the job, then waits for the job to end. */
    private JsonPath takeOverAndWait(UUID id) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!runner.owner().equals(leaseOwner(id)) && !finished(id)) {
            assertTrue(Instant.now().isBefore(deadline), "the job was not taken over");
            runner.poll();
            ImportResourceTest.pause(50);
        }
        return ImportResourceTest.waitFor("/api/imports/" + id);
    }

    private long timesSent(String claimText) {
        return stubs.claims().findAll(postRequestedFor(urlPathEqualTo("/claims/batch"))).stream()
                .filter(request -> request.getBodyAsString().contains(claimText)).count();
    }

    private int stealLease(UUID id, String owner) throws SQLException {
        int committed = committedGroups(id);
        update("UPDATE import_job SET lease_owner = ?, lease_until = ? WHERE id = ?", owner, Timestamp.from(Instant.EPOCH), id);
        return committed;
    }

    private void expireLease(UUID id) throws SQLException {
        update("UPDATE import_job SET lease_until = ? WHERE id = ?", Timestamp.from(Instant.EPOCH), id);
    }

    private String leaseOwner(UUID id) throws SQLException {
        return (String) value("SELECT lease_owner FROM import_job WHERE id = ?", id);
    }

    private boolean finished(UUID id) throws SQLException {
        return !List.of("QUEUED", "RUNNING").contains((String) value("SELECT status FROM import_job WHERE id = ?", id));
    }

    private int committedGroups(UUID id) throws SQLException {
        return ((Number) value("SELECT committed_groups FROM import_job WHERE id = ?", id)).intValue();
    }

    private int takeovers(UUID id) throws SQLException {
        return ((Number) value("SELECT takeovers FROM import_job WHERE id = ?", id)).intValue();
    }

    private int uploadsLeft(UUID id) throws SQLException {
        return ((Number) value("SELECT COUNT(*) FROM import_upload WHERE job_id = ?", id)).intValue();
    }

    private Object value(String sql, Object... values) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1);
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
