package io.characterstudio.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Makes character IDs shaped like Convai's: version-1 (time-based) UUIDs such as
 * {@code 7bd3274c-1745-11ee-a3af-42010a400002}. The node is random per generator (with the
 * multicast bit set, as RFC 4122 asks for a node that is not a MAC address) and timestamps are
 * strictly increasing, so IDs made by one generator never repeat, even from many threads.
 */
final class TimeUuid {

    /** 100-ns intervals between 1582-10-15 (the UUID epoch) and 1970-01-01. */
    private static final long UUID_EPOCH_OFFSET = 0x01B21DD213814000L;

    private final Clock clock;
    private final long clockSeqAndNode;
    private long lastTimestamp;

    TimeUuid(Clock clock) {
        this.clock = clock;
        SecureRandom random = new SecureRandom();
        long node = (random.nextLong() & 0xFFFF_FFFF_FFFFL) | 0x0100_0000_0000L;
        long clockSeq = random.nextInt(0x4000);
        this.clockSeqAndNode = (0x8000L | clockSeq) << 48 | node;
    }

    synchronized String next() {
        long timestamp = clock.millis() * 10_000L + UUID_EPOCH_OFFSET;
        if (timestamp <= lastTimestamp) {
            timestamp = lastTimestamp + 1;
        }
        lastTimestamp = timestamp;
        long timeLow = timestamp & 0xFFFF_FFFFL;
        long timeMid = (timestamp >>> 32) & 0xFFFFL;
        long timeHigh = (timestamp >>> 48) & 0x0FFFL;
        long msb = timeLow << 32 | timeMid << 16 | 0x1000L | timeHigh;
        return new UUID(msb, clockSeqAndNode).toString();
    }
}
