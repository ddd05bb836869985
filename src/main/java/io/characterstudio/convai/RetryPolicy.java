package io.characterstudio.convai;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * How reads are retried: at most {@code maxAttempts} tries in all, waiting an exponential
 * back-off with full jitter (a random wait up to {@code baseDelay * 2^(n-1)}, at most
 * {@code maxDelay}), or the server's {@code Retry-After} when it gives one. A {@code Retry-After}
 * longer than {@code maxRetryAfter} is not waited for: the error goes to the caller.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(30));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1} after a failure, or null not to retry. */
    @Nullable
    Duration delayAfter(int attempt, ConvaiException failure) {
        if (attempt >= maxAttempts || !failure.isTransient()) {
            return null;
        }
        if (failure.retryAfter().isPresent()) {
            Duration asked = failure.retryAfter().get();
            return asked.compareTo(maxRetryAfter) > 0 ? null : asked;
        }
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
