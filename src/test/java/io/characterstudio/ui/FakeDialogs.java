package io.characterstudio.ui;

import io.characterstudio.ui.common.DialogService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Canned answers for view-model tests, and a record of what was asked. */
public final class FakeDialogs implements DialogService {

    public LeaveChoice leaveChoice = LeaveChoice.CANCEL;
    public Optional<OpenRequest> openAnswer = Optional.empty();
    public Optional<Boolean> cloneAnswer = Optional.empty();
    public boolean deleteAnswer;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public LeaveChoice askSaveChanges(String characterName) {
        asked.add("save-changes:" + characterName);
        return leaveChoice;
    }

    @Override
    public Optional<OpenRequest> askOpen() {
        asked.add("open");
        return openAnswer;
    }

    @Override
    public Optional<Boolean> askClone(String characterName) {
        asked.add("clone:" + characterName);
        return cloneAnswer;
    }

    @Override
    public boolean confirmDelete(String characterName, String characterId) {
        asked.add("delete:" + characterName + ":" + characterId);
        return deleteAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
