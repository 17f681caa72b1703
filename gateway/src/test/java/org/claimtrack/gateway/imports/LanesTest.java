package org.claimtrack.gateway.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void groupsRunSideBySideUpToTheWidth() throws InterruptedException {
        Lanes lanes = new Lanes(pool, 2);
        CountDownLatch bothRunning = new CountDownLatch(2);
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger now = new AtomicInteger();
        Runnable group = () -> {
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            bothRunning.countDown();
            await(bothRunning);
            sleep(20);
            now.decrementAndGet();
        };
        for (int i = 0; i < 6; i++) {
            lanes.submit(Set.of("claim " + i), group);
        }
        lanes.finish();
        assertEquals(2, peak.get(), "two lanes, never three");
    }

    @Test
    void aGroupSharingAKeyWaitsForTheOneRunning() {
        Lanes lanes = new Lanes(pool, 2);
        List<String> events = new CopyOnWriteArrayList<>();
        lanes.submit(Set.of("a", "b"), () -> {
            events.add("first start");
            sleep(100);
            events.add("first end");
        });
        lanes.submit(Set.of("b", "c"), () -> events.add("second start"));
        lanes.finish();
        assertEquals(List.of("first start", "first end", "second start"), events);
    }

    @Test
    void theFirstFailureIsThrownAfterTheOtherRunningGroupsEnd() {
        Lanes lanes = new Lanes(pool, 2);
        Downstream.Unavailable failure = new Downstream.Unavailable("claims batch failed");
        AtomicInteger finished = new AtomicInteger();
        lanes.submit(Set.of("a"), () -> {
            throw failure;
        });
        lanes.submit(Set.of("b"), () -> {
            sleep(100);
            finished.incrementAndGet();
        });
        Downstream.Unavailable thrown = assertThrows(Downstream.Unavailable.class,
                () -> lanes.submit(Set.of("c"), () -> finished.addAndGet(100)));
        assertSame(failure, thrown);
        assertEquals(1, finished.get(), "the running group ended and was counted; the new one never started");
        lanes.finish();
        assertTrue(finished.get() < 100);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
