package dev.loveless.exporters.files;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSinkTest {

    @TempDir
    Path dir;

    private static Export export(GeneratedFile... files) {
        return new Export("java", List.of(files), List.of());
    }

    @Test
    void writesNewFilesAndReportsThemCreated() throws Exception {
        // given
        Export export = export(GeneratedFile.regenerated("a/Wiring.java", "wiring"),
                GeneratedFile.userOwned("a/Handler.java", "mine"));
        // when
        WriteReport report = new FileSink(dir).write(export);
        // then
        assertTrue(report.applied());
        assertEquals(FileOutcome.Action.CREATED, report.actionFor("a/Wiring.java"));
        assertEquals(FileOutcome.Action.CREATED, report.actionFor("a/Handler.java"));
        assertEquals("wiring", Files.readString(dir.resolve("a/Wiring.java")));
    }

    @Test
    void neverOverwritesAUserOwnedFileButRewritesItsOwnWiring() throws Exception {
        // given
        new FileSink(dir).write(export(GeneratedFile.regenerated("Wiring.java", "v1"),
                GeneratedFile.userOwned("Handler.java", "generated once")));
        byte[] edited = "the user's edit ✓\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("Handler.java"), edited);
        // when
        WriteReport report = new FileSink(dir).write(export(GeneratedFile.regenerated("Wiring.java", "v2"),
                GeneratedFile.userOwned("Handler.java", "generated again")));
        // then
        assertEquals(FileOutcome.Action.KEPT, report.actionFor("Handler.java"));
        assertEquals(FileOutcome.Action.UPDATED, report.actionFor("Wiring.java"));
        assertArrayEquals(edited, Files.readAllBytes(dir.resolve("Handler.java")));
        assertEquals("v2", Files.readString(dir.resolve("Wiring.java")));
    }

    @Test
    void refusesToReplaceAFileItDidNotWriteAndWritesNothingThen() throws Exception {
        // given
        Files.writeString(dir.resolve("pom.xml"), "the user's own pom");
        Export export = export(GeneratedFile.regenerated("pom.xml", "generated pom"),
                GeneratedFile.regenerated("README.md", "readme"));
        // when
        WriteReport report = new FileSink(dir).write(export);
        // then
        assertFalse(report.applied());
        assertEquals(FileOutcome.Action.CONFLICT, report.actionFor("pom.xml"));
        assertEquals("the user's own pom", Files.readString(dir.resolve("pom.xml")));
        assertFalse(Files.exists(dir.resolve("README.md")));
    }

    @Test
    void replacesAForeignFileWhenAllowed() throws Exception {
        // given
        Files.writeString(dir.resolve("pom.xml"), "old");
        // when
        WriteReport report = new FileSink(dir, true).write(export(GeneratedFile.regenerated("pom.xml", "new")));
        // then
        assertEquals(FileOutcome.Action.UPDATED, report.actionFor("pom.xml"));
        assertEquals("new", Files.readString(dir.resolve("pom.xml")));
    }

    @Test
    void removesStaleUneditedWiringAndKeepsStaleEditedWiring() throws Exception {
        // given
        new FileSink(dir).write(export(GeneratedFile.regenerated("Old.java", "old"),
                GeneratedFile.regenerated("Edited.java", "generated"), GeneratedFile.regenerated("Kept.java", "k")));
        Files.writeString(dir.resolve("Edited.java"), "edited by hand");
        // when
        WriteReport report = new FileSink(dir).write(export(GeneratedFile.regenerated("Kept.java", "k")));
        // then
        assertEquals(FileOutcome.Action.REMOVED, report.actionFor("Old.java"));
        assertEquals(FileOutcome.Action.KEPT_STALE, report.actionFor("Edited.java"));
        assertEquals(FileOutcome.Action.UNCHANGED, report.actionFor("Kept.java"));
        assertFalse(Files.exists(dir.resolve("Old.java")));
        assertEquals("edited by hand", Files.readString(dir.resolve("Edited.java")));
    }

    @Test
    void planSaysWhatWouldHappenAndTouchesNothing() throws Exception {
        // given
        Export export = export(GeneratedFile.regenerated("Wiring.java", "w"));
        // when
        WriteReport plan = new FileSink(dir).plan(export);
        // then
        assertFalse(plan.applied());
        assertEquals(FileOutcome.Action.CREATED, plan.actionFor("Wiring.java"));
        assertFalse(Files.exists(dir.resolve("Wiring.java")));
    }

    @Test
    void manifestsOfTwoExportersInOneFolderDoNotDeleteEachOthersFiles() throws Exception {
        // given
        new FileSink(dir).write(new Export("asl-json", List.of(GeneratedFile.regenerated("flow.asl.json", "{}")), List.of()));
        // when
        new FileSink(dir).write(new Export("cloudformation", List.of(GeneratedFile.regenerated("flow.template.yaml", "x")), List.of()));
        // then
        assertTrue(Files.exists(dir.resolve("flow.asl.json")));
    }

    @Test
    void aGeneratedPathCannotLeaveTheExportFolder() {
        for (String bad : List.of("../escape", "/etc/passwd", "a/../../b", "a//b", "C:/x", "a\\b", "")) {
            assertThrows(IllegalArgumentException.class, () -> GeneratedFile.regenerated(bad, "x"), bad);
        }
    }
}
