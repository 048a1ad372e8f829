package dev.loveless.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State paths address every state, however deeply nested. */
class StateTreeTest {

    static final String NESTED = """
            {
              "StartAt": "Fan out",
              "States": {
                "Fan out": {
                  "Type": "Parallel",
                  "Branches": [
                    {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Each", "States": {
                      "Each": {"Type": "Map", "Iterator": {"StartAt": "Item/1", "States": {
                        "Item/1": {"Type": "Succeed"}}}, "End": true}}}
                  ],
                  "Next": "Done"
                },
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    private final StateMachine machine = TestDefinitions.read(NESTED);

    @Test
    void walksEveryStateParentsFirst() {
        List<String> paths = StateTree.paths(machine).stream().map(StatePath::toString).toList();
        assertEquals(List.of("Fan out", "Fan out › 0 › Left", "Fan out › 1 › Each", "Fan out › 1 › Each › 0 › Item/1",
                "Done"), paths);
    }

    @Test
    void resolvesAndPointsAtNestedStates() {
        // given
        StatePath item = StatePath.of("Fan out").child(1, "Each").child(0, "Item/1");
        // then
        assertInstanceOf(SucceedState.class, StateTree.resolve(machine, item));
        assertEquals("/States/Fan out/Branches/1/States/Each/Iterator/States/Item~11",
                StateTree.pointerOf(machine, item));
        assertEquals(StatePath.of("Fan out").child(1, "Each"), item.parent());
        assertEquals(2, item.depth());
        assertEquals(List.of("Fan out", 1, "Each", 0, "Item/1"), item.elements());
    }

    @Test
    void pathsToNothingResolveToNothing() {
        assertNull(StateTree.resolve(machine, StatePath.of("Nope")));
        assertNull(StateTree.resolve(machine, StatePath.of("Fan out").child(5, "Left")));
        assertNull(StateTree.resolve(machine, StatePath.of("Done").child(0, "Left")));
        assertNull(StateTree.pointerOf(machine, StatePath.of("Fan out").child(2, "Left")));
    }

    @Test
    void siblingsShareAScope() {
        StatePath left = StatePath.of("Fan out").child(0, "Left");
        assertTrue(left.sameScopeAs(left.sibling("Right")));
        assertTrue(!left.sameScopeAs(StatePath.of("Fan out").child(1, "Left")));
        assertThrows(IllegalArgumentException.class, () -> new StatePath(List.of("a"), List.of(1)));
    }
}
