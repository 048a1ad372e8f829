package dev.loveless.app.designer.inspector;

import dev.loveless.app.designer.DesignerWindow;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector in a real window: every field of every state type written through its control and read back. */
@ExtendWith(ApplicationExtension.class)
class InspectorFormsFxTest {

    static final String MACHINE = """
            {"StartAt": "Lambda", "States": {
              "Lambda": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "f", "Payload.$": "$"}, "Next": "Activity"},
              "Activity": {"Type": "Task", "Resource": "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:a",
                "Retry": [{"ErrorEquals": ["States.ALL"]}], "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Fail"}],
                "Next": "Service"},
              "Service": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Next": "Pass"},
              "Pass": {"Type": "Pass", "Next": "Choice"},
              "Choice": {"Type": "Choice", "Choices": [{"And": [{"Variable": "$.a", "NumericEquals": 1},
                {"Variable": "$.b", "BooleanEquals": true}], "Next": "Wait"}], "Default": "Wait"},
              "Wait": {"Type": "Wait", "Seconds": 5, "Next": "Parallel"},
              "Parallel": {"Type": "Parallel", "Branches": [{"StartAt": "P1", "States": {"P1": {"Type": "Pass", "End": true}}}],
                "Next": "Inline"},
              "Inline": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": "I1", "States": {"I1": {"Type": "Pass", "End": true}}},
                "Next": "Distributed"},
              "Distributed": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "D1", "States": {"D1": {"Type": "Pass", "End": true}}}, "Next": "Done"},
              "Done": {"Type": "Succeed"},
              "Fail": {"Type": "Fail", "Error": "E"}}}
            """;

    /** Fields whose change builds another form (type of worker, language, mode) or renames: tested on their own. */
    private static final Set<String> SHAPING = Set.of("/Resource", "/QueryLanguage", "/#name", "/#service", "/#action",
            "/#pattern", "/#sdk", "/End", "/ItemProcessor/ProcessorConfig/Mode");

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        StateMachine machine = new AslReader().read(MACHINE, Format.JSON).machine();
        window = DesignerWindow.openDocument(stage, new Document(machine, Placement.completed(machine, Diagram.EMPTY)), "forms.asl.json");
    }

    private void select(FxRobot robot, String name) {
        robot.interact(() -> window.model().selectOnly(StatePath.of(name)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyFieldOfEveryStateTypeIsWrittenThroughItsControlAndReadBack(FxRobot robot) {
        for (String name : List.of("Lambda", "Activity", "Service", "Pass", "Choice", "Wait", "Parallel", "Inline",
                "Distributed", "Done", "Fail")) {
            // given
            select(robot, name);
            Map<String, String> written = new LinkedHashMap<>();
            List<FieldModel> fields = new ArrayList<>(window.inspector().form().fields());
            // when
            for (FieldModel field : fields) {
                if (SHAPING.contains(field.pointer()) || !field.isEditable()) {
                    continue;
                }
                Control control = window.inspectorView().control(field.pointer());
                Object done = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> write(control, field)));
                WaitForAsyncUtils.waitForFxEvents();
                if (done != null) {
                    // the field as the form now holds it (a list may have been built again)
                    written.put(field.pointer(), window.inspector().form().field(field.pointer()).text());
                }
            }
            // then: another step and back shows every value from the document
            select(robot, "Done".equals(name) ? "Fail" : "Done");
            select(robot, name);
            FormModel form = window.inspector().form();
            assertTrue(written.size() >= 2, name + " has fields: " + written.keySet());
            for (Map.Entry<String, String> entry : written.entrySet()) {
                FieldModel field = form.field(entry.getKey());
                assertEquals(entry.getValue(), field.text(), name + " " + entry.getKey());
                assertEquals(null, field.error(), name + " " + entry.getKey());
            }
        }
    }

    /** Writes a valid sample value through the control; @return the control, or {@code null} when there was none */
    private static Object write(Control control, FieldModel field) {
        if (control == null) {
            return null;
        }
        if (control instanceof TextInputControl input) {
            input.setText(sample(field));
            field.commit();
        } else if (control instanceof CheckBox box) {
            box.setSelected(true);
        } else if (control instanceof ComboBox<?> box) {
            box.show();
            box.hide();
            @SuppressWarnings("unchecked")
            ComboBox<Option> options = (ComboBox<Option>) box;
            options.setValue(options.getItems().get(options.getItems().size() - 1));
        } else if (control instanceof FieldViews.ErrorsControl errors) {
            errors.input().getEditor().setText("Custom.Error");
            errors.input().getOnAction().handle(null);
            errors.input().setValue("Custom.Error");
        } else {
            return null;
        }
        return control;
    }

    private static String sample(FieldModel field) {
        switch (field.kind()) {
            case PATH:
            case REFERENCE_PATH: return "$.sample";
            case JSONATA: return "{% $states.input.x %}";
            case JSON: return "{\n  \"k\": 1\n}";
            case INTEGER: return "7";
            case DECIMAL: return "1.5";
            case TIMESTAMP: return "2025-01-31T12:00:00Z";
            case MULTILINE: return "First line\nsecond line";
            default: return "Sample-" + Math.abs(field.pointer().hashCode() % 1000);
        }
    }

    @Test
    void theLambdaActivitySwitchFlipsTheTaskAndUndoes(FxRobot robot) {
        // given
        select(robot, "Lambda");
        // when
        robot.clickOn("#worker-activity");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        TaskState task = (TaskState) StateTree.resolve(window.model().document().machine(), StatePath.of("Lambda"));
        assertEquals(WorkerKind.ACTIVITY, task.worker().kind());
        assertEquals("arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:lambda", task.resource(), "named after the step");
        assertTrue(robot.lookup("#field--#activity").tryQuery().isPresent() || window.inspectorView().control("/#activity") != null);
        // when
        robot.interact(() -> window.actions().run("undo"));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        task = (TaskState) StateTree.resolve(window.model().document().machine(), StatePath.of("Lambda"));
        assertEquals(WorkerKind.LAMBDA, task.worker().kind());
        assertTrue(robot.lookup("#worker-lambda").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }
}
