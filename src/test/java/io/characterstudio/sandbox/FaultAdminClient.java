package io.characterstudio.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** Changes the fault injection of a running sandbox over HTTP, as a test in another process would. */
public final class FaultAdminClient {

    private FaultAdminClient() {}

    /** Posts {@code json} to {@code /_sandbox/faults} of the app's sandbox in {@code dataDir}. */
    public static void set(URI sandbox, Path dataDir, String json) throws Exception {
        String key = Files.readString(dataDir.resolve("sandbox").resolve(ApiKeys.KEY_FILE))
                .strip();
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(sandbox.resolve(FaultAdmin.PATH))
                                .header("CONVAI-API-KEY", key)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("Fault settings refused: " + r.body());
        }
    }
}
