package dev.loveless.app.designer.problems;

import dev.loveless.app.designer.DesignerWindow;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The problems panel in a real window: clicking a problem selects its state and its field. */
@ExtendWith(ApplicationExtension.class)
class ProblemsFxTest {

    private static final String MACHINE = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "f", "Payload.$": "$"}, "TimeoutSeconds": 30,
                "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}], "Next": "Done"},
              "Done": {"Type": "Succeed"}}}
            """;

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        StateMachine machine = new AslReader().read(MACHINE, Format.JSON).machine();
        window = DesignerWindow.openDocument(stage, new Document(machine, Placement.completed(machine, Diagram.EMPTY)), "p.asl.json");
    }

    @Test
    void clickingAProblemSelectsItsStateAndFocusesItsField(FxRobot robot) {
        // given
        Problem backoff = window.model().problems().stream()
                .filter(p -> p.field().equals("/Retry/0/BackoffRate")).findFirst().orElseThrow();
        int row = window.problemsView().table().getItems().indexOf(backoff);
        // when
        Node cell = robot.lookup("#problems").lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == row).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertEquals(Set.of(StatePath.of("Charge")), Set.copyOf(window.model().selection()));
        Node focused = window.stage().getScene().getFocusOwner();
        assertSame(window.inspectorView().control("/Retry/0/BackoffRate"), focused);
        String explanation = robot.lookup("#problem-explanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains("BackoffRate"), explanation);
    }

    @Test
    void theSeverityFilterHidesWarnings(FxRobot robot) {
        // given
        long errors = window.model().problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        assertTrue(errors >= 1);
        // when
        robot.clickOn("#filter-warnings");
        robot.clickOn("#filter-infos");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertEquals(errors, window.problemsView().table().getItems().size());
        assertNotNull(RuleDocs.explain("INVALID_RETRIER"));
    }
}
