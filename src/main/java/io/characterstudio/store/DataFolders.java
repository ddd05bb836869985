package io.characterstudio.store;

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

    private DataFolders() {
    }

    public static Path resolve(List<String> args, Map<String, String> env, String osName, Path userHome) {
        Optional<Path> fromArgs = fromArgs(args);
        if (fromArgs.isPresent()) {
            return fromArgs.get();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return base.resolve("Character Studio");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Character Studio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".local/share");
        return base.resolve("character-studio");
    }

    /** The data folder of this process, from its arguments and environment. */
    public static Path forThisProcess(List<String> args) {
        return resolve(args, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    private static Optional<Path> fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(OPTION + "=")) {
                return Optional.of(Path.of(arg.substring(OPTION.length() + 1)));
            }
            if (arg.equals(OPTION) && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
        }
        return Optional.empty();
    }
}
