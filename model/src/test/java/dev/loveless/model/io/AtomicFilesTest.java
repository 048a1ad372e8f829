package dev.loveless.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A save either replaces the file whole or leaves it as it was, with no temporary file behind. */
class AtomicFilesTest {

    @Test
    void replacesTheFileWhole(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("flow.asl.json");
        Files.writeString(file, "old");
        // when
        AtomicFiles.write(file, "new");
        // then
        assertEquals("new", Files.readString(file));
        assertEquals(1, count(dir));
    }

    @Test
    void aFailedSaveLeavesTheOldContentAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        // given: the target is a non-empty folder, so the final rename must fail
        Path target = dir.resolve("flow.asl.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "precious");
        // when
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "new"));
        // then
        assertEquals("precious", Files.readString(target.resolve("keep.txt")));
        assertEquals(1, count(dir));
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions(@TempDir Path dir) throws IOException {
        // given
        Path fresh = dir.resolve("new.asl.json");
        Path existing = Files.writeString(dir.resolve("old.asl.json"), "old");
        Files.setPosixFilePermissions(existing, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        // when
        AtomicFiles.write(fresh, "new");
        AtomicFiles.write(existing, "new");
        // then
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
    }

    @Test
    void createsMissingFolders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a/b/flow.asl.yaml");
        AtomicFiles.write(file, "StartAt: A\n");
        assertEquals("StartAt: A\n", Files.readString(file));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
