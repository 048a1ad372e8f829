package dev.loveless.model.graph;

import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control flow of a machine as a graph (jgrapht), for analysis and layout: one node per state
 * and one start node per scope; edges typed {@link TransitionKind}. Transitions never leave their
 * scope: a target is looked up in the source's own scope, and one that is not there is kept aside
 * as {@linkplain #danglingTransitions() dangling} rather than added. Immutable once built.
 */
public final class WorkflowGraph {

    private final Graph<Node, Transition> graph;
    private final Map<ScopeId, Scope> scopes;
    private final List<Transition> dangling;

    private WorkflowGraph(Graph<Node, Transition> graph, Map<ScopeId, Scope> scopes, List<Transition> dangling) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.scopes = Collections.unmodifiableMap(scopes);
        this.dangling = List.copyOf(dangling);
    }

    /** @return the graph of {@code machine} */
    public static WorkflowGraph of(StateMachine machine) {
        Graph<Node, Transition> graph = new DirectedPseudograph<>(null, null, false);
        Map<ScopeId, Scope> scopes = new LinkedHashMap<>();
        List<Transition> dangling = new ArrayList<>();
        addScope(graph, scopes, dangling, ScopeId.ROOT, machine);
        return new WorkflowGraph(graph, scopes, dangling);
    }

    private static void addScope(Graph<Node, Transition> graph, Map<ScopeId, Scope> scopes,
                                 List<Transition> dangling, ScopeId id, Scope scope) {
        scopes.put(id, scope);
        Node start = Node.start(id);
        graph.addVertex(start);
        scope.statesOrEmpty().names().forEach(name -> graph.addVertex(new Node(id, name)));
        link(graph, scope, dangling, new Transition(start, scope.startAt(), TransitionKind.START, 0));
        scope.statesOrEmpty().byName().forEach((name, state) -> {
            Node node = new Node(id, name);
            for (Transition transition : transitionsOf(node, state)) {
                link(graph, scope, dangling, transition);
            }
            List<Scope> inner = StateTree.scopesOf(state);
            StatePath path = id.pathOf(name);
            for (int branch = 0; branch < inner.size(); branch++) {
                addScope(graph, scopes, dangling, new ScopeId(path, branch), inner.get(branch));
            }
        });
    }

    private static void link(Graph<Node, Transition> graph, Scope scope, List<Transition> dangling,
                             Transition transition) {
        if (transition.target() == null) {
            return;
        }
        if (scope.statesOrEmpty().contains(transition.target())) {
            graph.addEdge(transition.source(), new Node(transition.source().scope(), transition.target()), transition);
        } else {
            dangling.add(transition);
        }
    }

    /** @return every transition a state declares, in document order, targets unresolved */
    public static List<Transition> transitionsOf(Node node, State state) {
        List<Transition> transitions = new ArrayList<>();
        if (state.next() != null) {
            transitions.add(new Transition(node, state.next(), TransitionKind.NEXT, 0));
        }
        if (state instanceof ChoiceState choice) {
            List<ChoiceRule> rules = choice.choicesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).next() != null) {
                    transitions.add(new Transition(node, rules.get(i).next(), TransitionKind.CHOICE, i));
                }
            }
            if (choice.defaultState() != null) {
                transitions.add(new Transition(node, choice.defaultState(), TransitionKind.DEFAULT, 0));
            }
        }
        List<Catcher> catchers = state.common().catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                if (catchers.get(i).next() != null) {
                    transitions.add(new Transition(node, catchers.get(i).next(), TransitionKind.CATCH, i));
                }
            }
        }
        return transitions;
    }

    /** @return the graph itself (unmodifiable) */
    public Graph<Node, Transition> graph() {
        return graph;
    }

    /** @return every scope, the root first, then in document order */
    public Map<ScopeId, Scope> scopes() {
        return scopes;
    }

    /** @return transitions whose target is not a state of their scope */
    public List<Transition> danglingTransitions() {
        return dangling;
    }

    /** @return the state nodes of one scope, in document order */
    public List<Node> statesOf(ScopeId scope) {
        Scope holder = scopes.get(scope);
        if (holder == null) {
            return List.of();
        }
        List<Node> nodes = new ArrayList<>();
        holder.statesOrEmpty().names().forEach(name -> nodes.add(new Node(scope, name)));
        return nodes;
    }

    /** @return the states of {@code scope} reachable from its start, following every kind of transition */
    public Set<Node> reachable(ScopeId scope) {
        Set<Node> reached = new LinkedHashSet<>();
        Node start = Node.start(scope);
        if (!graph.containsVertex(start)) {
            return reached;
        }
        new BreadthFirstIterator<>(graph, start).forEachRemaining(node -> {
            if (!node.isStart()) {
                reached.add(node);
            }
        });
        return reached;
    }
}
