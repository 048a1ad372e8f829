package dev.loveless.model.diagram;

import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.graph.Node;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.WorkflowGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the states a diagram has no bounds for (added in a text editor, or nested in a new
 * container) near their neighbours, leaving every placed state where it is: under a placed
 * predecessor, else above a placed successor, else at the top of its container's lane, else to the
 * right of everything; then moved right until it overlaps no sibling.
 */
public final class Placement {

    private static final double GAP = 48;

    private Placement() {
    }

    /** @return {@code diagram} with bounds for every state of {@code machine}, and none for a state it lacks */
    public static Diagram completed(StateMachine machine, Diagram diagram) {
        List<StatePath> paths = StateTree.paths(machine);
        java.util.Set<StatePath> known = new java.util.HashSet<>(paths);
        Diagram result = diagram.filter(known::contains);
        List<StatePath> missing = new ArrayList<>();
        for (StatePath path : paths) {
            if (result.boundsOf(path) == null) {
                missing.add(path);
            }
        }
        if (missing.isEmpty()) {
            return result;
        }
        WorkflowGraph graph = WorkflowGraph.of(machine);
        Map<StatePath, Bounds> placed = new LinkedHashMap<>(result.bounds());
        while (!missing.isEmpty()) {
            StatePath next = null;
            Bounds where = null;
            for (StatePath path : missing) {
                where = nearNeighbour(graph, path, StateTree.resolve(machine, path), placed);
                if (where != null) {
                    next = path;
                    break;
                }
            }
            if (next == null) {
                next = missing.get(0);
                where = fallback(machine, next, placed);
            }
            placed.put(next, clear(where, next, placed));
            missing.remove(next);
        }
        return new Diagram(placed, result.collapsed());
    }

    private static Bounds nearNeighbour(WorkflowGraph graph, StatePath path, State state, Map<StatePath, Bounds> placed) {
        ScopeId scope = ScopeId.of(path);
        Node node = new Node(scope, path.name());
        double height = Sizes.heightOf(state);
        for (var transition : graph.graph().incomingEdgesOf(node)) {
            if (transition.source().isStart()) {
                continue;
            }
            Bounds from = placed.get(transition.source().path());
            if (from != null) {
                return new Bounds(from.x(), from.maxY() + GAP, Sizes.STATE_WIDTH, height);
            }
        }
        for (var transition : graph.graph().outgoingEdgesOf(node)) {
            Bounds to = placed.get(scope.pathOf(transition.target()));
            if (to != null) {
                return new Bounds(to.x(), to.y() - GAP - height, Sizes.STATE_WIDTH, height);
            }
        }
        return null;
    }

    private static Bounds fallback(StateMachine machine, StatePath path, Map<StatePath, Bounds> placed) {
        State state = StateTree.resolve(machine, path);
        double height = Sizes.heightOf(state);
        StatePath parent = path.parent();
        if (parent != null && placed.get(parent) != null) {
            Bounds owner = placed.get(parent);
            double laneWidth = Sizes.STATE_WIDTH + 2 * Sizes.PADDING + Sizes.LANE_GAP;
            return new Bounds(owner.x() + Sizes.PADDING + Sizes.PADDING + path.branchInParent() * laneWidth,
                    owner.y() + Sizes.HEADER_HEIGHT + Sizes.PADDING + Sizes.MARKER_GAP, Sizes.STATE_WIDTH, height);
        }
        double right = 0;
        double top = 0;
        boolean any = false;
        for (Bounds bounds : placed.values()) {
            right = Math.max(right, bounds.maxX());
            top = any ? Math.min(top, bounds.y()) : bounds.y();
            any = true;
        }
        return new Bounds(any ? right + GAP : 0, any ? top : Sizes.MARKER_GAP, Sizes.STATE_WIDTH, height);
    }

    /** @return {@code where}, moved right until it overlaps no state placed in the same scope */
    private static Bounds clear(Bounds where, StatePath path, Map<StatePath, Bounds> placed) {
        Bounds candidate = where;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (var entry : placed.entrySet()) {
                if (entry.getKey().sameScopeAs(path) && entry.getValue().inflated(8).overlaps(candidate)) {
                    candidate = candidate.translated(entry.getValue().maxX() + 36 - candidate.x(), 0);
                    moved = true;
                }
            }
        }
        return candidate;
    }
}
