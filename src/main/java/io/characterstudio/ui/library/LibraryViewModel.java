package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The library of known characters: filtered as the user types (off the FX thread, the newest query
 * winning; see {@link LibraryFilter}), sorted as chosen (names in natural order), with the counts
 * the library shows ("392 of 10,000", "N selected", "Opening…" until the first load); the rows
 * shown are kept by {@link ShownRows}.
 */
public final class LibraryViewModel {

    private final ObservableList<LibraryItem> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper draftMarks = new ReadOnlyIntegerWrapper();
    private final ShownRows shown;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<LibrarySort> sort = new SimpleObjectProperty<>(LibrarySort.NAME);
    private final ObservableList<String> selectedIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LibraryQuery> query = new ReadOnlyObjectWrapper<>(LibraryQuery.EVERYTHING);
    private final BooleanProperty showGone = new SimpleBooleanProperty(false);
    private final StringProperty unsavedId = new SimpleStringProperty("");
    private final StringBinding selectionCount = Bindings.createStringBinding(
            () -> selectedIds.size() > 1 ? selectedIds.size() + " selected" : "", selectedIds);
    private final BooleanBinding hasCharacters = Bindings.createBooleanBinding(
            () -> items.stream().anyMatch(i -> i.status() == KnownCharacter.Status.PRESENT), items);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final LibraryReader reader;
    private final BooleanBinding offerFirstCharacter = loaded.and(hasCharacters.not());
    private final StringBinding emptyText;
    private TagSuggestions tagSuggestions = TagSuggestions.NONE;
    /** The rows by ID: names are looked up per item in bulk plans and reports (a scan each was quadratic). */
    private Map<String, LibraryItem> byId = new ConcurrentHashMap<>();

    private final VoiceNames voices = new VoiceNames();

    /** A library that filters on the calling thread (tests, benchmarks). */
    public LibraryViewModel(ObservableValue<Session> session, DraftJournal drafts, StatusModel status, Executor ui) {
        this(session, drafts, status, ui, Runnable::run);
    }

    /** @param filtering where queries run (a background thread in the app); results come back on {@code ui} */
    public LibraryViewModel(
            ObservableValue<Session> session,
            DraftJournal drafts,
            StatusModel status,
            Executor ui,
            Executor filtering) {
        this.shown = new ShownRows(filtering, ui, loaded);
        this.reader = new LibraryReader(() -> session.getValue().service(), drafts, status, ui);
        BooleanProperty readFailed = reader.failedProperty();
        emptyText = Bindings.createStringBinding(
                () -> LibraryTexts.empty(loaded.get(), readFailed.get(), items.isEmpty(), filter.get()),
                loaded,
                readFailed,
                items,
                filter);
        items.addListener((ListChangeListener<LibraryItem>) change -> shown.rowsChanged());
        filter.addListener((obs, was, now) -> {
            query.set(LibraryQuery.parse(now));
            applyFilter();
        });
        showGone.addListener((obs, was, now) -> applyFilter());
        sort.addListener((obs, was, now) -> applyFilter());
    }

    /**
     * Whether the rows are being replaced, filtered or sorted right now: a list view's selection
     * changes then by itself, which is not the user choosing (the selection must survive it).
     */
    public boolean changingRows() {
        return shown.changingRows();
    }

    /**
     * Filters and sorts a snapshot of the rows by the query off the FX thread; deleted and missing
     * rows show only when asked for (the "Show" toggle, or {@code is:deleted} / {@code is:missing}).
     */
    private void applyFilter() {
        LibraryQuery parsed = query.get();
        shown.filter(items, parsed, showGone.get() || parsed.asksForGone(), LibrarySort.order(sort.get()));
    }

    /** Whether deleted and missing rows are shown (they are hidden by default). */
    public BooleanProperty showGoneProperty() {
        return showGone;
    }

    /**
     * "3 deleted, 1 missing hidden" under the library, counting only the hidden rows the current
     * search and filter would show; empty when no such row is hidden for its status.
     */
    public ReadOnlyStringProperty hiddenTextProperty() {
        return shown.hiddenTextProperty();
    }

    /** Reloads the list from the workspace; an answer older than a newer request is dropped. */
    public CompletableFuture<Void> refresh() {
        return reader.all(this::show);
    }

    /**
     * Reads one character's row again from the workspace (after an open: last opened, the
     * server's copy) and replaces just that row; tags, draft mark and lineage are kept. A
     * character the library does not show yet reloads the list (its lineage needs the others).
     * Dropped when a full reload was asked for meanwhile (it brings the row too).
     */
    public CompletableFuture<Void> refreshRow(String id) {
        return byId.containsKey(id) ? reader.one(id, this::replace) : refresh();
    }

