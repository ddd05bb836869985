package io.characterstudio.sandbox;

/**
 * Fault injection settings. Rates are fractions of requests (0 to 1; their sum at most 1).
 *
 * @param latencyMillis     added before every API answer
 * @param serverErrorRate   answered 500 with the contract's ERROR + Reference ID body
 * @param rateLimitRate     answered 429 with a {@code Retry-After} header
 * @param retryAfterSeconds the {@code Retry-After} value of those 429s
 * @param nonJsonRate       answered 502 with an HTML page, as a failing proxy does
 * @param dropRate          connection closed without any answer
 */
public record FaultSettings(
        long latencyMillis,
        double serverErrorRate,
        double rateLimitRate,
        int retryAfterSeconds,
        double nonJsonRate,
        double dropRate) {

    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, 1, 0, 0);

    public FaultSettings {
        if (latencyMillis < 0 || latencyMillis > 600_000) {
            throw new IllegalArgumentException("latency must be 0 to 600000 ms");
        }
        if (retryAfterSeconds < 0 || retryAfterSeconds > 86_400) {
            throw new IllegalArgumentException("Retry-After must be 0 to 86400 seconds");
        }
        for (double rate : new double[] {serverErrorRate, rateLimitRate, nonJsonRate, dropRate}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("fault rates must be between 0 and 1");
            }
        }
        if (serverErrorRate + rateLimitRate + nonJsonRate + dropRate > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault rates must add up to at most 1");
        }
    }

    public FaultSettings withLatency(long millis) {
        return new FaultSettings(millis, serverErrorRate, rateLimitRate, retryAfterSeconds, nonJsonRate, dropRate);
    }

    public FaultSettings withServerErrors(double rate) {
        return new FaultSettings(latencyMillis, rate, rateLimitRate, retryAfterSeconds, nonJsonRate, dropRate);
    }

    public FaultSettings withRateLimits(double rate, int retryAfter) {
        return new FaultSettings(latencyMillis, serverErrorRate, rate, retryAfter, nonJsonRate, dropRate);
    }

    public FaultSettings withNonJson(double rate) {
        return new FaultSettings(latencyMillis, serverErrorRate, rateLimitRate, retryAfterSeconds, rate, dropRate);
    }

    public FaultSettings withDrops(double rate) {
        return new FaultSettings(latencyMillis, serverErrorRate, rateLimitRate, retryAfterSeconds, nonJsonRate, rate);
    }

    boolean anyFailure() {
        return serverErrorRate > 0 || rateLimitRate > 0 || nonJsonRate > 0 || dropRate > 0;
    }
}
