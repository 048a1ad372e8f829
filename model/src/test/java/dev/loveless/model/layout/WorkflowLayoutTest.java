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

    @TestFactory
    Stream<DynamicTest> everyCorpusDefinitionLaysOutCleanly() {
        return Corpus.allDefinitions().stream().map(file -> DynamicTest.dynamicTest(Corpus.relative(file), () -> {
            StateMachine machine;
            try {
                machine = new AslReader().read(file).machine();
            } catch (AslParseException e) {
                return; // not a definition the designer can draw; the reader's tests cover it
            }
            assertInvariants(machine, Set.of());
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

    private static void assertInvariants(StateMachine machine, Set<StatePath> collapsed) {
        LayoutOptions options = LayoutOptions.DEFAULT.withCollapsed(collapsed);
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
