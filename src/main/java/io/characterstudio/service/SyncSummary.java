package io.characterstudio.service;

import java.util.List;

/** What "Sync with account" changed in the known list. */
public record SyncSummary(int onAccount, List<String> added, List<String> renamed, List<String> gone) {

    public SyncSummary {
        added = List.copyOf(added);
        renamed = List.copyOf(renamed);
        gone = List.copyOf(gone);
    }

    /** One sentence for the status bar. */
    public String describe() {
        return "Synced: " + onAccount + " characters on the account; " + added.size() + " new, " + renamed.size()
                + " renamed, " + gone.size() + " gone from the account.";
    }
}
