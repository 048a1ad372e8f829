package dev.loveless.model.diagram;

import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.DiagramGeometry.EdgeShape;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.TransitionKind;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How transitions are drawn: round the boxes, error paths along a side channel, labels apart. */
class EdgeRoutingTest {

    /** An order workflow: a Choice with three rules and a Default, five error paths into one handler, a polling loop. */
    private static final String ORDER = """
            {"StartAt": "Validate order", "States": {
              "Validate order": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:validate",
                "Catch": [{"ErrorEquals": ["ValidationError"], "Next": "Handle failure"}], "Next": "Route by amount"},
              "Route by amount": {"Type": "Choice", "Choices": [
                  {"Variable": "$.amount", "NumericGreaterThan": 100, "Next": "Manual review"},
                  {"Variable": "$.amount", "NumericLessThanEquals": 0, "Next": "Reject"},
                  {"Variable": "$.region", "StringEquals": "EU", "Next": "Charge card"}],
                "Default": "Charge card"},
              "Manual review": {"Type": "Task", "Resource": "arn:aws:states:::activity:review",
                "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Handle failure"}], "Next": "Charge card"},
              "Reject": {"Type": "Fail", "Error": "Rejected"},
              "Charge card": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
                "Catch": [{"ErrorEquals": ["PaymentDeclined"], "Next": "Handle failure"}], "Next": "Check shipment"},
              "Check shipment": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle failure"}], "Next": "Shipped?"},
              "Shipped?": {"Type": "Choice", "Choices": [
                  {"Variable": "$.shipped", "BooleanEquals": true, "Next": "Send receipt"}], "Default": "Wait a minute"},
              "Wait a minute": {"Type": "Wait", "Seconds": 60, "Next": "Check shipment"},
              "Send receipt": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:receipt",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle failure"}], "Next": "Done"},
              "Done": {"Type": "Succeed"},
              "Handle failure": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:notify",
                "Next": "Failed"},
              "Failed": {"Type": "Fail", "Error": "OrderFailed"}
            }}""";

    @Test
    void aFarErrorPathRunsAlongAChannelRightOfTheBoxesItPassesAndEntersItsHandlerFromTheSide() throws Exception {
        // given
        DiagramGeometry geometry = laidOut(read(ORDER));

        // when
        EdgeShape error = edge(geometry, "Validate order", TransitionKind.CATCH);

        // then: a vertical run right of every box it passes, into the handler's right side
        Bounds handler = box(geometry, "Handle failure");
        double[] channel = longestVertical(error);
        for (var shape : geometry.states()) {
            Bounds frame = shape.frame();
            if (frame.maxY() > Math.min(channel[1], channel[2]) && frame.y() < Math.max(channel[1], channel[2])) {
                assertTrue(channel[0] > frame.maxX(), "the channel runs right of " + shape.path());
            }
        }
        int n = error.pointCount();
        assertEquals(error.y(n - 2), error.y(n - 1), "the last run is horizontal");
        assertEquals(handler.maxX(), error.x(n - 1), 0.01, "it ends on the handler's right side");
        assertTrue(error.dashed());
    }

    @Test
    void errorPathsIntoOneHandlerShareOneChannel() throws Exception {
        // given
        DiagramGeometry geometry = laidOut(read(ORDER));

        // when: the error paths that go round, into the handler's side (not those into the next rank)
        Bounds handler = box(geometry, "Handle failure");
        List<Double> channels = new ArrayList<>();
        for (EdgeShape edge : geometry.edges()) {
            if (edge.kind() == TransitionKind.CATCH && Math.abs(edge.x(edge.pointCount() - 1) - handler.maxX()) < 0.01) {
                channels.add(longestVertical(edge)[0]);
            }
        }

        // then
        assertTrue(channels.size() >= 3, "several error paths go round: " + channels);
        assertEquals(1, channels.stream().distinct().count(), "one channel: " + channels);
    }

    @Test
    void aLoopBackUpGoesRoundTheSideInsteadOfThroughTheColumn() throws Exception {
        // given
        DiagramGeometry geometry = laidOut(read(ORDER));

        // when
        EdgeShape loop = edge(geometry, "Wait a minute", TransitionKind.NEXT);

        // then: it climbs along a vertical run that no box of the rows it passes stands on
        double[] climb = longestVertical(loop);
        assertTrue(climb[2] < climb[1], "the run goes up");
        for (var shape : geometry.states()) {
            Bounds frame = shape.frame();
            if (frame.maxY() > climb[2] && frame.y() < climb[1]) {
                assertFalse(frame.x() < climb[0] && climb[0] < frame.maxX(), "the climb passes through " + shape.path());
            }
        }
        assertEquals(List.of(), EdgeInvariants.violations(geometry));
    }

