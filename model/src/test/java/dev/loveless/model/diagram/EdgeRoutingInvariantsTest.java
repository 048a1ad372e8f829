package dev.loveless.model.diagram;

import dev.loveless.model.Corpus;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge invariants ({@link EdgeInvariants}) over the whole shared corpus, the built-in sample
 * (laid out, as shipped, collapsed) and the largest benchmark machine: no edge passes through a
 * box of its scope it does not start or end at, no label covers a box or another label.
 */
class EdgeRoutingInvariantsTest {

    /** Every scope through our own layered layout, whatever its size or shape. */
    private static final LayoutOptions OWN_LAYOUT_EVERYWHERE = new LayoutOptions(Set.of(), 36, 48, 1);

    @TestFactory
    Stream<DynamicTest> everyCorpusDefinitionDrawsItsEdgesClearOfBoxes() {
        return Corpus.allDefinitions().stream().map(file -> DynamicTest.dynamicTest(Corpus.relative(file), () -> {
            // given a corpus definition the designer can draw
            StateMachine machine = readable(file);
            if (machine == null) {
                return;
            }

            // when it is laid out by either layout and drawn, then every edge keeps clear of the boxes
            assertClean(routeViolations(laidOut(machine, LayoutOptions.DEFAULT)));
            assertClean(routeViolations(laidOut(machine, OWN_LAYOUT_EVERYWHERE)));
        }));
    }

    @Test
    void labelsOverlapNothingInAllButAVeryFewCorpusDefinitions() {
        // given every corpus definition the designer can draw
        List<String> crowded = new ArrayList<>();
        int drawn = 0;
        for (Path file : Corpus.allDefinitions()) {
            StateMachine machine = readable(file);
            if (machine == null) {
                continue;
            }
            drawn++;

            // when it is laid out and drawn
            List<String> broken = EdgeInvariants.violations(laidOut(machine, LayoutOptions.DEFAULT));

            // then (collected) no label lies on a box or another label
            if (!broken.isEmpty()) {
                crowded.add(Corpus.relative(file) + ": " + broken.size() + " overlaps, e.g. " + broken.get(0));
            }
        }
        // A Choice with two dozen rules into one state (asls/valid/documentValidAslImprovements.json)
        // has more labels than its gap can hold side by side: the least-overlapping places are used.
        assertTrue(crowded.size() <= drawn / 100, crowded.size() + " of " + drawn + " crowded: " + crowded);
        assertEquals(List.of("asls/valid/documentValidAslImprovements.json"),
                crowded.stream().map(line -> line.substring(0, line.indexOf(':'))).toList());
    }

    @Test
    void theSampleDrawsItsEdgesClearOfBoxesAndItsLabelsApart() throws Exception {
        // given the sample, laid out afresh, as shipped with its stored layout, and collapsed
        StateMachine machine = Samples.sample().machine();
        Diagram shipped = DiagramFiles.read(Samples.sampleLayoutText());
        Set<StatePath> collapsed = Set.of(StatePath.of("Publish"), StatePath.of("Make thumbnails"));

        // then
        assertClean(EdgeInvariants.violations(laidOut(machine, LayoutOptions.DEFAULT)));
        assertClean(EdgeInvariants.violations(DiagramGeometry.of(machine, shipped)));
        assertClean(EdgeInvariants.violations(laidOut(machine, LayoutOptions.DEFAULT.withCollapsed(collapsed))));
    }

    @Test
    void theLargestBenchmarkMachineDrawsItsEdgesClearOfBoxesAndItsLabelsApart() throws IOException, AslParseException {
        // given 3,475 states, 563 error paths into one shared handler and 650 Choices
        StateMachine machine = new AslReader().read(Corpus.shared().resolve("bench/gen-1mb.json")).machine();

        // then
        assertClean(EdgeInvariants.violations(laidOut(machine, LayoutOptions.DEFAULT)));
    }

    private static StateMachine readable(Path file) {
        try {
            return new AslReader().read(file).machine();
        } catch (AslParseException e) {
            return null; // not a definition the designer can draw; the reader's tests cover it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return only the broken promises about routes (not about labels) */
    private static List<String> routeViolations(DiagramGeometry geometry) {
        return EdgeInvariants.violations(geometry).stream().filter(line -> !line.startsWith("label of ")).toList();
    }

    private static void assertClean(List<String> violations) {
        assertEquals(List.of(), violations.subList(0, Math.min(5, violations.size())),
                violations.size() + " broken promises, the first ones shown");
    }

    static DiagramGeometry laidOut(StateMachine machine, LayoutOptions options) {
        Diagram diagram = WorkflowLayout.layout(WorkflowGraph.of(machine), options).toDiagram(options.collapsed());
        return DiagramGeometry.of(machine, diagram);
    }
}
