package io.characterstudio.ui.about;

import java.nio.file.Path;

/** What the About dialog tells: the version (from the Maven project), the runtime, where data and log live, the licence. */
public record AboutInfo(String version, String java, String javafx, Path dataDir, Path logFile, String licence) {}
