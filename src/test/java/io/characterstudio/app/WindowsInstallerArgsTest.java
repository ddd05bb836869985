package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The .msi settings (packaging/windows/msi.args, built only on Windows): a per-user install that
 * needs no administrator rights, the same upgrade UUID for every release, a Start menu entry and
 * a desktop shortcut.
 */
class WindowsInstallerArgsTest {

    /** Keep it: Windows Installer knows by it that a newer .msi replaces the installed one. */
    private static final String UPGRADE_UUID = "3f0c5c2e-8a7b-4c1e-9d57-6b1f2a9e4c31";

    private static List<String> msiArgs() throws Exception {
        return Files.readAllLines(Path.of("packaging", "windows", "msi.args")).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    @Test
    void theMsiInstallsPerUserWithAStableUpgradeUuidAMenuEntryAndAShortcut() throws Exception {
        List<String> args = msiArgs();
        assertThat(args)
                .contains(
                        "--win-per-user-install",
                        "--win-menu",
                        "--win-menu-group \"Character Studio\"",
                        "--win-shortcut",
                        "--win-upgrade-uuid " + UPGRADE_UUID);
        assertThat(args).filteredOn(a -> a.startsWith("--win-upgrade-uuid")).hasSize(1);
    }

    @Test
    void theMsiOffersNoFolderAPerUserInstallCouldNotWriteTo() throws Exception {
        assertThat(msiArgs())
                .as("a per-user .msi runs without elevation: Program Files would fail")
                .doesNotContain("--win-dir-chooser");
    }
}
