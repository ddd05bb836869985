package io.characterstudio.model;

/** A language of the catalogue, such as {@code en-US} "English". */
public record Language(String code, String name) {
}
