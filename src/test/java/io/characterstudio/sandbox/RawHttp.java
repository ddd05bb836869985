package io.characterstudio.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain java.net.http requests against a sandbox: no project client, so the tests see the wire
 * exactly as any Convai client would.
 */
final class RawHttp {

    static final String KEY_HEADER = "CONVAI-API-KEY";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String key;

    RawHttp(Sandbox sandbox) {
        this(sandbox.baseUri(), sandbox.apiKey());
    }

    RawHttp(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    /** A POST with the sandbox's key and a JSON body. */
    HttpResponse<String> post(String path, String json) {
        return send(request(path).header(KEY_HEADER, key).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with the given key header value, or none when {@code headerValue} is null. */
    HttpResponse<String> postWithKey(String path, String json, String headerValue) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofString(json));
        if (headerValue != null) {
            b.header(KEY_HEADER, headerValue);
        }
        return send(b);
    }

    HttpResponse<String> postBytes(String path, byte[] body) {
        return send(request(path).header(KEY_HEADER, key).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).header(KEY_HEADER, key).GET());
    }

    HttpResponse<String> getWithKey(String path, String headerValue) {
        HttpRequest.Builder b = request(path).GET();
        if (headerValue != null) {
            b.header(KEY_HEADER, headerValue);
        }
        return send(b);
    }

    HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json");
    }

    /** The {@code charID} of a {@code {"charID": "..."}} answer, read without a JSON library. */
    static String charId(HttpResponse<String> response) {
        String body = response.body();
        String prefix = "{\"charID\": \"";
        if (!body.startsWith(prefix) || !body.endsWith("\"}")) {
            throw new AssertionError("Not a charID answer: " + response.statusCode() + " " + body);
        }
        return body.substring(prefix.length(), body.length() - 2);
    }
}
