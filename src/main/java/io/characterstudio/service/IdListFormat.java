package io.characterstudio.service;

import io.characterstudio.service.CharacterFiles.BadFileException;
import io.characterstudio.service.CharacterFiles.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain list of IDs to add, one a line (blank lines and {@code #} comments skipped, any line
 * ending); duplicates are dropped, the first one's place kept.
 */
final class IdListFormat {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{7,63}");

    private IdListFormat() {}

    static Parsed read(String text) {
        List<String> ids = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!ID.matcher(line).matches()) {
                throw new BadFileException(
                        "neither JSON nor a list of IDs (line " + (i + 1) + ": \"" + JsonChecks.shown(line) + "\")");
            }
            ids.add(line);
        }
        if (ids.isEmpty()) {
            throw new BadFileException("no IDs in it");
        }
        return new Parsed(List.of(), List.copyOf(new LinkedHashSet<>(ids)), List.of());
    }
}
