package io.characterstudio.ui.transfer;

import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.ImportItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The import preview's state without the toolkit: each item's proposed and chosen action, the
 * totals per action ("612 update, 150 create, 22 skip") and setting the action of many items at
 * once (each only to an action it allows; a refused item stays refused).
 */
public final class ImportPreview {

    private final List<ImportItem> proposed;
    private final List<ImportItem> chosen;
    /** The titles more than one item has. */
    private final Set<String> sameTitle = new HashSet<>();

    public ImportPreview(List<ImportItem> plan) {
        this.proposed = List.copyOf(plan);
        this.chosen = new ArrayList<>(plan);
        Set<String> seen = new HashSet<>();
        plan.forEach(i -> {
            if (!seen.add(i.title())) {
                sameTitle.add(i.title());
            }
        });
    }

    public int size() {
        return chosen.size();
    }

    /** The item at {@code index} with the action chosen for it so far. */
    public ImportItem item(int index) {
        return chosen.get(index);
    }

    /**
     * The name shown for item {@code index}: its title, and when another item has the same title
     * its short ID ("Ada Ember 40 · a6d17c10") or, without an ID, its file name.
     */
    public String title(int index) {
        ImportItem item = chosen.get(index);
        String title = item.title();
        if (!sameTitle.contains(title)) {
            return title;
        }
        return title + " \u00B7 "
                + item.id()
                        .map(ImportPreview::shortId)
                        .orElseGet(() -> String.valueOf(item.file().getFileName()));
    }

    /**
     * The heading of item {@code index}'s row: its file (or line) and the name shown for it
     * ({@link #title}), "ann.character.json  —  Ann"; only the file when the name would repeat it
     * (a refused file has no name of its own).
     */
    public String heading(int index) {
        String key = chosen.get(index).key();
        String title = title(index);
        return title.equals(key) ? key : key + "  \u2014  " + title;
    }

    /** An ID up to its first dash (a UUID's first group), or its first eight characters. */
    private static String shortId(String id) {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id.length() > 8 ? id.substring(0, 8) : id;
    }

    /** The actions item {@code index} may take, from what was proposed for it. */
    public List<Action> choicesFor(int index) {
        ImportItem p = proposed.get(index);
        return switch (p.action()) {
            case ADD_ID -> List.of(Action.ADD_ID, Action.SKIP);
            case UPDATE -> List.of(Action.UPDATE, Action.CREATE, Action.SKIP);
            case CREATE -> List.of(Action.CREATE, Action.SKIP);
            case SKIP -> p.character().isPresent() ? List.of(Action.SKIP, Action.CREATE) : List.of(Action.SKIP);
            case INVALID -> List.of(Action.INVALID);
        };
    }

    /** Sets the action of one item, if it allows it; whether it did. */
    public boolean setAction(int index, Action action) {
        if (!choicesFor(index).contains(action)) {
            return false;
        }
        chosen.set(index, chosen.get(index).withAction(action));
        return true;
    }

    /** Sets the action of every given item that allows it; how many now have it. */
    public int setAction(Collection<Integer> indices, Action action) {
        int n = 0;
        for (int index : indices) {
            if (setAction(index, action)) {
                n++;
            }
        }
        return n;
    }

    /** The actions any item may take, for "set the action of the selected" (refused is not one). */
    public static List<Action> settable() {
        return List.of(Action.UPDATE, Action.CREATE, Action.ADD_ID, Action.SKIP);
    }

    /** "612 update, 150 create, 22 skip": the chosen actions with their counts, only those with some. */
    public String totals() {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        chosen.forEach(i -> counts.merge(i.action(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Action a : List.of(Action.UPDATE, Action.CREATE, Action.ADD_ID, Action.SKIP, Action.INVALID)) {
            if (counts.containsKey(a)) {
                parts.add(counts.get(a) + " " + word(a).toLowerCase(Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "Nothing to import" : String.join(", ", parts);
    }

    /** The word of an action in the preview: "Update", "Create", "Add to the library", "Skip", "Refused". */
    public static String word(Action a) {
        return a == null
                ? ""
                : switch (a) {
                    case CREATE -> "Create";
                    case UPDATE -> "Update";
                    case ADD_ID -> "Add to the library";
                    case SKIP -> "Skip";
                    case INVALID -> "Refused";
                };
    }

    /** The items with the actions chosen. */
    public List<ImportItem> chosen() {
        return List.copyOf(chosen);
    }
}
