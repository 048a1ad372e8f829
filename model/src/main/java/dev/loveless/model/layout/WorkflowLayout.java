package dev.loveless.model.layout;

import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Sizes;
import dev.loveless.model.graph.Node;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.Transition;
import dev.loveless.model.graph.WorkflowGraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Automatic layered layout of a workflow, top to bottom, with Parallel branches and Map
 * processors as containers: a pure function from a {@link WorkflowGraph} to a {@link Layout}.
 *
 * <p>Each scope is laid out on its own, innermost scopes first; a container is then an ordinary
 * node as large as its lanes side by side under its header. Doing the hierarchy ourselves keeps
 * every scope's ranking independent (transitions never cross a scope) and makes lanes line up as
 * people expect. A scope is laid out by ELK layered (a start node on the first rank and an end
 * node on the last, so that StartAt comes first), except a scope that is a plain chain or has
 * {@linkplain LayoutOptions#largeScope() very many} states: those go to our own linear-time
 * {@link LayeredLayout}, which draws a chain as ELK would and a machine of thousands of states in
 * milliseconds instead of seconds. The result is deterministic: ELK runs with a fixed seed and
 * model order, our layout depends only on the order of nodes and edges, and both are built in
 * document order. Only {@link ElkScopeLayout} imports ELK. A Choice is laid out taller than it is
 * drawn, so that the gap under it has a row for each of its labels.
 */
public final class WorkflowLayout {

    private static final double MARKER = 2 * Sizes.MARKER_RADIUS;
    /** The most label rows made room for under one Choice: beyond, the gap would dwarf the boxes. */
    private static final int MAX_LABEL_ROWS = 6;
    /** From one lane's content to the next: both lanes' padding and the gap between lanes. */
    private static final double LANE_STEP = 2 * Sizes.PADDING + Sizes.LANE_GAP;

    private WorkflowLayout() {
    }

    /** @return the layout of every state of {@code graph} */
    public static Layout layout(WorkflowGraph graph, LayoutOptions options) {
        ScopeBox root = layoutScope(graph, ScopeId.ROOT, options);
        Map<StatePath, Bounds> absolute = new LinkedHashMap<>();
        place(root, 0, 0, absolute);
        Bounds total = new Bounds(0, 0, root.width, root.height);
        return new Layout(absolute, total);
    }

    /** The laid-out content of one scope, in coordinates relative to its top-left corner. */
    private static final class ScopeBox {
        final Map<StatePath, Bounds> states = new LinkedHashMap<>();
        final Map<StatePath, List<ScopeBox>> lanes = new LinkedHashMap<>();
        double width;
        double height;
    }

    private static void place(ScopeBox box, double x, double y, Map<StatePath, Bounds> out) {
        box.states.forEach((path, bounds) -> {
            Bounds absolute = bounds.translated(x, y);
            out.put(path, absolute);
            List<ScopeBox> lanes = box.lanes.get(path);
            if (lanes != null) {
                double laneX = absolute.x() + 2 * Sizes.PADDING;
                double laneY = absolute.y() + Sizes.HEADER_HEIGHT + Sizes.PADDING + Sizes.LANE_LABEL;
                for (ScopeBox lane : lanes) {
                    place(lane, laneX, laneY, out);
                    laneX += lane.width + LANE_STEP;
                }
            }
        });
    }

    private static ScopeBox layoutScope(WorkflowGraph graph, ScopeId scopeId, LayoutOptions options) {
        Scope scope = graph.scopes().get(scopeId);
        ScopeBox box = new ScopeBox();
        Map<String, double[]> sizes = new LinkedHashMap<>();
        scope.statesOrEmpty().byName().forEach((name, state) -> {
            StatePath path = scopeId.pathOf(name);
            List<Scope> inner = StateTree.scopesOf(state);
            if (inner.isEmpty() || options.collapsed().contains(path)) {
                sizes.put(name, new double[] {Sizes.STATE_WIDTH, Sizes.heightOf(state)});
                return;
            }
            List<ScopeBox> lanes = new ArrayList<>();
            double width = 0;
            double height = 0;
            for (int branch = 0; branch < inner.size(); branch++) {
                ScopeBox lane = layoutScope(graph, new ScopeId(path, branch), options);
                lanes.add(lane);
                width += lane.width + (branch > 0 ? LANE_STEP : 0);
                height = Math.max(height, lane.height);
            }
            box.lanes.put(path, lanes);
            sizes.put(name, new double[] {
                    Math.max(Sizes.STATE_WIDTH, width + 4 * Sizes.PADDING),
                    Sizes.HEADER_HEIGHT + height + 3 * Sizes.PADDING + Sizes.LANE_LABEL});
        });
        if (sizes.isEmpty()) {
            box.width = Sizes.STATE_WIDTH;
            box.height = 2 * MARKER + options.rankSpacing();
            return box;
        }
        List<String> order = flowOrder(graph, scopeId, scope);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int[][] successors = successors(graph, scopeId, order, index);
        double[] widths = new double[order.size()];
        double[] heights = new double[order.size()];
        double[] room = new double[order.size()];
        boolean[] ends = new boolean[order.size()];
        for (int i = 0; i < order.size(); i++) {
            double[] size = sizes.get(order.get(i));
            State state = scope.statesOrEmpty().get(order.get(i));
            widths[i] = size[0];
            heights[i] = size[1];
            room[i] = size[1] + labelRoom(state);
            ends[i] = state.isEnd() || (state.type() != null && state.type().isTerminal());
        }
        boolean startsAtFirst = scope.startAt() != null && scope.statesOrEmpty().contains(scope.startAt());
        ScopePlacement placement = sizes.size() >= options.largeScope() || isChain(successors)
                ? LayeredLayout.layout(widths, room, successors, options.nodeSpacing(), options.rankSpacing(),
                        MARKER + options.rankSpacing(), MARKER)
                : ElkScopeLayout.layout(widths, room, successors, startsAtFirst, ends, options);
        for (String name : scope.statesOrEmpty().names()) {
            int i = index.get(name);
            box.states.put(scopeId.pathOf(name), new Bounds(placement.x()[i], placement.y()[i], widths[i], heights[i]));
        }
        box.width = placement.width();
        box.height = placement.height();
        return box;
    }

    /**
     * @return the room to leave under a state for the labels of its transitions, beyond the rank
     *         spacing: a Choice's rules and Default are labelled, and several labels in one gap
     *         need rows of their own to be read (the geometry places them, it cannot make room)
     */
    private static double labelRoom(State state) {
        if (!(state instanceof dev.loveless.model.ChoiceState choice)) {
            return 0;
        }
        int labels = choice.choicesOrEmpty().size() + (choice.defaultState() != null ? 1 : 0);
        return Math.min(Math.max(0, labels - 1), MAX_LABEL_ROWS) * (Sizes.LABEL_HEIGHT + 2);
    }

    /** @return each state's distinct successors in its own scope (itself left out), by position in {@code order} */
    private static int[][] successors(WorkflowGraph graph, ScopeId scopeId, List<String> order,
                                      Map<String, Integer> index) {
        int[][] successors = new int[order.size()][];
        for (int i = 0; i < order.size(); i++) {
            java.util.LinkedHashSet<Integer> targets = new java.util.LinkedHashSet<>();
            for (Transition transition : graph.graph().outgoingEdgesOf(new Node(scopeId, order.get(i)))) {
                Integer target = index.get(transition.target());
                if (target != null && target != i) {
                    targets.add(target);
                }
            }
            successors[i] = targets.stream().mapToInt(Integer::intValue).toArray();
        }
        return successors;
    }

    /** @return whether the states form one straight chain from StartAt (each leads only to the next) */
    private static boolean isChain(int[][] successors) {
        for (int i = 0; i < successors.length; i++) {
            boolean last = i == successors.length - 1;
            if (last ? successors[i].length != 0 : successors[i].length != 1 || successors[i][0] != i + 1) {
                return false;
            }
        }
        return true;
    }

    /** @return the scope's state names, breadth-first from StartAt, then the unreachable ones in document order */
    private static List<String> flowOrder(WorkflowGraph graph, ScopeId scopeId, Scope scope) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
        if (scope.startAt() != null && scope.statesOrEmpty().contains(scope.startAt())) {
            queue.add(scope.startAt());
            seen.add(scope.startAt());
        }
        while (true) {
            while (!queue.isEmpty()) {
                String name = queue.poll();
                order.add(name);
                for (Transition transition : graph.graph().outgoingEdgesOf(new Node(scopeId, name))) {
                    if (seen.add(transition.target())) {
                        queue.add(transition.target());
                    }
                }
            }
            String unreached = null;
            for (String name : scope.statesOrEmpty().names()) {
                if (!seen.contains(name)) {
                    unreached = name;
                    break;
                }
            }
            if (unreached == null) {
                return order;
            }
            seen.add(unreached);
            queue.add(unreached);
        }
    }
}