    /**
     * Marks (or unmarks) a row "draft" at once, without reading the list again. The shown rows
     * are not replaced (that would move a list view's selection while the user arrows through
     * it): {@link #draftMarksProperty()} changes so that the view redraws, and {@link #item} and
     * the next search ({@code has:draft}) see the mark. No row, nothing happens.
     */
    public void markDraft(String id, boolean hasDraft) {
        LibraryItem old = byId.get(id);
        LibraryRows.markDraft(items, byId, id, hasDraft);
        if (byId.get(id) != old) {
            draftMarks.set(draftMarks.get() + 1);
        }
    }

    /** Counts the draft marks changed by {@link #markDraft}: the rows are to be drawn again. */
    public ReadOnlyIntegerProperty draftMarksProperty() {
        return draftMarks.getReadOnlyProperty();
    }

    /** Replaces the row of {@code newer} (and, when its name changed, its clones' "cloned from" name). */
    void replace(KnownCharacter newer) {
        shown.changing(() -> LibraryRows.replace(items, byId, newer));
        applyFilter();
    }

    /** Replaces the rows (on the FX thread). */
    void show(List<LibraryItem> rows) {
        Map<String, LibraryItem> index = new ConcurrentHashMap<>(rows.size() * 2);
        rows.forEach(r -> index.put(r.id(), r));
        byId = index;
        tagSuggestions = TagSuggestions.of(rows);
        loaded.set(true);
        shown.changing(() -> items.setAll(rows));
        applyFilter();
    }

    /** The parsed search, for highlighting what matched. */
    public ReadOnlyObjectProperty<LibraryQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /**
     * Shows the clones of a character (the row's "N clones" link): {@code from:"Name"}, or
     * {@code from:ID} when the name would also show clones of other characters (names match by
     * case-insensitive prefix) or cannot be quoted.
     */
    public void showClonesOf(String id) {
        filter.set(ClonesFilter.of(id, byId));
    }

    /** Follows the voice catalogue the editor loads, so that rows show voices by their display names. */
    public void followVoices(ObservableList<VoiceOption> catalogue) {
        voices.follow(catalogue);
    }

    /** The voices' display names the rows show. */
    public VoiceNames voices() {
        return voices;
    }

    /** "392 of 10,000" while a search or filter narrows the rows, "10,000 characters" otherwise; "Opening…" first. */
    public ReadOnlyStringProperty countTextProperty() {
        return shown.countTextProperty();
    }

    /** What the empty list says: "Opening…" until loaded, "No characters yet…", or that nothing matches. */
    public StringBinding emptyTextProperty() {
        return emptyText;
    }

    /** Whether the editor's empty state invites the first character: loaded, and none on the server. */
    public BooleanBinding offerFirstCharacterProperty() {
        return offerFirstCharacter;
    }

    /** The existing {@code #tag}s to offer while a tag is typed last in {@code typed} (at most eight). */
    public List<String> tagSuggestions(String typed) {
        return tagSuggestions.forText(typed);
    }

    /** The rows shown, filtered and sorted. */
    public ObservableList<LibraryItem> visible() {
        return shown.visible();
    }

    public ObservableList<LibraryItem> all() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /**
     * The IDs the user selected (several for bulk work). Kept here, not in the list view, so that
     * the selection survives filtering, sorting, refreshes and the operation itself.
     */
    public ObservableList<String> selectedIds() {
        return selectedIds;
    }

    /** The row of a character, if the library knows it. */
    public Optional<LibraryItem> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The names of the selected characters, for confirmations and reports. */
    public String nameOf(String id) {
        LibraryItem row = byId.get(id);
        return row == null ? id : row.name();
    }

    /** "N selected" when several rows are selected; empty for none or one. */
    public StringBinding selectionCountProperty() {
        return selectionCount;
    }

    /** Whether the library knows a character that is still on the server (deleted and missing rows do not count). */
    public BooleanBinding hasCharactersProperty() {
        return hasCharacters;
    }

    /** The ID of the character whose edits are not saved yet (its row is marked "unsaved"); empty for none. */
    public ReadOnlyStringProperty unsavedIdProperty() {
        return unsavedId;
    }

    /** Follows the editor: while it holds unsaved edits of a saved character, that character's row is marked. */
    public void followEditor(ObservableValue<Boolean> dirty, ObservableValue<String> openId) {
        unsavedId.bind(Bindings.createStringBinding(
                () -> Boolean.TRUE.equals(dirty.getValue()) && openId.getValue() != null ? openId.getValue() : "",
                dirty,
                openId));
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<LibrarySort> sortProperty() {
        return sort;
    }
}
