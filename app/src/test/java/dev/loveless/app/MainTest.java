package dev.loveless.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which arguments open the designer and which run a command. */
class MainTest {

    @Test
    void noArgumentsOrOneExistingFileOpenTheDesigner(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("flow.asl.json"), "{}");
        assertTrue(Main.opensDesigner(new String[0]));
        assertTrue(Main.opensDesigner(new String[] {file.toString()}));
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCommandLine() {
        assertFalse(Main.opensDesigner(new String[] {"fmt"}));
        assertFalse(Main.opensDesigner(new String[] {"--help"}));
        assertFalse(Main.opensDesigner(new String[] {"no-such-file.asl.json"}));
        assertFalse(Main.opensDesigner(new String[] {"fmt", "a.json"}));
    }
}
