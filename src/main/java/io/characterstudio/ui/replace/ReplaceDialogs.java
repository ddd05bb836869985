package io.characterstudio.ui.replace;

/** The find-and-replace feature's dialog; {@link FxReplaceDialogs} in the app, a fake in tests. */
public interface ReplaceDialogs {

    /** The find-and-replace dialog; how many characters got a draft. */
    int showFindReplace(FindReplaceViewModel findReplace);
}
