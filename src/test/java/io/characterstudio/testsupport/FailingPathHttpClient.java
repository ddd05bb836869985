package io.characterstudio.testsupport;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real HTTP client (no redirects) whose requests to one path fail at once with an
 * {@link IOException}, as a dropped connection does; every other request goes through. It
 * makes one step of a multi-request operation fail deterministically (the rename after a clone).
 */
public final class FailingPathHttpClient extends HttpClient {

    private final HttpClient real =
            HttpClient.newBuilder().followRedirects(Redirect.NEVER).build();
    private final String failingPath;

    public FailingPathHttpClient(String failingPath) {
        this.failingPath = failingPath;
    }

    private boolean fails(HttpRequest request) {
        return request.uri().getPath().endsWith(failingPath);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        if (fails(request)) {
            throw new IOException("Connection reset (test)");
        }
        return real.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return fails(request)
                ? CompletableFuture.failedFuture(new IOException("Connection reset (test)"))
                : real.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    // The rest is the real client's, one line each.
    @Override
    public Optional<CookieHandler> cookieHandler() {
        return real.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return real.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return real.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return real.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return real.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return real.authenticator();
    }

    @Override
    public Version version() {
        return real.version();
    }

    @Override
    public Optional<Executor> executor() {
        return real.executor();
    }
}
