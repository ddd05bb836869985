package io.characterstudio.sandbox;

/**
 * How long a request may take on the wire, and how many exchanges run at once. A deadline that
 * passes closes the connection without an answer: the client was not sending.
 *
 * @param headerMillis   from the first byte of a request to the end of its headers
 * @param bodyMillis     to read the body, once the key has been accepted
 * @param responseMillis to write the answer (a long list to a slow reader)
 * @param workers        exchanges served at once; more wait their turn
 */
record RequestLimits(long headerMillis, long bodyMillis, long responseMillis, int workers) {

    /** Headers within 2 s, a body (at most 1 MB) within 10 s, an answer within 30 s, 256 workers. */
    static final RequestLimits DEFAULT = new RequestLimits(2_000, 10_000, 30_000, 256);

    /**
     * After a refusal sent before the body was read (wrong host, no key…), what the client has
     * already sent is dropped for at most this long; then the connection is closed.
     */
    static final long REFUSAL_DRAIN_MILLIS = 250;

    RequestLimits {
        if (headerMillis <= 0 || bodyMillis <= 0 || responseMillis <= 0 || workers <= 0) {
            throw new IllegalArgumentException("Request limits must be positive");
        }
    }
}
