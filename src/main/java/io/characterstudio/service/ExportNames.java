package io.characterstudio.service;

import io.characterstudio.service.CharacterFiles.Format;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file names of exports, safe on every operating system so that an export folder can be
 * copied anywhere: "ann-7bd3274c.character.json". The name part keeps letters, combining marks and
 * digits of any script (NFC), lower-cased, other runs become "-", and it is cut at
 * {@value #MAX_NAME_CODE_POINTS} code points (never inside a surrogate pair). Windows' rules are
 * applied everywhere: none of {@code <>:"/\|?*} or control characters, no trailing dot or space,
 * and no reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension, any case).
 * When a file system still refuses a name, {@link #fallback} is the ASCII name to use instead.
 */
public final class ExportNames {

    /** The longest name part, in code points. */
    public static final int MAX_NAME_CODE_POINTS = 40;

    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}]");
    private static final Set<String> RESERVED = reserved();

    private ExportNames() {}

    /** The file name of a character's export. */
    public static String fileName(String name, String id, Format format) {
        String slug = NOT_NAME.matcher(
                        Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll("-");
        slug = trimDashes(cut(trimDashes(slug), MAX_NAME_CODE_POINTS));
        int dash = id.indexOf('-');
        String shortId = (dash > 0 ? id.substring(0, dash) : id.substring(0, Math.min(8, id.length())))
                .replaceAll("[^0-9A-Za-z]", "");
        String stem = (slug.isEmpty() ? "character" : slug) + (shortId.isEmpty() ? "" : "-" + shortId);
        return windowsSafe(stem + format.suffix());
    }

    /** The name used when a file system refuses {@link #fileName}: "character-&lt;id&gt;" and the suffix, ASCII only. */
    public static String fallback(String id, Format format) {
        return windowsSafe("character-" + id.replaceAll("[^0-9A-Za-z_-]", "") + format.suffix());
    }

    /** {@code fileName} made acceptable to Windows: forbidden characters become "-", trailing dots and spaces go, a reserved device name gets a "_" in front. */
    static String windowsSafe(String fileName) {
        String safe = WINDOWS_FORBIDDEN.matcher(fileName).replaceAll("-").replaceAll("[. ]+$", "");
        if (safe.isEmpty()) {
            return "_";
        }
        int dot = safe.indexOf('.');
        String base =
                (dot < 0 ? safe : safe.substring(0, dot)).replaceAll(" +$", "").toUpperCase(Locale.ROOT);
        return RESERVED.contains(base) ? "_" + safe : safe;
    }

    static String cut(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints
                ? text
                : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private static String trimDashes(String text) {
        return text.replaceAll("(^-+|-+$)", "");
    }

    private static Set<String> reserved() {
        Set<String> names = new HashSet<>(Set.of("CON", "PRN", "AUX", "NUL"));
        for (String device : new String[] {"COM", "LPT"}) {
            for (char n : "123456789\u00b9\u00b2\u00b3".toCharArray()) {
                names.add(device + n);
            }
        }
        return Set.copyOf(names);
    }
}
