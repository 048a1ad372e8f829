package dev.loveless.model.diagram;

import dev.loveless.model.ChoiceState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.loveless.model.TestDefinitions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Choice rules read as plain conditions on the diagram. */
class ConditionTextTest {

    private static List<dev.loveless.model.ChoiceRule> rules(String choices) {
        var machine = read("{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": " + choices + "}}}");
        return ((ChoiceState) machine.states().get("C")).choices();
    }

    @Test
    void comparisonsReadAsPlainConditions() {
        var rules = rules("""
                [{"Variable": "$.amount", "NumericGreaterThan": 100, "Next": "X"},
                 {"Variable": "$.codec", "StringEquals": "h264", "Next": "X"},
                 {"Variable": "$.flag", "IsPresent": false, "Next": "X"},
                 {"And": [{"Variable": "$.a", "NumericLessThan": 1}, {"Not": {"Variable": "$.b", "BooleanEquals": true}}], "Next": "X"},
                 {"Condition": "{% $states.input.total > 5 %}", "Next": "X"}]
                """);
        assertEquals("amount > 100", ConditionText.of(rules.get(0)));
        assertEquals("codec = \"h264\"", ConditionText.of(rules.get(1)));
        assertEquals("flag is not present", ConditionText.of(rules.get(2)));
        assertEquals("a < 1 and not b = true", ConditionText.full(rules.get(3)));
        assertEquals("$states.input.total > 5", ConditionText.of(rules.get(4)));
    }

    @Test
    void longConditionsAreShortenedAndErrorsReadPlainly() {
        assertEquals(ConditionText.MAX_LENGTH, ConditionText.shorten("x".repeat(60), ConditionText.MAX_LENGTH).length());
        assertEquals("on any error", ConditionText.errors(List.of("States.ALL")));
        assertEquals("on Timeout, UnreadableVideo", ConditionText.errors(List.of("States.Timeout", "UnreadableVideo")));
    }
}
