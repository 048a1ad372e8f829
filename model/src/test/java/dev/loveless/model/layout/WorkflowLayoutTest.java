package dev.loveless.model.layout;

import dev.loveless.model.Corpus;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of the automatic layout over the whole shared corpus, not pixels. */
class WorkflowLayoutTest {

    /** Every scope through our own layered layout, whatever its size or shape. */
    private static final LayoutOptions OWN_LAYOUT_EVERYWHERE = new LayoutOptions(Set.of(), 36, 48, 1);

    @TestFactory
    Stream<DynamicTest> everyCorpusDefinitionLaysOutCleanly() {
        return corpusInvariants(LayoutOptions.DEFAULT);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusDefinitionLaysOutCleanlyWithTheFastLayoutToo() {
        return corpusInvariants(OWN_LAYOUT_EVERYWHERE);
    }

    private static Stream<DynamicTest> corpusInvariants(LayoutOptions options) {
        return Corpus.allDefinitions().stream().map(file -> DynamicTest.dynamicTest(Corpus.relative(file), () -> {
            StateMachine machine;
            try {
                machine = new AslReader().read(file).machine();
            } catch (AslParseException e) {
                return; // not a definition the designer can draw; the reader's tests cover it
            }
            assertInvariants(machine, options);
        }));
    }

    @Test
    void theSampleLaysOutCleanlyExpandedAndCollapsed() {
        StateMachine machine = Samples.sample().machine();
        assertInvariants(machine, Set.of());
        assertInvariants(machine, Set.of(StatePath.of("Publish"), StatePath.of("Make thumbnails")));
    }

    @Test
    void aCollapsedContainerIsLaidOutAsOneBoxWithoutItsInnerStates() {
        StateMachine machine = Samples.sample().machine();
        Layout layout = WorkflowLayout.layout(WorkflowGraph.of(machine),
                LayoutOptions.DEFAULT.withCollapsed(Set.of(StatePath.of("Publish"))));
        assertFalse(layout.states().containsKey(StatePath.of("Publish").child(0, "Add to catalogue")));
        assertEquals(dev.loveless.model.diagram.Sizes.STATE_WIDTH, layout.states().get(StatePath.of("Publish")).width());
    }

    @Test
    void aLargeMachineLaysOutToo() throws IOException, AslParseException {
        StateMachine machine = new AslReader().read(Corpus.shared().resolve("bench/gen-1000.json")).machine();
        assertInvariants(machine, Set.of());
    }

    @Test
    void theLargestBenchmarkMachineLaysOutCleanly() throws IOException, AslParseException {
        // given 3,475 states, 1,945 of them in the top-level scope (laid out by the fast path)
        StateMachine machine = new AslReader().read(Corpus.shared().resolve("bench/gen-1mb.json")).machine();

        // then
        assertInvariants(machine, LayoutOptions.DEFAULT);
        assertInvariants(machine, OWN_LAYOUT_EVERYWHERE);
    }

    @Test
    void theSampleLaysOutCleanlyWithTheFastLayout() {
        assertInvariants(Samples.sample().machine(), OWN_LAYOUT_EVERYWHERE);
    }

    @Test
    void aChainIsOneStraightColumnInFlowOrder() throws AslParseException {
        // given a chain whose document order is not its flow order
        StateMachine machine = read("""
                {"StartAt": "A", "States": {
                  "C": {"Type": "Pass", "End": true},
                  "A": {"Type": "Pass", "Next": "B"},
                  "B": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:b", "Next": "C"}
                }}""");

        // when
        Map<StatePath, Bounds> boxes = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).states();

        // then
        Bounds a = boxes.get(StatePath.of("A"));
        Bounds b = boxes.get(StatePath.of("B"));
        Bounds c = boxes.get(StatePath.of("C"));
        assertEquals(a.centerX(), b.centerX());
        assertEquals(a.centerX(), c.centerX());
        assertTrue(a.maxY() < b.y() && b.maxY() < c.y(), "A above B above C");
    }

    @Test
    void aSideBranchStepsAsideAndTheMainLineStaysStraight() throws AslParseException {
        // given a long path (the fast path) where a Choice may detour through a side step
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            String next = "S" + (i + 1);
            if (i == 100) {
                states.append("\"S100\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", "
                        + "\"NumericGreaterThan\": 1, \"Next\": \"Side\"}], \"Default\": \"S101\"},"
                        + "\"Side\": {\"Type\": \"Pass\", \"Next\": \"S101\"},");
            } else {
                states.append('"').append("S").append(i).append("\": {\"Type\": \"Pass\", \"Next\": \"")
                        .append(next).append("\"},");
            }
        }
        states.append("\"S450\": {\"Type\": \"Succeed\"}");
        StateMachine machine = read("{\"StartAt\": \"S0\", \"States\": {" + states + "}}");

