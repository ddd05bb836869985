package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

    /** A POSIX home on a file system of its own, so that these tests mean the same on Windows. */
    private static final FileSystem UNIX = Jimfs.newFileSystem(Configuration.unix());

    private static final Path HOME = UNIX.getPath("/home/ann");

    private static Path unix(String path) {
        return UNIX.getPath(path);
    }

    @Test
    void theCommandLineOptionWinsOverTheEnvironment() {
        Map<String, String> env = Map.of(DataFolders.ENV_VARIABLE, "/from/env");
        assertThat(DataFolders.resolve(List.of("--data-dir=/from/arg"), env, "Linux", HOME))
                .isEqualTo(unix("/from/arg"));
        assertThat(DataFolders.resolve(List.of("--data-dir", "/from/arg2"), env, "Linux", HOME))
                .isEqualTo(unix("/from/arg2"));
        assertThat(DataFolders.resolve(List.of(), env, "Linux", HOME)).isEqualTo(unix("/from/env"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolders.resolve(List.of(), Map.of(), "Linux", HOME))
                .isEqualTo(unix("/home/ann/.local/share/character-studio"));
        assertThat(DataFolders.resolve(List.of(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(unix("/data/character-studio"));
        assertThat(DataFolders.resolve(List.of(), Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .as("a relative XDG_DATA_HOME is ignored, as the spec says")
                .isEqualTo(unix("/home/ann/.local/share/character-studio"));
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        assertThat(DataFolders.resolve(List.of(), Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(unix("/appdata/Character Studio"));
        assertThat(DataFolders.resolve(List.of(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(unix("/home/ann/Library/Application Support/Character Studio"));
    }

    @Test
    void onWindowsAppDataWithADriveLetterIsUsedOnTheHomesFileSystem() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(
                Configuration.windows().toBuilder().setRoots("C:\\", "D:\\").build())) {
            Path home = fs.getPath("C:\\Users\\Ann");
            Path data = DataFolders.resolve(
                    List.of(), Map.of("APPDATA", "D:\\Profiles\\Ann\\AppData\\Roaming"), "Windows 11", home);
            assertThat(data.getFileSystem()).isSameAs(fs);
            assertThat(data.toString()).isEqualTo("D:\\Profiles\\Ann\\AppData\\Roaming\\Character Studio");
            assertThat(Files.createDirectories(data)).exists();
        }
    }

    @Test
    void onWindowsABlankOrRelativeAppDataFallsBackToTheHomesRoamingFolder() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            Path home = fs.getPath("C:\\Users\\Ann");
            for (Map<String, String> env :
                    List.of(Map.<String, String>of(), Map.of("APPDATA", "  "), Map.of("APPDATA", "Roaming"))) {
                Path data = DataFolders.resolve(List.of(), env, "Windows 10", home);
                assertThat(data.toString())
                        .as(env.toString())
                        .isEqualTo("C:\\Users\\Ann\\AppData\\Roaming\\Character Studio");
            }
        }
    }

    @Test
    void theOptionAndTheVariableAreReadOnTheHomesFileSystemToo() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            Path home = fs.getPath("C:\\Users\\Ann");
            assertThat(DataFolders.resolve(List.of("--data-dir=C:\\Data"), Map.of(), "Windows 11", home))
                    .isEqualTo(fs.getPath("C:\\Data"));
            assertThat(DataFolders.resolve(List.of(), Map.of(DataFolders.ENV_VARIABLE, "C:\\Env"), "Windows 11", home))
                    .isEqualTo(fs.getPath("C:\\Env"));
            assertThat(DataFolders.resolve(List.of(), Map.of(), "Mac OS X", fs.getPath("C:\\Users\\Ann"))
                            .toString())
                    .isEqualTo("C:\\Users\\Ann\\Library\\Application Support\\Character Studio");
        }
    }
}