    @Test
    void theLabelsOfAChoiceWithSeveralRulesOverlapNeitherEachOtherNorAnyBox() throws Exception {
        // given
        DiagramGeometry geometry = laidOut(read(ORDER));

        // when
        List<Bounds> labels = geometry.edges().stream()
                .filter(edge -> StatePath.of("Route by amount").equals(edge.source()))
                .map(EdgeShape::labelBounds).toList();

        // then
        assertEquals(4, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).overlaps(labels.get(j)), labels.get(i) + " overlaps " + labels.get(j));
            }
            for (var shape : geometry.states()) {
                assertFalse(labels.get(i).overlaps(shape.frame()), labels.get(i) + " lies on " + shape.path());
            }
        }
    }

    @Test
    void anEdgeGoesRoundAStateTheUserMovedIntoItsWay() throws Exception {
        // given A -> B, and the user drops Z right between them
        StateMachine machine = read("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "B"},
                  "B": {"Type": "Pass", "Next": "Z"},
                  "Z": {"Type": "Succeed"}
                }}""");
        Diagram diagram = new Diagram(java.util.Map.of(), Set.of())
                .with(StatePath.of("A"), new Bounds(0, 0, Sizes.STATE_WIDTH, Sizes.STATE_HEIGHT))
                .with(StatePath.of("B"), new Bounds(0, 300, Sizes.STATE_WIDTH, Sizes.STATE_HEIGHT))
                .with(StatePath.of("Z"), new Bounds(20, 150, Sizes.STATE_WIDTH, Sizes.STATE_HEIGHT));

        // when
        DiagramGeometry geometry = DiagramGeometry.of(machine, diagram);

        // then A -> B does not cross Z, and still joins A's bottom to B's top
        EdgeShape ab = edge(geometry, "A", TransitionKind.NEXT);
        assertEquals(List.of(), EdgeInvariants.violations(geometry));
        assertEquals(Sizes.STATE_HEIGHT, ab.y(0), 0.01);
        assertEquals(300, ab.y(ab.pointCount() - 1), 0.01);
    }

    @Test
    void edgesStayClearOfBoxesWhereverTheUserMovesAStateOfTheSample() {
        // given the sample, and a hundred moves of one state each to a free place nearby
        StateMachine machine = Samples.sample().machine();
        Diagram laidOut = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of());
        List<StatePath> topLevel = laidOut.bounds().keySet().stream().filter(path -> path.depth() == 0).toList();
        Random random = new Random(7);
        int moves = 0;
        while (moves < 100) {
            StatePath moved = topLevel.get(random.nextInt(topLevel.size()));
            Bounds before = DiagramGeometry.of(machine, laidOut).state(moved).frame();
            Bounds after = before.translated(random.nextInt(801) - 400, random.nextInt(801) - 400);
            DiagramGeometry geometry = DiagramGeometry.of(machine,
                    laidOut.with(moved, laidOut.boundsOf(moved).translated(after.x() - before.x(), after.y() - before.y())));
            boolean free = geometry.states().stream().filter(shape -> ScopeId.of(shape.path()).isRoot()
                    && !shape.path().equals(moved)).noneMatch(shape -> shape.frame().inflated(30).overlaps(
                    geometry.state(moved).frame()));
            if (!free) {
                continue; // dropped on or against another state: not a layout anyone keeps
            }
            moves++;

            // when it is drawn, then every edge still keeps clear of the boxes it passes
            List<String> broken = EdgeInvariants.violations(geometry).stream()
                    .filter(line -> !line.startsWith("label of ")).toList();
            assertEquals(List.of(), broken, "after moving " + moved + " by " + (after.x() - before.x()) + ", "
                    + (after.y() - before.y()));
        }
    }

    @Test
    void routesAndLabelsAreTheSameEveryTime() throws Exception {
        // given
        StateMachine machine = read(ORDER);
        Diagram diagram = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of());

        // when
        List<EdgeShape> first = DiagramGeometry.of(machine, diagram).edges();
        List<EdgeShape> second = DiagramGeometry.of(machine, diagram).edges();

        // then
        assertEquals(first, second);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).points(), second.get(i).points());
            assertEquals(first.get(i).labelBounds(), second.get(i).labelBounds());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static StateMachine read(String json) throws AslParseException {
        return new AslReader().read(json, Format.JSON).machine();
    }

    private static DiagramGeometry laidOut(StateMachine machine) {
        return DiagramGeometry.of(machine,
                WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of()));
    }

    private static Bounds box(DiagramGeometry geometry, String name) {
        return geometry.state(StatePath.of(name)).frame();
    }

    private static EdgeShape edge(DiagramGeometry geometry, String source, TransitionKind kind) {
        return geometry.edges().stream().filter(edge -> StatePath.of(source).equals(edge.source()) && edge.kind() == kind)
                .findFirst().orElseThrow();
    }

    /** @return {x, y from, y to} of the longest vertical segment */
    private static double[] longestVertical(EdgeShape edge) {
        double[] best = null;
        for (int i = 0; i + 1 < edge.pointCount(); i++) {
            if (Math.abs(edge.x(i) - edge.x(i + 1)) < 0.01
                    && (best == null || Math.abs(edge.y(i + 1) - edge.y(i)) > Math.abs(best[2] - best[1]))) {
                best = new double[] {edge.x(i), edge.y(i), edge.y(i + 1)};
            }
        }
        assertTrue(best != null, "a vertical run in " + Arrays.toString(edge.points()));
        return best;
    }
}
