package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the library: a known character as the list shows and searches it, with its local
 * tags, whether it has a journalled draft, and its clone lineage (the source's name, the clones).
 * The lower-case text searched is made once per row, not once per keystroke.
 */
public final class LibraryItem {

    /** The tag of the star. */
    public static final String FAVOURITE = "favourite";

    private final KnownCharacter character;
    private final Set<String> tags;
    private final boolean hasDraft;
    private final String sourceName;
    private final List<String> cloneIds;
    private final String haystack;

    public LibraryItem(
            KnownCharacter character, Set<String> tags, boolean hasDraft, String sourceName, List<String> cloneIds) {
        this.character = character;
        this.tags = Set.copyOf(tags);
        this.hasDraft = hasDraft;
        this.sourceName = sourceName == null ? "" : sourceName;
        this.cloneIds = List.copyOf(cloneIds);
        this.haystack = (character.name()
                        + '\n'
                        + character.id()
                        + '\n'
                        + character.backstory().orElse("")
                        + '\n'
                        + String.join("\n", character.actions())
                        + '\n'
                        + character.voiceType()
                        + '\n'
                        + String.join("\n", character.languageCodes()))
                .toLowerCase(Locale.ROOT);
    }

    public LibraryItem(KnownCharacter character, Set<String> tags) {
        this(character, tags, false, "", List.of());
    }

    public LibraryItem(KnownCharacter character) {
        this(character, Set.of());
    }

    public KnownCharacter character() {
        return character;
    }

    public Set<String> tags() {
        return tags;
    }

    /** The name of the character this one was cloned from (empty when not a clone or unknown). */
    public String sourceName() {
        return sourceName;
    }

    /** This row with the workspace's newer copy of its character; tags, draft mark and lineage kept. */
    public LibraryItem with(KnownCharacter newer) {
        return new LibraryItem(newer, tags, hasDraft, sourceName, cloneIds);
    }

    /** This row with its source's new name. */
    LibraryItem withSourceName(String name) {
        return new LibraryItem(character, tags, hasDraft, name, cloneIds);
    }

    /** This row with the draft mark given. */
    LibraryItem withDraft(boolean draft) {
        return new LibraryItem(character, tags, draft, sourceName, cloneIds);
    }

    public boolean hasDraft() {
        return hasDraft;
    }

    /** The IDs of the characters cloned from this one. */
    public List<String> cloneIds() {
        return cloneIds;
    }

    /** Name, ID, backstory, actions, voice and languages in lower case, one per line. */
    String haystack() {
        return haystack;
    }

    public boolean favourite() {
        return tags.contains(FAVOURITE);
    }

    /** The tags other than the star, as "#a #b". */
    public String tagText() {
        return tags.stream()
                .filter(t -> !t.equals(FAVOURITE))
                .sorted()
                .map(t -> "#" + t)
                .collect(Collectors.joining(" "));
    }

    public String id() {
        return character.id();
    }

    public String name() {
        return character.name().isBlank() ? "(no name)" : character.name();
    }

    /** The first block of the ID, enough to tell characters apart at a glance. */
    public String shortId() {
        return shortId(character.id());
    }

    static String shortId(String id) {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id.length() > 8 ? id.substring(0, 8) : id;
    }

    public String voice() {
        return character.voiceType();
    }

    public String languages() {
        return String.join(", ", character.languageCodes());
    }

    public KnownCharacter.Status status() {
        return character.status();
    }

    public Instant lastOpened() {
        return character.lastOpenedAt().orElse(Instant.EPOCH);
    }

    public Instant added() {
        return character.addedAt();
    }

    /**
     * Whether this is a clone of the character whose ID or name starts with {@code source} (lower
     * case); a source marked {@link LibraryQuery#EXACT} must be the whole ID or name.
     */
    boolean isCloneOf(String lowerCaseSource) {
        Optional<String> from = character.clonedFrom();
        if (from.isEmpty()) {
            return false;
        }
        String id = from.get().toLowerCase(Locale.ROOT);
        String name = sourceName.toLowerCase(Locale.ROOT);
        if (lowerCaseSource.startsWith(LibraryQuery.EXACT)) {
            String whole = lowerCaseSource.substring(LibraryQuery.EXACT.length());
            return id.equals(whole) || name.equals(whole);
        }
        return id.startsWith(lowerCaseSource) || name.startsWith(lowerCaseSource);
    }

    /** "cloned from Ann (7bd3274c)" for a clone, empty otherwise. */
    public String lineage() {
        return character
                .clonedFrom()
                .map(from -> "cloned from "
                        + (sourceName.isBlank() ? shortId(from) : sourceName + " (" + shortId(from) + ")"))
                .orElse("");
    }

    /** "3 clones", or empty. */
    public String cloneText() {
        return cloneIds.isEmpty() ? "" : cloneIds.size() + (cloneIds.size() == 1 ? " clone" : " clones");
    }

    /**
     * Where the free text of the query matched, for highlighting: in the name (start, end), or
     * else a short piece of the other text around the first hit.
     */
    public Optional<Match> firstMatch(String lowerCaseText) {
        if (lowerCaseText.isEmpty()) {
            return Optional.empty();
        }
        int inName = name().toLowerCase(Locale.ROOT).indexOf(lowerCaseText);
        if (inName >= 0) {
            return Optional.of(new Match(true, name(), inName, inName + lowerCaseText.length()));
        }
        List<String> pieces = new ArrayList<>();
        pieces.add(character.backstory().orElse(""));
        pieces.addAll(character.actions());
        pieces.add(character.voiceType());
        pieces.addAll(character.languageCodes());
        pieces.add(character.id());
        for (String piece : pieces) {
            int at = piece.toLowerCase(Locale.ROOT).indexOf(lowerCaseText);
            if (at >= 0) {
                int from = Math.max(0, at - 30);
                int to = Math.min(piece.length(), at + lowerCaseText.length() + 40);
                String snippet = (from > 0 ? "…" : "")
                        + piece.substring(from, to).replace('\n', ' ')
                        + (to < piece.length() ? "…" : "");
                int start = at - from + (from > 0 ? 1 : 0);
                return Optional.of(new Match(false, snippet, start, start + lowerCaseText.length()));
            }
        }
        return Optional.empty();
    }

    /** A piece of text with the matched part from {@code start} to {@code end}. */
    public record Match(boolean inName, String text, int start, int end) {}

    @Override
    public boolean equals(Object o) {
        return o instanceof LibraryItem other
                && character.equals(other.character)
                && tags.equals(other.tags)
                && hasDraft == other.hasDraft
                && sourceName.equals(other.sourceName)
                && cloneIds.equals(other.cloneIds);
    }

    @Override
    public int hashCode() {
        return character.hashCode() * 31 + tags.hashCode();
    }
}
