package io.characterstudio.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the editor shows with no character open: "Create your first character" once the library
 * has loaded and has none (not while it opens, nor after a delete with characters left);
 * otherwise an invitation to pick one or create one. Create is the default button.
 */
final class WelcomeView {

    private WelcomeView() {}

    /** @param newCharacter New character, with the cursor in its name */
    static Node create(MainViewModel vm, Runnable newCharacter) {
        BooleanBinding any = vm.library().offerFirstCharacterProperty().not();
        Label title = new Label();
        title.setId("welcomeTitle");
        title.textProperty()
                .bind(Bindings.when(any)
                        .then("Select a character, or create one")
                        .otherwise("Create your first character"));
        title.getStyleClass().add("welcome-title");
        Label text = new Label();
        text.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> any.get()
                                ? "Pick one in the library on the left to edit it, or create a new one."
                                : "Give it a name, a voice and a backstory. It is saved on "
                                        + MainViewModel.describe(vm.connection())
                                        + ", and you can come back to it from the library on the left.",
                        vm.connections().sessionProperty(),
                        any));
        text.setWrapText(true);
        text.setMaxWidth(460);
        Button create = new Button("Create a character");
        create.setId("welcomeCreate");
        create.setDefaultButton(true);
        create.setOnAction(e -> newCharacter.run());
        Button open = new Button("Open one by ID or name…");
        open.setId("welcomeOpen");
        open.setOnAction(e -> vm.openDialog());
        VBox box = new VBox(14, title, text, new HBox(8, create, open));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(48));
        box.setMaxWidth(560);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        outer.setId("welcome");
        return outer;
    }
}
