package io.characterstudio.ui.editor;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * What a field's message line says, and whether that is a neutral hint (a new character's blank
 * field the writer has not reached yet) rather than a problem.
 */
public record FieldMessage(StringBinding text, BooleanBinding hint) {}
