package io.characterstudio.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two servers on 127.0.0.1: one answers every request with a redirect to the other, which
 * counts what reaches it (it must be nothing). The n-th request gets the n-th of the given
 * statuses (the last one once they run out).
 */
public final class RedirectPair implements AutoCloseable {

    private final HttpServer redirecting;
    private final HttpServer target;
    private final AtomicInteger redirected = new AtomicInteger();
    private final AtomicInteger reachedTarget = new AtomicInteger();
    private final String targetUrl;

    public RedirectPair(String targetPath, int... statuses) throws IOException {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", ex -> {
            reachedTarget.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        target.start();
        targetUrl = "http://127.0.0.1:" + target.getAddress().getPort() + targetPath;
        redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/", ex -> {
            int n = redirected.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Location", targetUrl);
            ex.sendResponseHeaders(statuses[Math.min(n, statuses.length) - 1], -1);
            ex.close();
        });
        redirecting.start();
    }

    /** The address of the redirecting server. */
    public String url() {
        return "http://127.0.0.1:" + redirecting.getAddress().getPort();
    }

    /** Where the redirects point. */
    public String targetUrl() {
        return targetUrl;
    }

    public int redirected() {
        return redirected.get();
    }

    public int reachedTarget() {
        return reachedTarget.get();
    }

    @Override
    public void close() {
        redirecting.stop(0);
        target.stop(0);
    }
}
