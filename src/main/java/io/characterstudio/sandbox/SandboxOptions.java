package io.characterstudio.sandbox;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The standalone sandbox's command line and environment, parsed into a {@link SandboxConfig}. */
final class SandboxOptions {

    static final String DEFAULT_DATA_DIR = "sandbox-data";
    static final String KEY_VARIABLE = "SANDBOX_API_KEY";

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: SandboxMain [options]",
            "  --port N                 port on 127.0.0.1 (default: one the OS picks). It listens on",
            "                           127.0.0.1 only and answers only requests addressed to",
            "                           127.0.0.1 or localhost (any port) without an Origin header, so",
            "                           no web page can reach it. To share it, tunnel it:",
            "                           ssh -L 8765:127.0.0.1:8765 you@your-machine",
            "  --data-dir DIR           database and key folder (default: ./" + DEFAULT_DATA_DIR + ")",
            "  --in-memory              keep characters in memory only",
            "  --api-key KEY            accept this key (default: $" + KEY_VARIABLE + ", else the stored",
            "                           key, made on first start). A key on the command line shows in",
            "                           the process list; " + KEY_VARIABLE + "=KEY in the environment does not",
            "  --latency-ms N           add N ms before every answer",
            "  --server-error-rate F    answer a fraction F (0 to 1) of requests with 500",
            "  --rate-limit-rate F      answer a fraction F with 429 and Retry-After",
            "  --retry-after S          the Retry-After seconds of those 429s (default 1)",
            "  --non-json-rate F        answer a fraction F with an HTML error page",
            "  --drop-rate F            drop the connection of a fraction F without answering",
            "  --fault-seed N           seed of the fault draws (default 1)",
            "  --help                   show this text");

    private SandboxOptions() {}

    /** {@link #parse(Map, String...)} with an empty environment. */
    static Optional<SandboxConfig> parse(String... args) {
        return parse(Map.of(), args);
    }

    /**
     * Returns empty when help was asked for; throws {@link IllegalArgumentException} on bad
     * input. The key is {@code --api-key}, else {@value #KEY_VARIABLE} of {@code env}.
     */
    static Optional<SandboxConfig> parse(Map<String, String> env, String... args) {
        int port = 0;
        Optional<Path> dataDir = Optional.of(Path.of(DEFAULT_DATA_DIR));
        String apiKey = null;
        FaultSettings faults = FaultSettings.NONE;
        long seed = 1L;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return Optional.empty();
            }
            if (option.equals("--in-memory")) {
                dataDir = Optional.empty();
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = integer(option, value);
                case "--data-dir" -> dataDir = Optional.of(Path.of(value));
                case "--api-key" -> apiKey = value;
                case "--latency-ms" -> faults = faults.withLatency(integer(option, value));
                case "--server-error-rate" -> faults = faults.withServerErrors(fraction(option, value));
                case "--rate-limit-rate" ->
                    faults = faults.withRateLimits(fraction(option, value), faults.retryAfterSeconds());
                case "--retry-after" -> faults = faults.withRateLimits(faults.rateLimitRate(), integer(option, value));
                case "--non-json-rate" -> faults = faults.withNonJson(fraction(option, value));
                case "--drop-rate" -> faults = faults.withDrops(fraction(option, value));
                case "--fault-seed" -> seed = integer(option, value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("--api-key must not be blank");
        }
        String fromEnv = env.get(KEY_VARIABLE);
        if (apiKey == null && fromEnv != null) {
            if (fromEnv.isBlank()) {
                throw new IllegalArgumentException(KEY_VARIABLE + " is set but blank; set it to a key or unset it");
            }
            apiKey = fromEnv;
        }
        return Optional.of(new SandboxConfig(port, dataDir, Optional.ofNullable(apiKey), faults, seed));
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }

    private static double fraction(String option, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number from 0 to 1, not '" + value + "'");
        }
    }
}
