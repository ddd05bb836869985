package io.characterstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, from the Maven project version (written into version.properties at build time). */
final class AppVersion {

    private AppVersion() {}

    static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown (built without Maven)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
