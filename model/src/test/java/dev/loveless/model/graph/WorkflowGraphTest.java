package dev.loveless.model.graph;

import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.loveless.model.TestDefinitions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The graph view: typed edges per scope, dangling targets kept aside, true reachability. */
class WorkflowGraphTest {

    private static final String MACHINE = """
            {
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [
                    {"Variable": "$.amount", "NumericGreaterThan": 100, "Next": "Approve"},
                    {"Variable": "$.amount", "NumericLessThan": 0, "Next": "Approve"}
                  ],
                  "Default": "Charge"
                },
                "Approve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Charge"},
                "Charge": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}],
                  "Next": "Ghost"
                },
                "Failed": {"Type": "Fail"},
                "Island A": {"Type": "Pass", "Next": "Island B"},
                "Island B": {"Type": "Pass", "Next": "Island A"},
                "Fan": {
                  "Type": "Parallel",
                  "Branches": [{"StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "Next": "Charge"}}}],
                  "End": true
                }
              }
            }
            """;

    private final WorkflowGraph graph = WorkflowGraph.of(read(MACHINE));

    @Test
    void edgesAreTypedAndKeepOneEdgePerRule() {
        Node check = new Node(ScopeId.ROOT, "Check");
        List<TransitionKind> kinds = graph.graph().outgoingEdgesOf(check).stream()
                .map(Transition::kind).sorted().collect(Collectors.toList());
        assertEquals(List.of(TransitionKind.CHOICE, TransitionKind.CHOICE, TransitionKind.DEFAULT), kinds);
        assertEquals(TransitionKind.CATCH, graph.graph().getEdge(new Node(ScopeId.ROOT, "Charge"),
                new Node(ScopeId.ROOT, "Failed")).kind());
        assertEquals(TransitionKind.START, graph.graph().getEdge(Node.start(ScopeId.ROOT), check).kind());
    }

    @Test
    void targetsOutsideTheScopeAreDangling() {
        Set<String> dangling = graph.danglingTransitions().stream()
                .map(t -> t.source().name() + "→" + t.target()).collect(Collectors.toSet());
        assertEquals(Set.of("Charge→Ghost", "Inner→Charge"), dangling);
    }

    @Test
    void aCycleThatNothingReachesIsUnreachable() {
        Set<String> reached = graph.reachable(ScopeId.ROOT).stream().map(Node::name).collect(Collectors.toSet());
        assertEquals(Set.of("Check", "Approve", "Charge", "Failed"), reached);
        ScopeId branch = new ScopeId(StatePath.of("Fan"), 0);
        assertEquals(Set.of(new Node(branch, "Inner")), graph.reachable(branch));
        assertEquals(2, graph.scopes().size());
    }

    @Test
    void aMachineWithoutStatesHasOnlyItsStart() {
        WorkflowGraph empty = WorkflowGraph.of(StateMachine.of("A", null));
        assertEquals(Set.of(Node.start(ScopeId.ROOT)), empty.graph().vertexSet());
        assertEquals(1, empty.danglingTransitions().size());
    }
}
