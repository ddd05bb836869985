package io.characterstudio.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JVM the way the app is started (same java, class path and flags; headless JavaFX
 * through Monocle), and times it from launch to the probe lines the app prints; reads the
 * process's resident memory once the library shows. The baseline is {@link HelloWindow}
 * started the same way.
 */
final class ColdStart {

    /** One start: milliseconds to the first frame, to the library filled (or -1), and resident MB then. */
    record Run(double firstFrameMs, double libraryMs, double residentMb) {}

    private ColdStart() {}

    static Run start(String mainClass, Path dataDir, boolean waitForLibrary) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dcharacterstudio.probe=true",
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        if (dataDir != null) {
            command.add("--data-dir=" + dataDir);
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        double frame = -1;
        double library = -1;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("probe main-frame")) {
                    frame = (System.nanoTime() - t0) / 1e6;
                    if (!waitForLibrary) {
                        break;
                    }
                } else if (line.startsWith("probe library")) {
                    library = (System.nanoTime() - t0) / 1e6;
                    break;
                }
            }
            if (frame < 0) {
                throw new IllegalStateException(mainClass + " ended without showing a window");
            }
            // A measurement, not a wait for an event: resident memory one second after the
            // window (or the library) showed, once start-up allocations have settled.
            Thread.sleep(1000);
            double rss = residentMb(p.pid());
            return new Run(frame, library, rss);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** VmRSS of a process in MB (Linux), or -1 where /proc is not there. */
    static double residentMb(long pid) throws Exception {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }
}
