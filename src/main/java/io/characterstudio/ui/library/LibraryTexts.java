package io.characterstudio.ui.library;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The library's sentences about rows it does not show: hidden deleted and missing rows, an empty list. */
final class LibraryTexts {

    /** What the count and the empty list say until the first load is done. */
    static final String OPENING = "Opening\u2026";

    private LibraryTexts() {}

    /** "3 deleted, 1 missing hidden" for the counts given, or empty when both are 0. */
    static String hidden(long deleted, long missing) {
        String both = Stream.of(deleted > 0 ? deleted + " deleted" : "", missing > 0 ? missing + " missing" : "")
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining(", "));
        return both.isEmpty() ? "" : both + " hidden";
    }

    /**
     * What the empty list says: "Opening…" until the first load is done (never "No characters
     * yet" meanwhile), that the read failed, that there are none yet, or that nothing matches.
     */
    static String empty(boolean loaded, boolean readFailed, boolean noRows, String filter) {
        if (!loaded) {
            return readFailed ? "The library could not be read (see the status bar)." : OPENING;
        }
        if (noRows) {
            return "No characters yet.\nPress Ctrl+N to create one,\nor Ctrl+O to open one by ID or name.";
        }
        // A bare "#" (a tag still being typed) filters nothing, so it is not what matched nothing.
        String typed = filter == null
                ? ""
                : filter.replaceAll("(^|\\s)#(?=\\s|$)", " ").strip();
        return typed.isEmpty()
                ? "Every character here is deleted or missing (Show them below)."
                : "No character matches \u201C" + typed + "\u201D.";
    }
}
