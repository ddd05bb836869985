package io.characterstudio.ui.open;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The dialogs of opening a character; {@link FxOpenDialogs} in the app, a fake in tests. */
public interface OpenDialogs {

    /**
     * The answer of the open dialog: one text, an ID or a name. Text that looks like an ID (a
     * UUID, once trimmed of spaces and line breaks) opens by ID, anything else by name.
     */
    record OpenRequest(String text) {

        private static final Pattern UUID =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        /** The text without the spaces and line breaks around it. */
        public String trimmed() {
            return text == null ? "" : text.strip();
        }

        /** Whether the trimmed text is a UUID, so the request opens by ID. */
        public boolean looksLikeId() {
            return UUID.matcher(trimmed()).matches();
        }
    }

    /** A character found by name in the library, offered when several match what was typed. */
    record Found(String id, String name, String detail) {}

    /**
     * Asks which of several library characters to open; {@code typed} is what the user typed.
     * The answer is the chosen ID, empty if cancelled.
     */
    Optional<String> askWhichCharacter(String typed, List<Found> found);

    /**
     * Lists the discarded edits of characters never created ({@code id}: the history entry);
     * empty when the user cancels.
     */
    Optional<String> askRecoverDiscarded(List<Found> found);

    /** The open dialog: one field for an ID or a name, suggesting the given library names as the user types. */
    Optional<OpenRequest> askOpen(List<String> names);
}
