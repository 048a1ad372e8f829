package dev.loveless.model.edit;

import dev.loveless.model.StateMachine;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.diagram.Diagram;

import static dev.loveless.model.TestDefinitions.read;

/** A small machine with a Choice, a Catch and a Parallel, as a document with every state placed. */
final class EditFixtures {

    static final String MACHINE = """
            {
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [{"Variable": "$.amount", "NumericGreaterThan": 100, "Next": "Approve"}],
                  "Default": "Charge"
                },
                "Approve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Charge"},
                "Charge": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}],
                  "Next": "Fan"
                },
                "Fan": {
                  "Type": "Parallel",
                  "Branches": [
                    {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Next": "Left done"}, "Left done": {"Type": "Succeed"}}},
                    {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "End": true}}}
                  ],
                  "End": true
                },
                "Failed": {"Type": "Fail"}
              }
            }
            """;

    private EditFixtures() {
    }

    static Document document() {
        StateMachine machine = read(MACHINE);
        return new Document(machine, Placement.completed(machine, Diagram.EMPTY));
    }
}
