package io.characterstudio.store;

import java.nio.file.FileSystem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Character Studio keeps its data: the workspace database, the embedded sandbox, logs.
 * In order: the {@code --data-dir} command-line option, the {@value #ENV_VARIABLE} environment
 * variable (tests use it), then the platform's place for application data: {@code
 * $XDG_DATA_HOME/character-studio} (default {@code ~/.local/share}) on Linux, {@code
 * %APPDATA%\Character Studio} on Windows, {@code ~/Library/Application Support/Character Studio}
 * on macOS.
 */
public final class DataFolders {

    public static final String ENV_VARIABLE = "CHARACTER_STUDIO_DATA_DIR";
    public static final String OPTION = "--data-dir";

    private DataFolders() {}

    /**
     * The data folder for these arguments, environment, OS name and home folder. Every path is
     * made on {@code userHome}'s file system. A blank or relative {@code APPDATA} or {@code
     * XDG_DATA_HOME} is ignored (the home's own folder is used instead).
     */
    public static Path resolve(List<String> args, Map<String, String> env, String osName, Path userHome) {
        FileSystem fs = userHome.getFileSystem();
        Optional<Path> fromArgs = fromArgs(args, fs);
        if (fromArgs.isPresent()) {
            return fromArgs.get();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fs.getPath(fromEnv.strip());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return absolute(fs, env.get("APPDATA"))
                    .orElse(userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("Character Studio");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Character Studio");
        }
        return absolute(fs, env.get("XDG_DATA_HOME"))
                .orElse(userHome.resolve(".local").resolve("share"))
                .resolve("character-studio");
    }

    private static Optional<Path> absolute(FileSystem fs, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = fs.getPath(value.strip());
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The data folder of this process, from its arguments and environment. */
    public static Path forThisProcess(List<String> args) {
        return resolve(
                args, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    private static Optional<Path> fromArgs(List<String> args, FileSystem fs) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(OPTION + "=")) {
                return Optional.of(fs.getPath(arg.substring(OPTION.length() + 1)));
            }
            if (arg.equals(OPTION) && i + 1 < args.size()) {
                return Optional.of(fs.getPath(args.get(i + 1)));
            }
        }
        return Optional.empty();
    }
}
