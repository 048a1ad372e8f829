package dev.loveless.app.designer;

import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.edit.Document;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving and reopening in the real window: Ctrl+S writes the definition and its layout sidecar,
 * what is reopened is what was saved, and the title marks unsaved changes.
 */
class DesignerFilesTest {

    private static DesignerDriver designer;

    @TempDir
    Path folder;
    private Path file;

    @BeforeAll
    static void openWindow() throws TimeoutException {
        designer = DesignerDriver.open();
    }

    @BeforeEach
    void showTheWorkflowAsAFile() {
        file = folder.resolve("order.asl.json");
        designer.given(DesignerDriver.workflow(), file);
    }

    @Test
    void ctrlSWritesTheDefinitionAndItsLayoutSidecar() throws Exception {
        // given a state moved
        Point2D receive = designer.centreOf("Receive");
        designer.drag(receive, receive.add(0, 300));

        // when
        designer.keys(KeyCode.CONTROL, KeyCode.S);

        // then both files are there: the ASL without coordinates, the positions beside it
        assertTrue(Files.isRegularFile(file));
        assertFalse(Files.readString(file).contains("\"x\""), "the definition carries no coordinates");
        Path sidecar = folder.resolve("order.asl.layout.json");
        assertTrue(Files.isRegularFile(sidecar));
        assertEquals(designer.document().diagram().bounds(), DiagramFiles.readBeside(file).bounds());
        assertEquals("Saved order.asl.json", designer.message());
    }

    @Test
    void aReopenedFileHasTheSameWorkflowAndPositions() throws Exception {
        // given an edited workflow, saved
        designer.select("Charge").keys(KeyCode.F2).write("Charge card").keys(KeyCode.ENTER);
        Point2D notify = designer.centreOf("Notify");
        designer.drag(notify, notify.add(-120, 260));
        designer.keys(KeyCode.CONTROL, KeyCode.S);
        Document saved = designer.document();

        // when it is opened in another window
        Stage other = DesignerDriver.fx(Stage::new);
        DesignerWindow reopened = DesignerDriver.fx(() -> DesignerWindow.openFile(other, file));
        designer.waitUntil(() -> reopened.model().document().machine().statesOrEmpty().contains("Charge card"));

        // then the machine and every state's place are as saved
        try {
            Document read = DesignerDriver.fx(() -> reopened.model().document());
            assertEquals(saved.machine(), read.machine());
            StateTree.walk(saved.machine(), (path, state) ->
                    assertEquals(saved.diagram().boundsOf(path), read.diagram().boundsOf(path), path.toString()));
            assertEquals(new Bounds(180, 320, 248, 60), read.diagram().boundsOf(StatePath.of("Notify")));
            assertFalse(DesignerDriver.fx(() -> reopened.model().isDirty()));
        } finally {
            DesignerDriver.onFx(other::close);
        }
    }

    @Test
    void aFileThatCannotBeReadIsReportedAtItsLineAndNeverSavedOver() throws Exception {
        // given a broken definition on disk
        java.nio.file.Path broken = file.resolveSibling("broken.asl.json");
        String text = "{\"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}\n";
        Files.writeString(broken, text);

        // when it is opened
        Stage other = DesignerDriver.fx(Stage::new);
        DesignerWindow window = DesignerDriver.fx(() -> DesignerWindow.openFile(other, broken));
        designer.waitUntil(() -> !window.model().problems().isEmpty() && window.model().file() == null);

        // then the problem names its line, the window no longer stands for the file, the file is untouched
        try {
            var problem = DesignerDriver.fx(() -> window.model().problems().get(0));
            assertEquals("INVALID_JSON_DESCRIPTION", problem.code());
            assertEquals(3, problem.line());
            assertEquals(null, DesignerDriver.fx(() -> window.model().file()));
            assertEquals(text, Files.readString(broken));
        } finally {
            DesignerDriver.onFx(other::close);
        }
    }

    @Test
    void theTitleMarksUnsavedChangesUntilSavedOrUndone() {
        // given a clean document
        assertEquals("order.asl.json — Loveless", designer.title());

        // when a state is deleted, then the title is marked
        designer.select("Notify").keys(KeyCode.DELETE);
        assertEquals("*order.asl.json — Loveless", designer.title());

        // when undone, then it is clean again
        designer.undo();
        assertEquals("order.asl.json — Loveless", designer.title());

        // when redone and saved, then it is clean
        designer.redo();
        assertEquals("*order.asl.json — Loveless", designer.title());
        designer.keys(KeyCode.CONTROL, KeyCode.S);
        assertEquals("order.asl.json — Loveless", designer.title());
    }
}
