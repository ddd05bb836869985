package io.characterstudio.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of copies, for the bulk clone and the single clone (Ctrl+D) alike: in the default pattern
 * "{name} v{n}", the source's name (without a " vN" it already ends with) and the lowest free
 * number among the names already known, starting at 1 ("Ada v1", then "Ada v2"). Names are
 * compared ignoring case and outer spaces.
 */
public final class CopyNames {

    /** The bulk clone's default name pattern, and the one a single clone follows. */
    public static final String DEFAULT_PATTERN = "{name} v{n}";

    private static final Pattern VERSIONED = Pattern.compile("^(.*\\S) v(\\d+)$");

    /** A bulk copy's proposed name; {@code taken} when a character of that name exists already. */
    public record Proposed(String name, boolean taken) {}

    private CopyNames() {}

    /**
     * The names of the bulk clone items (copy n of a source, {@link CloneItem}) for
     * {@code pattern}: each copy takes the next number whose name is free (among {@code knownNames}
     * and the copies named before it), so "Ada v1" exists means the next copy is "Ada v2"; with the
     * pattern "{name} v{n}" a " vN" the source's name ends with is dropped first (no "v1 v1"). A
     * name that still exists (a pattern without {n}, or an empty pattern, which keeps the source's
     * name) is marked taken. In the items' order.
     */
    public static Map<CloneItem, Proposed> forClones(
            String pattern,
            List<CloneItem> items,
            Function<String, String> sourceNameOf,
            Collection<String> knownNames) {
        Set<String> taken = new HashSet<>();
        knownNames.stream().filter(n -> n != null).forEach(n -> taken.add(key(n)));
        Map<String, Integer> nextNumber = new HashMap<>();
        Map<CloneItem, Proposed> names = new LinkedHashMap<>();
        boolean numbered = pattern != null && pattern.contains("{n}");
        for (CloneItem item : items) {
            String source = item.sourceId();
            String base = sourceNameOf.apply(source);
            base = base == null ? "" : base.strip();
            Matcher m = VERSIONED.matcher(base);
            if (numbered && pattern.strip().endsWith(" v{n}") && m.matches()) {
                base = m.group(1);
            }
            int n = nextNumber.getOrDefault(source, 1);
            String name = CharacterBulk.copyName(pattern, base, n);
            for (int tries = 0; numbered && taken.contains(key(name)) && tries < 100_000; tries++) {
                name = CharacterBulk.copyName(pattern, base, ++n);
            }
            names.put(item, new Proposed(name, taken.contains(key(name))));
            taken.add(key(name));
            nextNumber.put(source, n + 1);
        }
        return names;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The name of the next single copy (Ctrl+D) of {@code sourceName}: the bulk clone's first copy
     * under its default pattern ({@link #forClones}), so both kinds of clone name a copy alike: the
     * first copy of "Keyra Voss" is "Keyra Voss v1", and "… v3" when v1 and v2 exist.
     */
    public static String next(String sourceName, Collection<String> knownNames) {
        CloneItem only = new CloneItem("source", 1);
        return Objects.requireNonNull(forClones(DEFAULT_PATTERN, List.of(only), id -> sourceName, knownNames)
                        .get(only))
                .name();
    }
}
