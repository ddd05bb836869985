package io.characterstudio.ui.common;

/** Puts text on the system clipboard; an interface so that view-models need no scene graph. */
@FunctionalInterface
public interface ClipboardService {
    void copy(String text);
}
