package io.characterstudio.sandbox;

import com.sun.net.httpserver.Headers;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses what a web page could send. A page whose DNS name is re-pointed at 127.0.0.1 (DNS
 * rebinding) reaches the sandbox with its own name in {@code Host}, and a browser adds
 * {@code Origin} to such requests. So the sandbox answers only {@code Host} 127.0.0.1 or
 * localhost (with any port: an SSH tunnel may listen on another one; only the name tells a
 * rebound page apart) and no request with an {@code Origin}. It listens on 127.0.0.1 only,
 * so no other address can reach it anyway.
 */
final class LocalCallers {

    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost");
    private static final int MAX_ECHO = 100;

    private LocalCallers() {}

    /** Throws the contract-shaped refusal (421 or 403, {@code {"ERROR": …}}) for a foreign caller. */
    static void check(Headers headers) {
        String host = headers.getFirst("Host");
        if (host == null || !LOCAL_NAMES.contains(hostName(host))) {
            String shown = host == null ? "missing" : "'" + abbreviate(host) + "'";
            throw new ApiError(
                    421,
                    "ERROR",
                    "The sandbox answers only requests addressed to 127.0.0.1 or localhost (Host was " + shown + ").");
        }
        if (headers.containsKey("Origin")) {
            throw new ApiError(
                    403, "ERROR", "The sandbox does not answer web pages (the request has an Origin header).");
        }
    }

    /** The name of a Host value without its port, lower case; an IPv6 literal stays bracketed. */
    static String hostName(String host) {
        String value = host.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        if (colon >= 0 && value.indexOf(']') < colon) {
            String port = value.substring(colon + 1);
            if (!port.isEmpty() && port.chars().allMatch(Character::isDigit)) {
                return value.substring(0, colon);
            }
        }
        return value;
    }

    private static String abbreviate(String host) {
        return host.length() <= MAX_ECHO ? host : host.substring(0, MAX_ECHO) + "…";
    }
}
