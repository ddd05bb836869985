package io.characterstudio.ui.replace;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.TextReplace;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find and replace across characters: a preview of every hit per character (the selection, or
 * every character the library shows; deleted and missing characters are left out and counted
 * apart, as they are no longer on the server), the user ticks which to change, and the changes become
 * drafts to review and save, one by one or in bulk. Nothing is sent to the server here. The text
 * searched is the newest the app has: the editor's for the open character, a draft's if there is
 * one, else the last copy read from the server.
 */
public final class FindReplaceViewModel {

    /** The hits in one character, and whether the user wants them replaced. */
    public static final class CharacterHits {
        private final String id;
        private final String name;
        private final List<String> previews;
        private final CharacterFields base;
        private final CharacterFields replaced;
        private final boolean open;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        CharacterHits(
                String id,
                String name,
                List<String> previews,
                CharacterFields base,
                CharacterFields replaced,
                boolean open) {
            this.id = id;
            this.name = name;
            this.previews = List.copyOf(previews);
            this.base = base;
            this.replaced = replaced;
            this.open = open;
        }

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        public List<String> previews() {
            return previews;
        }

        public CharacterFields replaced() {
            return replaced;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return name + " (" + previews.size() + ")";
        }
    }

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final DraftJournal drafts;
    private final StatusModel status;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final StringProperty find = new SimpleStringProperty("");
    private final StringProperty replace = new SimpleStringProperty("");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeWords = new SimpleBooleanProperty(true);
    private final BooleanProperty selectionOnly = new SimpleBooleanProperty(false);
    private final ObservableList<CharacterHits> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public FindReplaceViewModel(
            LibraryViewModel library,
            EditorViewModel editor,
            DraftJournal drafts,
            StatusModel status,
            Executor background,
            Executor ui,
            Clock clock) {
        this.library = library;
        this.editor = editor;
        this.drafts = drafts;
        this.status = status;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        selectionOnly.set(library.selectedIds().size() > 1);
    }

    /** Finds every hit (off the FX thread) and lists them per character, all ticked. */
    public CompletableFuture<Void> preview() {
        hits.clear();
        if (find.get() == null || find.get().isEmpty()) {
            summary.set("Type what to find.");
            return CompletableFuture.completedFuture(null);
        }
        TextReplace replacer = new TextReplace(find.get(), replace.get(), matchCase.get(), wholeWords.get());
        List<LibraryItem> asked = scope();
        List<LibraryItem> scope = asked.stream()
                .filter(i -> i.status() == KnownCharacter.Status.PRESENT)
                .toList();
        int leftOut = asked.size() - scope.size();
        String connectionId = editor.connection().id();
        ServerCharacter open = editor.snapshotProperty().get();
        CharacterFields openFields =
                open == null ? null : editor.fieldsProperty().get();
        return drafts.list(connectionId)
                .thenApplyAsync(
                        found -> {
                            Map<String, Draft> draftOf = found.stream()
                                    .filter(d -> d.characterId().isPresent())
                                    .collect(Collectors.toMap(
                                            d -> d.characterId().get(), Function.identity(), (a, b) -> b));
                            List<CharacterHits> result = new ArrayList<>();
                            int notFetched = 0;
                            for (LibraryItem item : scope) {
                                KnownCharacter k = item.character();
                                boolean isOpen = open != null && open.id().equals(k.id());
                                CharacterFields current;
                                CharacterFields base;
                                if (isOpen) {
                                    current = openFields;
                                    base = open.fields();
                                } else if (draftOf.containsKey(k.id())) {
                                    current = draftOf.get(k.id()).fields();
                                    base = draftOf.get(k.id()).base().orElse(current);
                                } else if (k.backstory().isPresent()) {
                                    current = k.fields();
                                    base = current;
                                } else {
                                    notFetched++;
                                    continue;
                                }
                                List<String> previews = replacer.previews(current);
                                if (!previews.isEmpty()) {
                                    result.add(new CharacterHits(
                                            k.id(), item.name(), previews, base, replacer.applyTo(current), isOpen));
                                }
                            }
                            return new Found(result, notFetched, scope.size(), leftOut);
                        },
                        background)
                .handleAsync(
                        (r, failure) -> {
                            if (failure != null) {
                                summary.set("Could not search: " + FailureMessages.describe(failure, ""));
                                return null;
                            }
                            List<CharacterHits> found = r.hits();
                            int notFetched = r.notFetched();
                            hits.setAll(found);
                            int total = found.stream()
                                    .mapToInt(h -> h.previews().size())
                                    .sum();
                            summary.set(total + " hit" + (total == 1 ? "" : "s") + " in " + found.size() + " of "
                                    + r.searched()
                                    + " characters."
                                    + (notFetched == 0
                                            ? ""
                                            : " " + notFetched + " not searched: their backstories"
                                                    + " are not here yet (Connection > Fetch missing backstories).")
                                    + (r.leftOut() == 0 ? "" : " " + r.leftOut() + " deleted or missing left out."));
                            return null;
                        },
                        ui);
    }

    private record Found(List<CharacterHits> hits, int notFetched, int searched, int leftOut) {}

    private List<LibraryItem> scope() {
        if (selectionOnly.get()) {
            return inSelection(library.all(), library.selectedIds());
        }
        return List.copyOf(library.visible());
    }

    /**
     * The rows whose IDs are selected, in the library's order. The selection is copied into a hash
     * set once: a list's {@code contains} per row made 10,000 selected rows quadratic.
     */
    public static List<LibraryItem> inSelection(List<LibraryItem> rows, Collection<String> selectedIds) {
        Set<String> selected = new HashSet<>(selectedIds);
        return rows.stream().filter(i -> selected.contains(i.id())).toList();
    }

    /**
     * Applies the ticked characters' replacements as drafts (the open character's straight into
     * the editor); completes with how many characters changed.
     */
    public int apply() {
        List<CharacterHits> chosen =
                hits.stream().filter(h -> h.chosenProperty().get()).toList();
        int n = 0;
        for (CharacterHits h : chosen) {
            if (h.open) {
                ServerCharacter open = editor.snapshotProperty().get();
                if (open == null || !open.id().equals(h.id)) {
                    continue;
                }
                editor.applyFields(h.replaced);
            } else {
                drafts.update(new Draft(
                        editor.connection().id(),
                        h.id,
                        Optional.of(h.id),
                        h.replaced,
                        Optional.of(h.base),
                        clock.instant()));
            }
            n++;
        }
        hits.clear();
        summary.set("");
        if (n > 0) {
            library.filterProperty().set("has:draft");
            status.succeeded("Replaced in " + n + " character" + (n == 1 ? "" : "s") + " as drafts: review them (the"
                    + " library shows has:draft) and save each, or all with Edit > Save drafts.");
            library.refresh();
        }
        return n;
    }

    public StringProperty findProperty() {
        return find;
    }

    public StringProperty replaceProperty() {
        return replace;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public BooleanProperty wholeWordsProperty() {
        return wholeWords;
    }

    public BooleanProperty selectionOnlyProperty() {
        return selectionOnly;
    }

    public ObservableList<CharacterHits> hits() {
        return hits;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
