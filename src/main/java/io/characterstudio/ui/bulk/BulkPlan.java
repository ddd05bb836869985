package io.characterstudio.ui.bulk;

import java.util.List;

/**
 * A dry run: what a bulk operation will do, one line per item, shown before anything is sent.
 *
 * @param action the words of the button that runs it ("Clone 6 characters")
 */
public record BulkPlan(String title, String summary, List<String> lines, String action) {

    public BulkPlan {
        lines = List.copyOf(lines);
    }
}