        // when
        Map<StatePath, Bounds> boxes = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).states();

        // then the main line is one column, and the side step stands beside it, between the two
        double column = boxes.get(StatePath.of("S0")).centerX();
        for (int i = 0; i <= 450; i++) {
            assertEquals(column, boxes.get(StatePath.of("S" + i)).centerX(), "S" + i + " is on the main line");
        }
        Bounds side = boxes.get(StatePath.of("Side"));
        assertTrue(side.x() >= boxes.get(StatePath.of("S100")).maxX(), "the side step is beside the main line");
        assertTrue(side.y() > boxes.get(StatePath.of("S100")).maxY() && side.maxY() < boxes.get(StatePath.of("S101")).y(),
                "the side step lies between the Choice and where it rejoins");
        assertInvariants(machine, LayoutOptions.DEFAULT);
    }

    @Test
    void aLoopBackToTheStartKeepsStartAtOnTop() throws AslParseException {
        // given a retry loop: Check -> Wait -> Check, until Done
        StateMachine machine = read("""
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ready", "BooleanEquals": true, "Next": "Done"}],
                            "Default": "Wait"},
                  "Wait": {"Type": "Wait", "Seconds": 5, "Next": "Check"},
                  "Done": {"Type": "Succeed"}
                }}""");

        // then, with either layout
        assertInvariants(machine, LayoutOptions.DEFAULT);
        assertInvariants(machine, OWN_LAYOUT_EVERYWHERE);
    }

    private static StateMachine read(String json) throws AslParseException {
        return new AslReader().read(json, dev.loveless.model.io.Format.JSON).machine();
    }

    private static void assertInvariants(StateMachine machine, Set<StatePath> collapsed) {
        assertInvariants(machine, LayoutOptions.DEFAULT.withCollapsed(collapsed));
    }

    private static void assertInvariants(StateMachine machine, LayoutOptions options) {
        Set<StatePath> collapsed = options.collapsed();
        WorkflowGraph graph = WorkflowGraph.of(machine);
        Layout layout = WorkflowLayout.layout(graph, options);
        Map<StatePath, Bounds> boxes = layout.states();

        // every visible state is laid out
        List<StatePath> expected = new ArrayList<>();
        StateTree.walk(machine, (path, state) -> {
            if (collapsed.stream().noneMatch(c -> !c.equals(path) && dev.loveless.model.diagram.Diagram.isWithin(path, c))) {
                expected.add(path);
            }
        });
        assertEquals(Set.copyOf(expected), boxes.keySet(), "every visible state has bounds");

        for (var scope : graph.scopes().entrySet()) {
            ScopeId id = scope.getKey();
            if (!id.isRoot() && !boxes.containsKey(id.owner())) {
                continue; // inside a collapsed container
            }
            List<StatePath> siblings = new ArrayList<>();
            scope.getValue().statesOrEmpty().names().forEach(name -> siblings.add(id.pathOf(name)));
            // no overlaps between siblings
            for (int i = 0; i < siblings.size(); i++) {
                for (int j = i + 1; j < siblings.size(); j++) {
                    Bounds a = boxes.get(siblings.get(i));
                    Bounds b = boxes.get(siblings.get(j));
                    if (a != null && b != null) {
                        assertFalse(a.overlaps(b), siblings.get(i) + " overlaps " + siblings.get(j));
                    }
                }
            }
            // children inside their container, below its header
            if (!id.isRoot()) {
                Bounds container = boxes.get(id.owner());
                for (StatePath child : siblings) {
                    Bounds box = boxes.get(child);
                    if (box != null) {
                        assertTrue(container.contains(box), child + " lies outside " + id.owner());
                        assertTrue(box.y() >= container.y() + dev.loveless.model.diagram.Sizes.HEADER_HEIGHT,
                                child + " overlaps the header of " + id.owner());
                    }
                }
            }
            // StartAt on the first rank: nothing of the scope above it
            String startAt = scope.getValue().startAt();
            Bounds start = startAt == null ? null : boxes.get(id.pathOf(startAt));
            if (start != null) {
                for (StatePath sibling : siblings) {
                    assertTrue(boxes.get(sibling).y() >= start.y() - 0.5, sibling + " lies above StartAt " + startAt);
                }
            }
        }
        // deterministic
        assertEquals(layout, WorkflowLayout.layout(WorkflowGraph.of(machine), options), "the same input lays out the same");
    }

}
