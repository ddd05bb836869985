package io.characterstudio.ui.trash;

/** The trash feature's dialog; {@link FxTrashDialogs} in the app, a fake in tests. */
public interface TrashDialogs {

    /** The trash of the active connection, with restore and empty. */
    void showTrash(TrashViewModel trash);
}
