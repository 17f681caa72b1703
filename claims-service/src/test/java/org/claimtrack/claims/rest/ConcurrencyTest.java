package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/** Two stance writes on one claim at the same moment both count: the claim row lock serialises the recomputation. */
@QuarkusTest
class ConcurrencyTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @RepeatedTest(3)
    void twoConcurrentStancesBothCount() throws Exception {
        String id = createClaim(uniqueText("Western countries coordinated to deter Russia from attacking Ukraine"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> ukraine = CompletableFuture.supplyAsync(() -> {
                await(start);
                return addStance(id, stance(UUID.randomUUID(), "ASSERTS", "coordinated to deter", "2021-12-30T10:00:00Z",
                        source("Government of Ukraine", "GOVERNMENT", "Ukraine", "B"))).extract().statusCode();
            }, pool);
            CompletableFuture<Integer> usa = CompletableFuture.supplyAsync(() -> {
                await(start);
                return addStance(id, stance(UUID.randomUUID(), "ASSERTS", "a common approach", "2021-12-30T10:00:00Z",
                        source("US National Security Council", "GOVERNMENT", "United States", "B"))).extract().statusCode();
            }, pool);
            start.countDown();
            assertEquals(List.of(201, 201), List.of(ukraine.get(60, TimeUnit.SECONDS), usa.get(60, TimeUnit.SECONDS)));
        } finally {
            pool.shutdownNow();
        }
        given().get("/claims/{id}", id).then()
                .body("status", equalTo("CORROBORATED"))
                .body("counts.asserts", equalTo(2))
                .body("assertingParties", equalTo(List.of("Ukraine", "United States")))
                .body("version", equalTo(2));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
