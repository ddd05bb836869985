package io.characterstudio.model;

/** A language of the catalogue, such as {@code en-US} "English". */
public record Language(String code, String name) {

    /** The language a new character starts with, and the one the server assumes when none is set. */
    public static final String DEFAULT_CODE = "en-US";
}
