package io.characterstudio.convai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange with an overall deadline and a cap on the answer's size. The deadline covers
 * everything (connecting, the headers and the last byte of the body); when it passes, the
 * exchange is cancelled, which closes its connection. A body larger than the cap is refused
 * when its Content-Length announces it, or as soon as that many bytes have come (a chunked
 * body), and its connection is closed too; nothing larger than the cap is ever held in memory.
 */
final class BoundedExchange {

    /** The largest answer read by default: 16 MB, far above any answer of the Convai API. */
    static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

    private BoundedExchange() {}

    /** The answer's body is larger than the cap. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient int status;

        TooLargeException(int status, long max) {
            super("The answer is larger than " + max + " bytes");
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /**
     * Sends {@code request} and reads the whole answer, or fails: {@link TimeoutException} when
     * {@code deadline} passed (the exchange is then aborted), {@link TooLargeException}, or the
     * client's own {@link IOException}.
     */
    static HttpResponse<byte[]> send(HttpClient http, HttpRequest request, Duration deadline, long maxBytes)
            throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(
                request,
                info -> new LimitedBody(
                        info.statusCode(),
                        info.headers().firstValueAsLong("Content-Length").orElse(-1),
                        maxBytes));
        try {
            return future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Collects the body up to {@code max} bytes; past that it cancels the stream and fails. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int status;
        private final long declared;
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.@Nullable Subscription subscription;

        LimitedBody(int status, long declared, long max) {
            this.status = status;
            this.declared = declared;
            this.max = max;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                refuse();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (result.isDone()) {
                    return;
                }
                if ((long) bytes.size() + b.remaining() > max) {
                    refuse();
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        private void refuse() {
            if (subscription != null) {
                subscription.cancel();
            }
            result.completeExceptionally(new TooLargeException(status, max));
        }
    }
}
