package org.claimtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimtrack.system.ClaimtrackSystem.Service;
import org.junit.jupiter.api.Test;

/**
 * 20 writers add stances to the same claims at the same time through the gateway. Afterwards every claim's stored
 * counts and status equal a recomputation from scratch (the status as of now, and the guide's rules applied to what
 * was written): no lost update, no deadlock, no failed write. A write refused with 503 + Retry-After (the gateway's
 * write timeout on a loaded machine) is sent again as a client does; the retries are counted and bounded: at most
 * {@value #MAX_TRIES_PER_WRITE} tries for one write, and at most one write in {@value #WRITES_PER_RETRY} retried over
 * the run. More means the system refuses writers under contention instead of serving them.
 */
class ConcurrencyIT {

    private static final int WRITERS = 20;
    private static final int CLAIMS = 4;
    private static final int STANCES_PER_WRITER_AND_CLAIM = 2;
    private static final int MAX_TRIES_PER_WRITE = 4;
    private static final int WRITES_PER_RETRY = 20;
    private static final java.util.concurrent.atomic.AtomicInteger RETRIES = new java.util.concurrent.atomic.AtomicInteger();
    private static final List<String> TYPES = List.of("ASSERTS", "DENIES", "QUESTIONS", "REPORTS", "ASSERTS");

    record Written(String claimId, String type, String party) {
    }

    @Test
    void parallelStanceWritersLoseNothingAndStatusesMatchARecomputation() throws Exception {
        ClaimtrackSystem system = SharedSystem.get();
        Gateway api = new Gateway(system);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> claims = new ArrayList<>();
        for (int c = 0; c < CLAIMS; c++) {
            claims.add(api.claim("Concurrency " + run + ": convoy number " + c + " crossed the river at dawn."));
        }
        List<String> sources = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String affiliation = w % 5 == 4 ? "" : "Party " + (w % 5);
            // A source with no affiliation is its own party.
            parties.add(affiliation.isEmpty() ? "source " + w : affiliation);
            sources.add(api.source("Concurrency " + run + " writer " + w, "PERSON", affiliation, "ABCDEF".substring(w % 6, w % 6 + 1)));
        }

        ConcurrentLinkedQueue<Written> written = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.execute(() -> {
                try {
                    go.await();
                    for (int k = 0; k < STANCES_PER_WRITER_AND_CLAIM; k++) {
                        for (int c = 0; c < CLAIMS; c++) {
                            String type = TYPES.get((writer + c + k) % TYPES.size());
                            Map<String, Object> stance = Map.of("sourceId", sources.get(writer), "stance", type,
                                    "quote", "Writer " + writer + " statement " + k + " on convoy " + c + ".",
                                    "statedAt", "2021-12-30T" + String.format("%02d", 8 + k) + ":00:00Z");
                            String outcome = writeLikeAClient(api, "/api/claims/" + claims.get(c) + "/stances", stance);
                            if (outcome == null) {
                                written.add(new Written(claims.get(c), type, parties.get(writer)));
                            } else {
                                failures.add(outcome);
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add("writer " + writer + " interrupted");
                } catch (RuntimeException | AssertionError e) {
                    failures.add("writer " + writer + " died: " + e);
                }
            });
        }
        go.countDown();
        writers.shutdown();
        assertTrue(writers.awaitTermination(3, TimeUnit.MINUTES), "writers still blocked after 3 minutes (deadlock?)");
        assertTrue(failures.isEmpty(), "failed writes: " + failures);
        int writes = WRITERS * CLAIMS * STANCES_PER_WRITER_AND_CLAIM;
        assertEquals(writes, written.size());
        System.out.printf("ConcurrencyIT: %d writes, %d retries after a 503%n", writes, RETRIES.get());
        assertTrue(RETRIES.get() <= writes / WRITES_PER_RETRY, RETRIES.get() + " retries after a 503 for " + writes
                + " writes; at most one in " + WRITES_PER_RETRY + " may need one");

        String claimsService = system.service(Service.CLAIMS).baseUrl();
        String now = Instant.now().toString();
        for (String claimId : claims) {
            List<Written> mine = written.stream().filter(s -> s.claimId().equals(claimId)).toList();
            JsonPath stored = RestAssured.given().baseUri(claimsService).get("/claims/" + claimId).then()
                    .statusCode(200).extract().jsonPath();
            Map<String, Integer> counts = new HashMap<>();
            mine.forEach(s -> counts.merge(s.type(), 1, Integer::sum));
            assertEquals(counts.getOrDefault("ASSERTS", 0), stored.getInt("counts.asserts"), claimId);
            assertEquals(counts.getOrDefault("DENIES", 0), stored.getInt("counts.denies"), claimId);
            assertEquals(counts.getOrDefault("QUESTIONS", 0), stored.getInt("counts.questions"), claimId);
            assertEquals(counts.getOrDefault("REPORTS", 0), stored.getInt("counts.reports"), claimId);
            int listed = RestAssured.given().baseUri(claimsService).get("/claims/" + claimId + "/stances").then()
                    .statusCode(200).extract().jsonPath().getList("items").size();
            assertEquals(mine.size(), listed, "stances listed for " + claimId);

            String recomputed = RestAssured.given().baseUri(claimsService).queryParam("asOf", now)
                    .get("/claims/" + claimId + "/status").then().statusCode(200).extract().jsonPath().getString("status");
            assertEquals(recomputed, stored.getString("status"), "stored status vs. recomputed as of now");
            assertEquals(expectedStatus(mine), stored.getString("status"), "the guide's rules applied to " + mine.size()
                    + " stances");
            api.given().get("/api/claims/" + claimId).then().statusCode(200);
        }
    }

    /**
     * POSTs as a well-behaved client does: after a 503 it waits as told by Retry-After and sends the same write
     * again; a 409 with {@code existingId} on a retry means the first try had been recorded. Returns null on success,
     * else what went wrong.
     */
    private static String writeLikeAClient(Gateway api, String path, Map<String, Object> body) throws InterruptedException {
        String last = "";
        for (int attempt = 0; attempt < MAX_TRIES_PER_WRITE; attempt++) {
            if (attempt > 0) {
                RETRIES.incrementAndGet();
            }
            Response r = api.given().contentType("application/json").body(body).post(path);
            if (r.statusCode() == 201 || (attempt > 0 && r.statusCode() == 409 && r.jsonPath().get("existingId") != null)) {
                return null;
            }
            last = r.statusCode() + " " + r.asString();
            if (r.statusCode() != 503) {
                return last;
            }
            String retryAfter = r.header("Retry-After");
            Thread.sleep(1000L * Math.min(10, retryAfter == null ? 1 : Integer.parseInt(retryAfter.trim())));
        }
        return "still failing after " + MAX_TRIES_PER_WRITE + " tries: " + last;
    }

    /** The guide's evidence rules, without verdicts: only ASSERTS and DENIES count; parties by affiliation. */
    private static String expectedStatus(List<Written> stances) {
        Set<String> asserting = new HashSet<>();
        boolean denied = false;
        for (Written s : stances) {
            if (s.type().equals("ASSERTS")) {
                asserting.add(s.party());
            } else if (s.type().equals("DENIES")) {
                denied = true;
            }
        }
        if (!asserting.isEmpty() && denied) {
            return "DISPUTED";
        }
        if (denied) {
            return "DENIED";
        }
        return asserting.isEmpty() ? "UNSOURCED" : asserting.size() == 1 ? "SINGLE_PARTY" : "CORROBORATED";
    }
}
