package io.characterstudio.ui.history;

/** The history feature's dialog; {@link FxHistoryDialogs} in the app, a fake in tests. */
public interface HistoryDialogs {

    /** The history of the open character. */
    void showHistory(HistoryViewModel history);
}
