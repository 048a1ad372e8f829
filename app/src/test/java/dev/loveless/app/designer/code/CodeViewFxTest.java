package dev.loveless.app.designer.code;

import dev.loveless.app.designer.DesignerWindow;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code view in a real window: text edits reach the canvas and back, a broken text keeps the last good version. */
@ExtendWith(ApplicationExtension.class)
class CodeViewFxTest {

    private static final String MACHINE = """
            {"StartAt": "First", "States": {
              "First": {"Type": "Pass", "Next": "Second"},
              "Second": {"Type": "Succeed"}}}
            """;

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        StateMachine machine = new AslReader().read(MACHINE, Format.JSON).machine();
        window = DesignerWindow.openDocument(stage, new Document(machine, Placement.completed(machine, Diagram.EMPTY)), "c.asl.json");
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    @Test
    void textEditsRoundTripToTheCanvasKeepingPlaces(FxRobot robot) throws Exception {
        // given
        robot.clickOn("#view-split");
        Bounds first = window.model().document().diagram().boundsOf(StatePath.of("First"));
        String text = window.codeView().area().getText();
        assertTrue(text.contains("\"First\""), text);
        // when: a new state is written in the text
        String edited = text.replace("\"Type\": \"Succeed\"", "\"Type\": \"Pass\",\n      \"Next\": \"Third\"")
                .replace("\"Second\": {", "\"Third\": {\"Type\": \"Succeed\"},\n    \"Second\": {");
        robot.interact(() -> window.codeView().area().replaceText(edited));
        waitFor(() -> window.model().document().machine().states().contains("Third"));
        WaitForAsyncUtils.waitForFxEvents(); // the document and the geometry change in one go on the FX thread
        // then
        assertEquals(first, window.model().document().diagram().boundsOf(StatePath.of("First")), "unchanged states keep their place");
        assertNotNull(window.model().geometry().state(StatePath.of("Third")), "the new state is on the canvas");
        // when: the text is broken
        Document good = window.model().document();
        robot.interact(() -> window.codeView().area().replaceText(edited.replace("\"Third\": {", "\"Third\" {")));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the canvas keeps the last good version and the error is shown at its line
        assertSame(good, window.model().document());
        String status = robot.lookup("#code-status").queryLabeled().getText();
        assertTrue(status.startsWith("Line "), status);
        // when: the canvas changes (undo the text edit)
        robot.interact(() -> window.model().undo());
        WaitForAsyncUtils.waitForFxEvents();
        // then: the text follows at once, and the error is gone
        assertTrue(!window.codeView().area().getText().contains("Third"));
        assertEquals("", robot.lookup("#code-status").queryLabeled().getText());
        assertNull(window.model().document().machine().states().get("Third"));
    }

    @Test
    void aRenameOnTheCanvasShowsInTheText(FxRobot robot) {
        // given
        robot.clickOn("#view-code");
        // when
        robot.interact(() -> window.model().rename(StatePath.of("Second"), "Finished"));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        String text = window.codeView().area().getText();
        assertTrue(text.contains("\"Next\": \"Finished\"") && text.contains("\"Finished\": {"), text);
    }

    @Test
    void keysTypedInTheCodeAreTextNotCommands(FxRobot robot) {
        // given: a step selected and the code focused
        robot.interact(() -> window.model().selectOnly(StatePath.of("First")));
        robot.clickOn("#view-split");
        robot.clickOn("#code-area");
        robot.interact(() -> window.codeView().area().moveTo(0));
        int length = window.codeView().area().getLength();
        // when
        robot.type(javafx.scene.input.KeyCode.DELETE);
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the step is still there; the text lost its first character
        assertNotNull(window.model().document().machine().states().get("First"));
        assertEquals(length - 1, window.codeView().area().getLength(), "Delete removed the first character");
        assertFalse(window.codeView().area().getText().startsWith("{"));
    }
}
