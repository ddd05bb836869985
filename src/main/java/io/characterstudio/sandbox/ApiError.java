package io.characterstudio.sandbox;

/**
 * An answer of the error table of the contract ({@code docs/convai-api.md}): an HTTP status and a
 * JSON object with one key.
 * Thrown by endpoint code and turned into a response by the dispatcher.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String CREATE_FAILED =
            "Error in creating the character. Check if all the input data is valid. Contact support for more info.";
    static final String UNKNOWN_CHARACTER = "Could not fetch character details from all_characters table.";
    static final String GET_FAILED = "INTERNAL SERVER ERROR, one or more database calls failed!";

    private final int status;
    private final String key;

    ApiError(int status, String key, String message) {
        super(message, null, false, false);
        this.status = status;
        this.key = key;
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    /** 400 {@code {"ERROR": message}}: malformed body, wrong field type, invalid value. */
    static ApiError badRequest(String message) {
        return new ApiError(400, "ERROR", message);
    }

    static ApiError createFailed() {
        return new ApiError(400, "INTERNAL_ERROR", CREATE_FAILED);
    }

    static ApiError unknownCharacter() {
        return new ApiError(400, "ERROR", UNKNOWN_CHARACTER);
    }

    static ApiError getFailed() {
        return new ApiError(400, "ERROR", GET_FAILED);
    }
}
