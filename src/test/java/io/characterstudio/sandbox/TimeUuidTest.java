package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimeUuidTest {

    @Test
    void idsAreVersionOneUuidsCarryingTheClockTime() {
        Instant now = Instant.parse("2023-06-30T12:00:00Z");
        String id = new TimeUuid(Clock.fixed(now, ZoneOffset.UTC)).next();
        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(1);
        assertThat(uuid.variant()).isEqualTo(2);
        long unixMillis = (uuid.timestamp() - 0x01B21DD213814000L) / 10_000;
        assertThat(Instant.ofEpochMilli(unixMillis)).isEqualTo(now);
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-11ee-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void aStoppedClockStillGivesDistinctIdsFromManyThreads() throws Exception {
        TimeUuid ids = new TimeUuid(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 5000; i++) {
                    seen.add(ids.next());
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(40_000);
    }
}
