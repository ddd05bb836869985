package io.characterstudio.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import io.characterstudio.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The app's log file: {@code <data folder>/logs/character-studio.log}, rolled over at 5 MB and
 * kept as five older files (character-studio.1.log … .5.log), so it never grows without bound.
 * Added beside the console output of logback.xml once the data folder is known. The logs folder
 * and its files are owner-only.
 */
final class LogFiles {

    static final String NAME = "character-studio.log";

    private LogFiles() {}

    /** Starts writing the log in {@code dataDir}/logs; answers the file. */
    static Path start(Path dataDir) {
        return start(dataDir, FileSize.valueOf("5MB"), ch.qos.logback.core.util.Duration.buildBySeconds(60));
    }

    /**
     * The same, rolling over at {@code maxSize}, the size looked at no more often than every
     * {@code checkEvery} (logback's own default: a minute; tests use a small size and no wait).
     */
    static Path start(Path dataDir, FileSize maxSize, ch.qos.logback.core.util.Duration checkEvery) {
        Path folder = dataDir.resolve("logs");
        Path file = folder.resolve(NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file;
        }
        protect(dataDir, folder);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender("FILE") != null) {
            root.detachAppender("FILE");
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("character-studio.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(maxSize);
        trigger.setCheckIncrement(checkEvery);
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        return file;
    }

    /**
     * Makes the data folder and the logs folder owner-only and the log files in it too, before
     * logback opens them (files it makes when rolling over are covered by the folder). A failure
     * is left to logback and to the workspace, which report it.
     */
    private static void protect(Path dataDir, Path folder) {
        try {
            OwnerOnlyFiles.createFolder(dataDir);
            OwnerOnlyFiles.createFolder(folder);
            if (!Files.exists(folder.resolve(NAME))) {
                OwnerOnlyFiles.createFile(folder.resolve(NAME));
            }
        } catch (IOException e) {
            return;
        }
        OwnerOnlyFiles.restrictExisting(
                folder,
                NAME,
                "character-studio.1.log",
                "character-studio.2.log",
                "character-studio.3.log",
                "character-studio.4.log",
                "character-studio.5.log");
    }
}
