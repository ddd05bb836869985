package io.characterstudio.store;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.ServerCharacter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another app process for {@link WorkspaceProcessTest}: "hold" opens the workspace and waits;
 * "write" records characters without end, printing how many are committed.
 */
public final class WorkspaceChild {

    private WorkspaceChild() {}

    public static void main(String[] args) throws Exception {
        Workspace workspace =
                Workspace.open(Path.of(args[1]), JsonMapper.builder().build(), Clock.systemUTC());
        System.out.println("open");
        System.out.flush();
        if (args[0].equals("hold")) {
            Thread.currentThread().join();
        }
        String backstory = "A long backstory line. ".repeat(200);
        for (int i = 1; ; i++) {
            workspace
                    .knownCharacters()
                    .recordServerCopy(
                            "sandbox",
                            new ServerCharacter(
                                    "id-" + i,
                                    new CharacterFields(
                                            "Name " + i, "MALE", backstory, List.of("Wave"), List.of("en-US")),
                                    "",
                                    ""),
                            Origin.CREATED,
                            null);
            if (i % 50 == 0) {
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
