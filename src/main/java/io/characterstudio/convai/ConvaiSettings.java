package io.characterstudio.convai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the client talks: base URL (Convai's or a sandbox's), API key, timeouts and
 * retries of reads. The key is trimmed and never shown by {@link #toString()}.
 */
public record ConvaiSettings(
        URI baseUrl, String apiKey, Duration connectTimeout, Duration requestTimeout, RetryPolicy retryPolicy) {

    public static final URI CONVAI_BASE_URL = URI.create("https://api.convai.com");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public ConvaiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if ((!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("The base URL must be an http or https URL with a host");
        }
        String text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        apiKey = apiKey == null ? "" : apiKey.strip();
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    public static ConvaiSettings of(URI baseUrl, String apiKey) {
        return new ConvaiSettings(
                baseUrl, apiKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, RetryPolicy.DEFAULT);
    }

    public ConvaiSettings withRequestTimeout(Duration timeout) {
        return new ConvaiSettings(baseUrl, apiKey, connectTimeout, timeout, retryPolicy);
    }

    public ConvaiSettings withRetryPolicy(RetryPolicy policy) {
        return new ConvaiSettings(baseUrl, apiKey, connectTimeout, requestTimeout, policy);
    }

    @Override
    public String toString() {
        return "ConvaiSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", retryPolicy=" + retryPolicy + "]";
    }
}
