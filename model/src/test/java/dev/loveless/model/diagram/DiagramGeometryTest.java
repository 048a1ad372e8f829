package dev.loveless.model.diagram;

import dev.loveless.model.StatePath;
import dev.loveless.model.graph.TransitionKind;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shapes drawn for the sample: containers hold their lanes, edges carry readable labels. */
class DiagramGeometryTest {

    private final DiagramGeometry geometry;

    DiagramGeometryTest() {
        var machine = Samples.sample().machine();
        var diagram = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of());
        geometry = DiagramGeometry.of(machine, diagram);
    }

    @Test
    void aContainerFrameHoldsItsLanesAndTheirStates() {
        var publish = geometry.state(StatePath.of("Publish"));
        assertTrue(publish.container());
        long lanes = geometry.lanes().stream().filter(lane -> lane.scope().owner().equals(StatePath.of("Publish"))).count();
        assertEquals(2, lanes);
        var inner = geometry.state(StatePath.of("Publish").child(1, "Tell subscribers"));
        assertTrue(publish.frame().contains(inner.frame()));
    }

    @Test
    void choiceAndCatchEdgesAreLabelledAndEveryScopeHasMarkers() {
        var rule = geometry.edges().stream().filter(e -> e.kind() == TransitionKind.CHOICE).findFirst().orElseThrow();
        assertEquals("video.codec = \"h264\"", rule.label());
        var otherwise = geometry.edges().stream().filter(e -> e.kind() == TransitionKind.DEFAULT).findFirst().orElseThrow();
        assertEquals("otherwise", otherwise.label());
        var error = geometry.edges().stream().filter(e -> e.kind() == TransitionKind.CATCH).findFirst().orElseThrow();
        assertTrue(error.dashed());
        assertEquals(2 * 4, geometry.markers().size(), "a start and an end for the workflow, two branches and the map");
    }

    @Test
    void hitTestingFindsTheInnermostStateAndEdges() {
        var inner = geometry.state(StatePath.of("Make thumbnails").child(0, "Render thumbnail"));
        var hit = geometry.stateAt(inner.frame().centerX(), inner.frame().centerY());
        assertEquals(inner.path(), hit.path());
        var edge = geometry.edges().get(0);
        assertNotNull(geometry.edgeAt(edge.x(0), (edge.y(0) + edge.y(1)) / 2, 3));
    }

    @Test
    void aStateWithoutAPlaceIsPlacedUnderItsPredecessor() {
        var machine = Samples.sample().machine();
        var diagram = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of());
        Bounds checkUpload = diagram.boundsOf(StatePath.of("Check upload"));
        Diagram missing = diagram.without(StatePath.of("Already web-ready?"));
        Bounds placed = Placement.completed(machine, missing).boundsOf(StatePath.of("Already web-ready?"));
        assertTrue(placed.y() > checkUpload.maxY(), "below its predecessor");
        for (var entry : diagram.bounds().entrySet()) {
            if (entry.getKey().depth() == 0 && !entry.getKey().name().equals("Already web-ready?")) {
                assertTrue(!entry.getValue().overlaps(placed), "overlaps " + entry.getKey());
            }
        }
    }
}
