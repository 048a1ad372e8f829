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
import dev.loveless.model.graph.TransitionKind;
import dev.loveless.model.graph.WorkflowGraph;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

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
 * <p>Each scope is laid out on its own by ELK layered (orthogonal edges, a start node on the first
 * rank and an end node on the last, so that StartAt comes first), innermost scopes first; a
 * container is then an ordinary node as large as its lanes side by side under its header. Doing
 * the hierarchy ourselves keeps every scope's ranking independent (transitions never cross a
 * scope) and makes lanes line up as people expect. The result is deterministic: ELK runs with a
 * fixed seed and model order, and the graph is built in document order.
 *
 * <p>The only class that imports ELK.
 */
public final class WorkflowLayout {

    private static final double MARKER = 2 * Sizes.MARKER_RADIUS;
    /** From one lane's content to the next: both lanes' padding and the gap between lanes. */
    private static final double LANE_STEP = 2 * Sizes.PADDING + Sizes.LANE_GAP;

    static {
        // Registers ELK's option types (padding, spacings) with its reflection utility, once.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

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
        runElk(graph, scopeId, scope, sizes, options, box);
        return box;
    }

    private static void runElk(WorkflowGraph graph, ScopeId scopeId, Scope scope, Map<String, double[]> sizes,
                               LayoutOptions options, ScopeBox box) {
        boolean large = sizes.size() >= options.largeScope();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, options.nodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, options.rankSpacing());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, options.rankSpacing() / 3);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(0));
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // Depth-first from the start marker: only true loops are reversed, so StartAt stays first.
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        if (large) {
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
            root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
        }

        ElkNode start = ElkGraphUtil.createNode(root);
        start.setDimensions(MARKER, MARKER);
        start.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST_SEPARATE);

        // Nodes in breadth-first order from the start, so that model order follows the flow.
        List<String> order = flowOrder(graph, scopeId, scope);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (String name : order) {
            double[] size = sizes.get(name);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(size[0], size[1]);
            nodes.put(name, node);
        }
        ElkNode end = ElkGraphUtil.createNode(root);
        end.setDimensions(MARKER, MARKER);
        end.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);

        ElkNode first = scope.startAt() == null ? null : nodes.get(scope.startAt());
        if (first != null) {
            ElkGraphUtil.createSimpleEdge(start, first);
        }
        for (String name : order) {
            Node node = new Node(scopeId, name);
            boolean ends = false;
            for (Transition transition : graph.graph().outgoingEdgesOf(node)) {
                if (large && transition.kind() == TransitionKind.CATCH) {
                    continue;
                }
                ElkNode target = nodes.get(transition.target());
                if (target != null && !transition.target().equals(name)) {
                    ElkGraphUtil.createSimpleEdge(nodes.get(name), target);
                }
            }
            State state = scope.statesOrEmpty().get(name);
            ends = state.isEnd() || (state.type() != null && state.type().isTerminal());
            if (ends) {
                ElkGraphUtil.createSimpleEdge(nodes.get(name), end);
            }
        }

        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ElkNode child : root.getChildren()) {
            minX = Math.min(minX, child.getX());
            minY = Math.min(minY, child.getY());
            maxX = Math.max(maxX, child.getX() + child.getWidth());
            maxY = Math.max(maxY, child.getY() + child.getHeight());
        }
        for (String name : scope.statesOrEmpty().names()) {
            ElkNode node = nodes.get(name);
            box.states.put(scopeId.pathOf(name),
                    new Bounds(node.getX() - minX, node.getY() - minY, node.getWidth(), node.getHeight()));
        }
        box.width = maxX - minX;
        box.height = maxY - minY;
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
