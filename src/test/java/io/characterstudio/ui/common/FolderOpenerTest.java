package io.characterstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** "Open folder" hands the folder's file URI to the platform on the I/O executor, not on the caller's thread. */
class FolderOpenerTest {

    @Test
    void theFolderGoesToThePlatformAsAFileUriOnTheIoExecutor() {
        List<Runnable> queued = new ArrayList<>();
        Executor io = queued::add;
        List<String> shown = new ArrayList<>();
        Path folder = Path.of("/tmp", "exported cast").toAbsolutePath();
        var opened = FolderOpener.showing(shown::add, io).open(folder);
        assertThat(shown).as("nothing on the caller's thread").isEmpty();
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(shown).containsExactly(folder.toUri().toString());
        assertThat(opened).isCompleted();
    }
}
