package io.characterstudio.service;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names for a single copy, in the bulk clone's default pattern "{name} v{n}": the source's name
 * (without a " vN" it already ends with) and the next free number among the names already known,
 * starting at 2 (the source counts as v1). Names are compared ignoring case and outer spaces.
 */
public final class CopyNames {

    private static final Pattern VERSIONED = Pattern.compile("^(.*\\S) v(\\d+)$");

    private CopyNames() {
    }

    /** The name of the next copy of {@code sourceName}, e.g. "Bram Oakhart v3" when "… v2" is taken. */
    public static String next(String sourceName, Collection<String> knownNames) {
        String base = sourceName == null ? "" : sourceName.strip();
        Matcher m = VERSIONED.matcher(base);
        if (m.matches()) {
            base = m.group(1);
        }
        Set<String> taken = knownNames.stream().filter(n -> n != null)
                .map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (int n = 2; ; n++) {
            String candidate = base + " v" + n;
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }
}
