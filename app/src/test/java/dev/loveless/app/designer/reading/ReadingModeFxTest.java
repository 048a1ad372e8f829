package dev.loveless.app.designer.reading;

import dev.loveless.app.designer.DesignerWindow;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading mode: only the diagram, and a plain-words card about the step clicked. */
@ExtendWith(ApplicationExtension.class)
class ReadingModeFxTest {

    private static final String MACHINE = """
            {"StartAt": "Transcode", "States": {
              "Transcode": {"Type": "Task", "Comment": "Makes the video small enough for phones.",
                "Resource": "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:transcode",
                "TimeoutSeconds": 600, "HeartbeatSeconds": 60, "End": true}}}
            """;

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        StateMachine machine = new AslReader().read(MACHINE, Format.JSON).machine();
        window = DesignerWindow.openDocument(stage, new Document(machine, Placement.completed(machine, Diagram.EMPTY)), "r.asl.json");
    }

    @Test
    void readingModeHidesThePanelsAndTellsAboutTheStepInPlainWords(FxRobot robot) {
        // when
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.model().selectOnly(StatePath.of("Transcode")));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertTrue(window.isReading());
        assertFalse(robot.lookup("#inspector").tryQuery().isPresent(), "no inspector");
        assertFalse(robot.lookup("#palette-search").tryQuery().isPresent(), "no palette");
        assertTrue(robot.lookup("#reading-card").query().isVisible());
        String text = robot.lookup("#reading-card").lookup(".reading-work").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Runs on the Activity worker \"transcode\"."), text);
        assertEquals("Makes the video small enough for phones.",
                robot.lookup("#reading-card").lookup(".reading-description").queryAs(Label.class).getText());
        // when
        robot.interact(() -> window.actions().run("reading-mode"));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertTrue(robot.lookup("#inspector").tryQuery().isPresent());
        assertFalse(robot.lookup("#reading-card").query().isVisible());
    }
}
