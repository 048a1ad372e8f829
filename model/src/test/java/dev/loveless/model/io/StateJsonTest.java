package dev.loveless.model.io;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.TaskState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.loveless.model.TestDefinitions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StateJsonTest {

    private static final String MACHINE = """
            {"StartAt": "A", "States": {"A": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "x-owner": "team",
              "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}],
              "End": true}}}
            """;

    private static State task() {
        StateMachine machine = read(MACHINE);
        return machine.states().get("A");
    }

    private static List<String> keys(State state) {
        List<String> keys = new java.util.ArrayList<>();
        StateJson.toJson(state).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void settingAFieldKeepsUnknownFieldsAndPutsTheNewFieldInItsUsualPlace() {
        // given
        State state = task();
        // when
        State changed = StateJson.with(state, "/InputPath", TextNode.valueOf("$.order"));
        // then
        assertEquals("$.order", changed.common().inputPathText());
        assertEquals(List.of("Type", "Resource", "x-owner", "InputPath", "Retry", "End"), keys(changed));
        assertEquals(TextNode.valueOf("team"), changed.extras().get("x-owner"));
    }

    @Test
    void nestedValuesAreSetAndListsGrowAndShrink() {
        // given
        State state = task();
        // when
        State more = StateJson.with(state, "/Retry/0/IntervalSeconds", IntNode.valueOf(5));
        State appended = StateJson.with(more, "/Retry/1/ErrorEquals/0", TextNode.valueOf("Oops"));
        State removed = StateJson.with(appended, "/Retry/0", null);
        // then
        assertEquals(5, more.common().retry().get(0).intervalSeconds());
        assertEquals(List.of("Oops"), appended.common().retry().get(1).errorEquals());
        assertEquals(List.of("Oops"), removed.common().retry().get(0).errorEquals());
        assertEquals(1, removed.common().retry().size());
    }

    @Test
    void removingAFieldAndReadingItBackGivesTheSameState() {
        // given
        State state = task();
        // when
        State without = StateJson.with(state, "/Retry", null);
        // then
        assertNull(without.common().retry());
        assertEquals(state, StateJson.fromJson(StateJson.toJson(state)));
        assertEquals(IntNode.valueOf(2), StateJson.get(state, "/Retry/0/MaxAttempts"));
        assertNull(StateJson.get(state, "/Nothing"));
    }

    @Test
    void aValueOfTheWrongTypeIsKeptForTheValidatorToReport() {
        // when
        State changed = StateJson.with(task(), "/TimeoutSeconds", TextNode.valueOf("soon"));
        // then
        assertEquals(TextNode.valueOf("soon"), ((TaskState) changed).timeoutSeconds());
        assertThrows(IllegalArgumentException.class, () -> StateJson.with(task(), "/Resource/x", IntNode.valueOf(1)));
    }
}
