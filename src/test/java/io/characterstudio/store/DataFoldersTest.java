package io.characterstudio.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFoldersTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void theCommandLineOptionWinsOverTheEnvironment() {
        Map<String, String> env = Map.of(DataFolders.ENV_VARIABLE, "/from/env");
        assertThat(DataFolders.resolve(List.of("--data-dir=/from/arg"), env, "Linux", HOME)).isEqualTo(Path.of("/from/arg"));
        assertThat(DataFolders.resolve(List.of("--data-dir", "/from/arg2"), env, "Linux", HOME)).isEqualTo(Path.of("/from/arg2"));
        assertThat(DataFolders.resolve(List.of(), env, "Linux", HOME)).isEqualTo(Path.of("/from/env"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolders.resolve(List.of(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ann/.local/share/character-studio"));
        assertThat(DataFolders.resolve(List.of(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data/character-studio"));
        assertThat(DataFolders.resolve(List.of(), Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .as("a relative XDG_DATA_HOME is ignored, as the spec says")
                .isEqualTo(Path.of("/home/ann/.local/share/character-studio"));
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        assertThat(DataFolders.resolve(List.of(), Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Character Studio"));
        assertThat(DataFolders.resolve(List.of(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Character Studio"));
    }
}
