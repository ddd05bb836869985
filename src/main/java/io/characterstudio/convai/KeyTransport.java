package io.characterstudio.convai;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an API key may be sent: over https to any host, over plain http only to this computer
 * (the host {@code localhost}, an address in 127.0.0.0/8, or {@code ::1}). Host names are never
 * looked up: only {@code localhost} itself and address literals count as this computer.
 */
public final class KeyTransport {

    /** Why a base URL was refused, in words the connection dialog shows. */
    public static final String PLAIN_HTTP_PROBLEM = "Use https:// – a key sent over http:// can be read on the"
            + " way. Plain http:// is allowed only for this computer (localhost, 127.0.0.1).";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private KeyTransport() {}

    /** Whether a key may travel to {@code baseUrl}: https anywhere, http only to a loopback address. */
    public static boolean allows(URI baseUrl) {
        String scheme = Objects.requireNonNull(baseUrl, "baseUrl").getScheme();
        if ("https".equalsIgnoreCase(scheme)) {
            return true;
        }
        return "http".equalsIgnoreCase(scheme) && baseUrl.getHost() != null && isLoopback(baseUrl.getHost());
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (IPV4.matcher(h).matches()) {
            String[] octets = h.split("\\.");
            return octets[0].equals("127") && Arrays.stream(octets).allMatch(o -> Integer.parseInt(o) <= 255);
        }
        if (!h.startsWith("[") || !h.endsWith("]")) {
            return false;
        }
        try {
            // A bracketed IPv6 literal: parsed, never looked up.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
