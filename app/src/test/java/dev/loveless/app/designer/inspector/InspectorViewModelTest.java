package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.app.designer.problems.Problems;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.ComparisonOperator;
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
import dev.loveless.model.validation.Validator;
import dev.loveless.model.validation.WorkflowType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector's view models, without a window. */
class InspectorViewModelTest {

    static final String MACHINE = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException",
                  "Lambda.SdkClientException", "Lambda.TooManyRequestsException"], "MaxAttempts": 3}],
                "Next": "Decide"},
              "Decide": {"Type": "Choice", "Choices": [], "Default": "Done"},
              "Big": {"Type": "Succeed"},
              "Small": {"Type": "Succeed"},
              "Done": {"Type": "Succeed"}}}
            """;

    static EditorViewModel editor(String json) {
        try {
            StateMachine machine = new AslReader().read(json, Format.JSON).machine();
            return new EditorViewModel(new Document(machine, Placement.completed(machine, Diagram.EMPTY)), Problems.live());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TaskState charge(EditorViewModel editor) {
        return (TaskState) StateTree.resolve(editor.document().machine(), StatePath.of("Charge"));
    }

    private static void type(FieldModel field, String text) {
        for (int i = 1; i <= text.length(); i++) {
            field.textProperty().set(text.substring(0, i));
        }
        field.commit();
    }

    @Test
    void aTaskFormHasEverySection() {
        // given
        EditorViewModel editor = editor(MACHINE);
        InspectorViewModel inspector = new InspectorViewModel(editor);
        // when
        editor.selectOnly(StatePath.of("Charge"));
        // then
        List<String> sections = inspector.form().sections().stream().map(Section::id).toList();
        assertEquals(List.of("general", "worker", "io", "variables", "errors", "timeouts"), sections);
        assertEquals("charge", inspector.form().field("/Parameters/FunctionName").text());
    }

    @Test
    void typingIntoAFieldIsOneUndoStepAndAnInvalidPathIsShownNotWritten() {
        // given
        EditorViewModel editor = editor(MACHINE);
        InspectorViewModel inspector = new InspectorViewModel(editor);
        editor.selectOnly(StatePath.of("Charge"));
        FieldModel inputPath = inspector.form().field("/InputPath");
        Document before = editor.document();
        // when
        type(inputPath, "$.order");
        // then
        assertEquals("$.order", charge(editor).common().inputPathText());
        editor.undo();
        assertSame(before, editor.document());
        assertEquals("", inspector.form().field("/InputPath").text(), "the field follows the undo");
        // when
        type(inspector.form().field("/InputPath"), "$.a[");
        // then: the text stays with its error; the document keeps the last valid value typed
        assertNotNull(inspector.form().field("/InputPath").error());
        assertEquals("$.a[", inspector.form().field("/InputPath").text());
        assertEquals("$.a", charge(editor).common().inputPathText());
    }

    @Test
    void theWorkerSwitchFlipsAndUndoes() {
        // given
        EditorViewModel editor = editor(MACHINE);
        InspectorViewModel inspector = new InspectorViewModel(editor);
        editor.selectOnly(StatePath.of("Charge"));
        WorkerModel worker = (WorkerModel) inspector.form().section("worker").rows().get(0);
        // when
        worker.switchTo(WorkerKind.ACTIVITY);
        // then
        assertEquals(WorkerKind.ACTIVITY, charge(editor).worker().kind());
        assertNotNull(inspector.form().field("/#activity"), "the form now shows the activity's fields");
        assertEquals("charge", inspector.form().field("/#activity").text());
        editor.undo();
        assertEquals(WorkerKind.LAMBDA, charge(editor).worker().kind());
        assertEquals("charge", charge(editor).common().parameters().get("FunctionName").textValue());
    }

    @Test
    void aChoiceBuiltWithTheRuleBuilderValidatesClean() {
        // given
        EditorViewModel editor = editor(MACHINE);
        InspectorViewModel inspector = new InspectorViewModel(editor);
        editor.selectOnly(StatePath.of("Decide"));
        ChoiceRulesModel rules = (ChoiceRulesModel) inspector.form().section("rules").rows().get(0);
        // when: amount > 100 and status = "gold" → Big; not (express) → Small
        rules.addRule();
        RuleModel first = rules.rules().get(0);
        rules.setKind(first, dev.loveless.model.ChoiceRule.Kind.AND);
        first = rules.rules().get(0);
        RuleModel amount = first.children().get(0);
        type(amount.field("/Variable"), "$.amount");
        rules.setOperator(amount, ComparisonOperator.NUMERIC_GREATER_THAN);
        amount = rules.rules().get(0).children().get(0);
        type(amount.field("/NumericGreaterThan"), "100");
        rules.addCondition(rules.rules().get(0));
        RuleModel status = rules.rules().get(0).children().get(1);
        type(status.field("/Variable"), "$.status");
        type(status.field("/StringEquals"), "gold");
        rules.rules().get(0).field("/Next").textProperty().set("Big");
        rules.addRule();
        RuleModel second = rules.rules().get(1);
        rules.setKind(second, dev.loveless.model.ChoiceRule.Kind.NOT);
        RuleModel express = rules.rules().get(1).children().get(0);
        type(express.field("/Variable"), "$.express");
        rules.setOperator(express, ComparisonOperator.BOOLEAN_EQUALS);
        rules.rules().get(1).field("/Next").textProperty().set("Small");
        // then
        ChoiceState decide = (ChoiceState) StateTree.resolve(editor.document().machine(), StatePath.of("Decide"));
        assertEquals(2, decide.choices().size());
        assertEquals("Big", decide.choices().get(0).next());
        assertEquals(2, decide.choices().get(0).and().size());
        assertEquals(ComparisonOperator.NUMERIC_GREATER_THAN, decide.choices().get(0).and().get(0).operator());
        assertEquals("gold", decide.choices().get(0).and().get(1).operand().textValue());
        assertEquals(BooleanNode.TRUE, decide.choices().get(1).not().operand());
        var diagnostics = new Validator().validate(editor.document().machine()).diagnostics();
        assertTrue(diagnostics.stream().noneMatch(d -> StatePath.of("Decide").equals(d.statePath())), diagnostics.toString());
    }

    @Test
    void theWorkflowFormSetsAslFieldsAndDeploySettings() {
        // given
        EditorViewModel editor = editor(MACHINE);
        InspectorViewModel inspector = new InspectorViewModel(editor);
        // when
        type(inspector.form().field("/Comment"), "Takes payments");
        type(inspector.form().field("/TimeoutSeconds"), "300");
        inspector.form().field("/#type").textProperty().set("EXPRESS");
        type(inspector.form().field("/#name"), "payments");
        type(inspector.form().field("/#name"), "pay ments");
        // then
        assertEquals("Takes payments", editor.document().machine().comment());
        assertEquals(300, editor.document().machine().timeoutSeconds().intValue());
        assertEquals(WorkflowType.EXPRESS, editor.document().settings().type());
        assertEquals("pay", editor.document().settings().name(), "the last valid name typed");
        assertNotNull(inspector.form().field("/#name").error());
    }

    @Test
    void severalSelectedStepsShowNoForm() {
        EditorViewModel editor = editor(MACHINE);
        InspectorViewModel inspector = new InspectorViewModel(editor);
        editor.selectAll();
        assertNull(inspector.form());
        assertFalse(inspector.selectionSize() < 2);
    }

    @Test
    void aProblemsFieldIsFoundByItsNearestPointer() {
        EditorViewModel editor = editor(MACHINE);
        InspectorViewModel inspector = new InspectorViewModel(editor);
        editor.selectOnly(StatePath.of("Charge"));
        assertEquals("/Retry/0/MaxAttempts", InspectorViewModel.nearestField(inspector.form(), "/Retry/0/MaxAttempts"));
        assertEquals("/Retry/0/ErrorEquals", InspectorViewModel.nearestField(inspector.form(), "/Retry/0/ErrorEquals/2"));
        assertNull(InspectorViewModel.nearestField(inspector.form(), "/Nothing"));
    }
}
