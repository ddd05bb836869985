package io.characterstudio.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Jimfs;
import io.characterstudio.testsupport.AsciiOnlyPathType;
import java.nio.file.FileSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chosen import files whose names the JVM cannot represent are refused by name; the others are read. */
class TransferDialogsTest {

    @Test
    void aNameTheFileSystemCannotRepresentIsListedAndTheOthersKept() throws Exception {
        try (FileSystem ascii = Jimfs.newFileSystem(AsciiOnlyPathType.configuration())) {
            FxTransferDialogs.Picked picked =
                    FxTransferDialogs.toPaths(List.of("/in/ann.json", "/in/zoë.json", "/in/bo.txt"), ascii::getPath);
            assertThat(picked.paths()).extracting(Object::toString).containsExactly("/in/ann.json", "/in/bo.txt");
            assertThat(picked.refused()).containsExactly("/in/zoë.json");
            assertThat(FxTransferDialogs.refusedMessage(picked))
                    .contains("/in/zoë.json")
                    .contains("rename them")
                    .endsWith("The other files are read.");
        }
    }
}
