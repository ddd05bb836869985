package io.characterstudio.sandbox;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults the sandbox adds to API answers, off by default. Tests and benchmarks change them at
 * any time (here, or over HTTP at {@code /_sandbox/faults}); each request draws once and gets at
 * most one fault, after the added latency.
 */
public final class FaultInjector {

    /** What a request gets instead of its normal handling. */
    enum Outcome {
        NORMAL,
        SERVER_ERROR,
        RATE_LIMITED,
        NON_JSON,
        DROP
    }

    private final AtomicReference<FaultSettings> settings;
    private final Random random;

    FaultInjector(FaultSettings initial, long seed) {
        this.settings = new AtomicReference<>(initial);
        this.random = new Random(seed);
    }

    public FaultSettings settings() {
        return settings.get();
    }

    public void set(FaultSettings newSettings) {
        settings.set(newSettings);
    }

    public void clear() {
        settings.set(FaultSettings.NONE);
    }

    Outcome draw(FaultSettings s) {
        if (!s.anyFailure()) {
            return Outcome.NORMAL;
        }
        double roll;
        synchronized (random) {
            roll = random.nextDouble();
        }
        double edge = s.serverErrorRate();
        if (roll < edge) {
            return Outcome.SERVER_ERROR;
        }
        edge += s.rateLimitRate();
        if (roll < edge) {
            return Outcome.RATE_LIMITED;
        }
        edge += s.nonJsonRate();
        if (roll < edge) {
            return Outcome.NON_JSON;
        }
        edge += s.dropRate();
        if (roll < edge) {
            return Outcome.DROP;
        }
        return Outcome.NORMAL;
    }
}
