package dev.loveless.model.layout;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Alignment;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one scope with ELK layered: orthogonal edges, top to bottom, a start node on the first
 * rank (FIRST_SEPARATE) and an end node on the last, depth-first cycle breaking from the start and
 * model order, with a fixed seed. The only class that imports ELK; it is loaded only when a scope
 * needs it, so a machine laid out entirely by {@link LayeredLayout} never pays for ELK's start-up.
 */
final class ElkScopeLayout {

    private static final double MARKER = 2 * dev.loveless.model.diagram.Sizes.MARKER_RADIUS;

    static {
        // Registers ELK's option types (padding, spacings) with its reflection utility, once.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ElkScopeLayout() {
    }

    /**
     * @param widths        each state's width, in flow order
     * @param heights       each state's height
     * @param successors    each state's successors (indexes), in the order of its transitions
     * @param startsAtFirst whether state 0 is the scope's StartAt (the start node leads to it)
     * @param ends          which states end the scope (they lead to the end node)
     */
    static ScopePlacement layout(double[] widths, double[] heights, int[][] successors, boolean startsAtFirst,
                                 boolean[] ends, LayoutOptions options) {
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

        ElkNode start = ElkGraphUtil.createNode(root);
        start.setDimensions(MARKER, MARKER);
        start.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST_SEPARATE);
        ElkNode[] nodes = new ElkNode[widths.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ElkGraphUtil.createNode(root);
            nodes[i].setDimensions(widths[i], heights[i]);
            // Top-aligned in their rank: a node laid out taller (a Choice with room for its labels
            // under it) then starts where its neighbours start instead of sticking out above them.
            nodes[i].setProperty(CoreOptions.ALIGNMENT, Alignment.TOP);
        }
        ElkNode end = ElkGraphUtil.createNode(root);
        end.setDimensions(MARKER, MARKER);
        end.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);

        if (startsAtFirst && nodes.length > 0) {
            ElkGraphUtil.createSimpleEdge(start, nodes[0]);
        }
        for (int i = 0; i < nodes.length; i++) {
            for (int target : successors[i]) {
                ElkGraphUtil.createSimpleEdge(nodes[i], nodes[target]);
            }
            if (ends[i]) {
                ElkGraphUtil.createSimpleEdge(nodes[i], end);
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
        double[] x = new double[nodes.length];
        double[] y = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            x[i] = nodes[i].getX() - minX;
            y[i] = nodes[i].getY() - minY;
        }
        return new ScopePlacement(x, y, maxX - minX, maxY - minY);
    }
}
