package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The heap settings of the packaged app (packaging/common.args, jpackage's --java-options) and of
 * {@code mvn javafx:run} (the pom): the same in both, accepted by the JVM the build uses, and in
 * effect there: at most 1 GB of heap, G1, and unused memory handed back to the system. The
 * benchmark suite's JVM ({@code mvn -Pbench verify}) runs the app with the same settings, so that
 * its memory and pulse figures are what users get.
 */
class JvmOptionsTest {

    private static List<String> packaged() throws Exception {
        Matcher m = Pattern.compile("--java-options \"([^\"]*)\"")
                .matcher(Files.readString(Path.of("packaging", "common.args")));
        List<String> options = new ArrayList<>();
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }

    private static Element pom() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
    }

    /** The JVM options (before the class path) of the bench profile's {@code java} command. */
    private static List<String> benchJvm() throws Exception {
        NodeList profiles = pom().getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (profile.getElementsByTagName("id").item(0).getTextContent().equals("bench")) {
                NodeList arguments = profile.getElementsByTagName("argument");
                List<String> found = new ArrayList<>();
                for (int j = 0; j < arguments.getLength(); j++) {
                    String argument = arguments.item(j).getTextContent().strip();
                    if (argument.equals("-classpath")) {
                        return found;
                    }
                    found.add(argument);
                }
            }
        }
        throw new AssertionError("no bench profile with a -classpath argument in pom.xml");
    }

    private static List<String> javafxRun() throws Exception {
        NodeList plugins = pom().getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (plugin.getElementsByTagName("artifactId")
                    .item(0)
                    .getTextContent()
                    .equals("javafx-maven-plugin")) {
                NodeList options = plugin.getElementsByTagName("option");
                List<String> found = new ArrayList<>();
                for (int j = 0; j < options.getLength(); j++) {
                    found.add(options.item(j).getTextContent().strip());
                }
                return found;
            }
        }
        throw new AssertionError("no javafx-maven-plugin in pom.xml");
    }

    @Test
    void thePackagedAppAndJavafxRunUseTheSameHeapSettings() throws Exception {
        assertThat(packaged()).contains("-Xmx1g", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=10000");
        assertThat(javafxRun()).containsExactlyElementsOf(packaged());
    }

    @Test
    void theBenchmarkSuiteRunsTheAppWithTheUsersHeapSettings() throws Exception {
        List<String> heap = benchJvm().stream()
                .filter(o -> o.startsWith("-Xm") || o.startsWith("-XX:"))
                .toList();
        assertThat(heap).containsExactlyElementsOf(packaged());
    }

    @Test
    void theJvmTakesTheSettingsAndCapsTheHeapAtOneGigabyte() throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(packaged());
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(out).isZero();
        assertThat(flag(out, "MaxHeapSize")).isEqualTo("1073741824");
        assertThat(flag(out, "UseG1GC")).isEqualTo("true");
        assertThat(flag(out, "G1PeriodicGCInterval")).isEqualTo("10000");
        assertThat(flag(out, "MaxHeapFreeRatio")).isEqualTo("30");
        assertThat(flag(out, "MinHeapFreeRatio")).isEqualTo("10");
    }

    private static String flag(String flags, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s+= (\\S+)").matcher(flags);
        assertThat(m.find()).as(name + " in -XX:+PrintFlagsFinal").isTrue();
        return m.group(1);
    }
}
