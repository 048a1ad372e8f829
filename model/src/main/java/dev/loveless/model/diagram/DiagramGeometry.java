package dev.loveless.model.diagram;

import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.graph.Node;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.Transition;
import dev.loveless.model.graph.TransitionKind;
import dev.loveless.model.graph.WorkflowGraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the diagram shows, as shapes in diagram coordinates, computed once per document
 * change from the machine and its {@link Diagram}: state boxes (a container's frame grows to hold
 * its lanes), lanes, start and end markers, and transitions routed orthogonally with their
 * labels. Every renderer (the canvas, SVG, PNG) draws these shapes; hit testing uses them too.
 *
 * <p>Shapes are listed in drawing order: outer containers before what they hold.
 */
public final class DiagramGeometry {

    /** A state's box. {@code container} when it holds lanes that are drawn (not collapsed). */
    public record StateShape(StatePath path, State state, Bounds frame, boolean container, boolean collapsed) {
        public StateShape {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(frame, "frame");
        }
    }

    /** One Parallel branch or Map processor drawn inside its container. */
    public record LaneShape(ScopeId scope, Bounds frame, String label) {
    }

    /** A scope's start or end marker; {@code root} when it is the whole workflow's. */
    public record MarkerShape(ScopeId scope, boolean start, double centerX, double centerY, boolean root) {
    }

    /**
     * A transition of {@code scope} as an orthogonal polyline ({@code points} = x0, y0, x1, y1, …)
     * that passes through no box of its scope but its own two, with an optional label in a box
     * ({@code labelBounds}, sized by {@link Sizes#labelWidth}) that covers no state box, marker or
     * other label where the diagram leaves room. {@code source} is {@code null} for a start edge;
     * {@code target} is {@code null} for an edge into an end marker.
     */
    public record EdgeShape(ScopeId scope, StatePath source, TransitionKind kind, int index, String target,
                            double[] points, String label, Bounds labelBounds, Bounds bounds) {
        public EdgeShape {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(bounds, "bounds");
            if (points.length < 4 || points.length % 2 != 0) {
                throw new IllegalArgumentException("an edge has at least two points: " + points.length / 2);
            }
            if ((label == null) != (labelBounds == null)) {
                throw new IllegalArgumentException("a label and its box go together");
            }
            points = points.clone();
        }

        @Override
        public double[] points() {
            return points.clone();
        }

        /** @return the centre of the label's box (meaningless without a label) */
        public double labelX() {
            return labelBounds == null ? points[0] : labelBounds.centerX();
        }

        /** @return the centre of the label's box (meaningless without a label) */
        public double labelY() {
            return labelBounds == null ? points[1] : labelBounds.centerY();
        }

        /** @return how many points the polyline has */
        public int pointCount() {
            return points.length / 2;
        }

        public double x(int i) {
            return points[2 * i];
        }

        public double y(int i) {
            return points[2 * i + 1];
        }

        /** @return whether the edge is drawn dashed (an error path) */
        public boolean dashed() {
            return kind == TransitionKind.CATCH;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EdgeShape edge && Objects.equals(source, edge.source) && kind == edge.kind
                    && index == edge.index && Objects.equals(target, edge.target)
                    && java.util.Arrays.equals(points, edge.points);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, kind, index, target, java.util.Arrays.hashCode(points));
        }
    }

    private static final double LANE_LABEL = 2 * Sizes.LANE_LABEL;

    private final List<StateShape> states = new ArrayList<>();
    private final Map<StatePath, StateShape> byPath = new LinkedHashMap<>();
    private final List<LaneShape> lanes = new ArrayList<>();
    private final List<MarkerShape> markers = new ArrayList<>();
    private final List<EdgeShape> edges = new ArrayList<>();
    private final Map<ScopeId, Bounds> scopeContent = new LinkedHashMap<>();
    private Bounds total;

    private DiagramGeometry() {
    }

    /** @return the shapes of {@code machine} drawn as {@code diagram} says (states it lacks are placed first) */
    public static DiagramGeometry of(StateMachine machine, Diagram diagram) {
        Diagram complete = Placement.completed(machine, diagram);
        DiagramGeometry geometry = new DiagramGeometry();
        WorkflowGraph graph = WorkflowGraph.of(machine);
        geometry.scope(graph, ScopeId.ROOT, machine, complete, List.of());
        geometry.states.sort(Comparator.comparingInt(shape -> shape.path().depth()));
        geometry.edgesOf(graph);
        List<Bounds> all = new ArrayList<>();
        geometry.states.forEach(shape -> all.add(shape.frame()));
        geometry.markers.forEach(marker -> all.add(markerBounds(marker)));
        for (EdgeShape edge : geometry.edges) {
            all.add(edge.bounds());
            if (edge.labelBounds() != null) {
                all.add(edge.labelBounds());
            }
        }
        Bounds union = Bounds.unionOf(all);
        geometry.total = union == null ? new Bounds(0, 0, 0, 0) : union;
        return geometry;
    }

    public List<StateShape> states() {
        return Collections.unmodifiableList(states);
    }

    public List<LaneShape> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    public List<MarkerShape> markers() {
        return Collections.unmodifiableList(markers);
    }

    public List<EdgeShape> edges() {
        return Collections.unmodifiableList(edges);
    }

    /** @return the bounds of everything drawn */
    public Bounds total() {
        return total;
    }

    /** @return a state's shape, or {@code null} when there is no such state */
    public StateShape state(StatePath path) {
        return byPath.get(path);
    }

    /** @return the bounds of a marker's circle */
    public static Bounds markerBounds(MarkerShape marker) {
        double r = marker.root() ? Sizes.MARKER_RADIUS * 2.2 : Sizes.MARKER_RADIUS;
        double h = marker.root() ? Sizes.MARKER_RADIUS * 2.2 : 2 * r;
        return new Bounds(marker.centerX() - r * (marker.root() ? 1.6 : 1), marker.centerY() - h / 2,
                marker.root() ? 3.2 * r : 2 * r, h);
    }

    /**
     * @return the innermost state whose box (a container's header, or a collapsed container) holds
     *         the point, or {@code null}
     */
    public StateShape stateAt(double x, double y) {
        for (int i = states.size() - 1; i >= 0; i--) {
            StateShape shape = states.get(i);
            if (shape.frame().contains(x, y)) {
                return shape;
            }
        }
        return null;
    }

    /** @return the innermost lane holding the point, or {@code null} (then the point is in the workflow itself) */
    public LaneShape laneAt(double x, double y) {
        LaneShape found = null;
        for (LaneShape lane : lanes) {
            if (lane.frame().contains(x, y)
                    && (found == null || lane.scope().owner().depth() >= found.scope().owner().depth())) {
                found = lane;
            }
        }
        return found;
    }

    /** @return the edge passing within {@code tolerance} of the point, or {@code null} */
    public EdgeShape edgeAt(double x, double y, double tolerance) {
        for (EdgeShape edge : edges) {
            if (!edge.bounds().inflated(tolerance).contains(x, y)) {
                continue;
            }
            for (int i = 0; i + 1 < edge.pointCount(); i++) {
                if (distanceToSegment(x, y, edge.x(i), edge.y(i), edge.x(i + 1), edge.y(i + 1)) <= tolerance) {
                    return edge;
                }
            }
        }
        return null;
    }

    // ---- states, lanes and markers -------------------------------------------------------------

    /** Lays out the shapes of one scope; returns the bounds of its content (states and markers). */
    private Bounds scope(WorkflowGraph graph, ScopeId id, Scope scope, Diagram diagram, List<Bounds> unused) {
        List<Bounds> content = new ArrayList<>();
        Bounds startAtFrame = null;
        for (var entry : scope.statesOrEmpty().byName().entrySet()) {
            StatePath path = id.pathOf(entry.getKey());
            StateShape shape = state(graph, path, entry.getValue(), diagram);
            content.add(shape.frame());
            if (entry.getKey().equals(scope.startAt())) {
                startAtFrame = shape.frame();
            }
        }
        Bounds union = Bounds.unionOf(content);
        if (union == null) {
            scopeContent.put(id, null);
            return null;
        }
        boolean root = id.isRoot();
        Bounds anchor = startAtFrame != null ? startAtFrame : union;
        MarkerShape start = new MarkerShape(id, true, anchor.centerX(), anchor.y() - Sizes.MARKER_GAP + Sizes.MARKER_RADIUS, root);
        MarkerShape end = new MarkerShape(id, false, endX(scope, id, diagram, union), union.maxY() + Sizes.MARKER_GAP - Sizes.MARKER_RADIUS, root);
        markers.add(start);
        markers.add(end);
        Bounds withMarkers = union.union(markerBounds(start)).union(markerBounds(end));
        scopeContent.put(id, withMarkers);
        return withMarkers;
    }

    private double endX(Scope scope, ScopeId id, Diagram diagram, Bounds union) {
        // Under the lowest state that ends the scope, so that the last arrow is short and straight.
        Bounds lowest = null;
        for (var entry : scope.statesOrEmpty().byName().entrySet()) {
            State state = entry.getValue();
            if (state.isEnd() || state.type() == dev.loveless.model.StateType.SUCCEED) {
                Bounds frame = byPath.get(id.pathOf(entry.getKey())).frame();
                if (lowest == null || frame.maxY() > lowest.maxY()) {
                    lowest = frame;
                }
            }
        }
        return lowest != null ? lowest.centerX() : union.centerX();
    }

    private StateShape state(WorkflowGraph graph, StatePath path, State state, Diagram diagram) {
        Bounds stored = diagram.boundsOf(path);
        if (stored == null) {
            stored = new Bounds(0, 0, Sizes.STATE_WIDTH, Sizes.heightOf(state));
        }
        Bounds box = stored.resized(Math.max(stored.width(), Sizes.STATE_WIDTH), Math.max(stored.height(), Sizes.heightOf(state)));
        List<Scope> inner = StateTree.scopesOf(state);
        boolean collapsed = diagram.isCollapsed(path);
        StateShape shape;
        if (inner.isEmpty() || collapsed) {
            shape = new StateShape(path, state, box.resized(Sizes.STATE_WIDTH, Sizes.heightOf(state)), false, collapsed && !inner.isEmpty());
        } else {
            Bounds frame = box.resized(box.width(), Math.max(Sizes.HEADER_HEIGHT, Math.min(box.height(), Sizes.HEADER_HEIGHT)));
            List<LaneShape> myLanes = new ArrayList<>();
            for (int branch = 0; branch < inner.size(); branch++) {
                ScopeId laneId = new ScopeId(path, branch);
                Bounds content = scope(graph, laneId, inner.get(branch), diagram, List.of());
                Bounds laneFrame;
                if (content == null) {
                    double laneX = box.x() + Sizes.PADDING + branch * (Sizes.STATE_WIDTH + 2 * Sizes.PADDING + Sizes.LANE_GAP);
                    laneFrame = new Bounds(laneX, box.y() + Sizes.HEADER_HEIGHT + Sizes.PADDING,
                            Sizes.STATE_WIDTH + 2 * Sizes.PADDING, Sizes.STATE_HEIGHT);
                } else {
                    Bounds padded = content.inflated(Sizes.PADDING);
                    laneFrame = new Bounds(padded.x(), padded.y() - LANE_LABEL / 2, padded.width(), padded.height() + LANE_LABEL / 2);
                }
                myLanes.add(new LaneShape(laneId, laneFrame, laneLabel(state, branch, inner.size())));
                frame = frame.union(laneFrame.inflated(Sizes.PADDING));
            }
            // The header stays on top: the frame starts at the container's own top edge.
            double top = Math.min(box.y(), frame.y());
            frame = new Bounds(frame.x(), top, frame.width(), frame.maxY() - top);
            lanes.addAll(myLanes);
            shape = new StateShape(path, state, frame, true, false);
        }
        states.add(shape);
        byPath.put(path, shape);
        return shape;
    }

    private static String laneLabel(State state, int branch, int count) {
        if (state instanceof MapState map) {
            return map.isDistributed() ? "For each item (child workflows)" : "For each item";
        }
        if (state instanceof ParallelState) {
            return "Branch " + (branch + 1) + " of " + count;
        }
        return "Branch " + (branch + 1);
    }

    // ---- edges -----------------------------------------------------------------------------------

    /** A transition whose route and label are still to be found. */
    private record Pending(ScopeId scope, StatePath source, TransitionKind kind, int index, String target, String label) {
    }

    /**
     * Routes every transition, scope by scope ({@link EdgeRouter}: around the boxes of its scope),
     * then places every label ({@link LabelPlacer}: off boxes, markers and other labels).
     */
    private void edgesOf(WorkflowGraph graph) {
        Map<ScopeId, MarkerShape> starts = new LinkedHashMap<>();
        Map<ScopeId, MarkerShape> ends = new LinkedHashMap<>();
        for (MarkerShape marker : markers) {
            (marker.start() ? starts : ends).put(marker.scope(), marker);
        }
        List<Pending> pending = new ArrayList<>();
        List<double[]> routes = new ArrayList<>();
        for (var scopeEntry : graph.scopes().entrySet()) {
            ScopeId id = scopeEntry.getKey();
            Scope scope = scopeEntry.getValue();
            List<String> names = new ArrayList<>(scope.statesOrEmpty().names());
            if (names.isEmpty() || !byPath.containsKey(id.pathOf(names.get(0)))) {
                continue; // inside a collapsed container: not drawn
            }
            List<Bounds> obstacles = new ArrayList<>(names.size());
            Map<String, EdgeRouter.End> endOf = new LinkedHashMap<>();
            for (String name : names) {
                Bounds frame = byPath.get(id.pathOf(name)).frame();
                endOf.put(name, new EdgeRouter.End(frame, obstacles.size()));
                obstacles.add(frame);
            }
            List<EdgeRouter.Link> links = new ArrayList<>();
            MarkerShape start = starts.get(id);
            if (start != null && scope.startAt() != null && endOf.containsKey(scope.startAt())) {
                links.add(new EdgeRouter.Link(new EdgeRouter.End(markerBounds(start), -1), endOf.get(scope.startAt()), false));
                pending.add(new Pending(id, null, TransitionKind.START, 0, scope.startAt(), null));
            }
            MarkerShape end = ends.get(id);
            EdgeRouter.End endMarker = end == null ? null : new EdgeRouter.End(markerBounds(end), -2);
            for (String name : names) {
                StateShape shape = byPath.get(id.pathOf(name));
                EdgeRouter.End from = endOf.get(name);
                for (Transition transition : WorkflowGraph.transitionsOf(new Node(id, name), shape.state())) {
                    EdgeRouter.End to = endOf.get(transition.target());
                    if (to == null) {
                        continue; // dangling: the validator reports it, nothing to draw
                    }
                    links.add(new EdgeRouter.Link(from, to, transition.kind() == TransitionKind.CATCH));
                    pending.add(new Pending(id, shape.path(), transition.kind(), transition.index(), transition.target(),
                            label(shape.state(), transition)));
                }
                if (end != null && (shape.state().isEnd() || shape.state().type() == dev.loveless.model.StateType.SUCCEED)) {
                    links.add(new EdgeRouter.Link(from, endMarker, false));
                    pending.add(new Pending(id, shape.path(), TransitionKind.NEXT, -1, null, null));
                }
            }
            routes.addAll(new EdgeRouter(obstacles, scopeContent.get(id), !id.isRoot()).route(links));
        }
        LabelPlacer placer = labelPlacer(2 * routes.size());
        for (double[] route : routes) {
            placer.avoidArrowhead(route);
        }
        Map<String, Double> widths = new HashMap<>(); // a large machine repeats a few labels
        for (int i = 0; i < pending.size(); i++) {
            Pending edge = pending.get(i);
            double[] points = routes.get(i);
            Bounds labelBounds = edge.label() == null ? null
                    : placer.place(points, widths.computeIfAbsent(edge.label(), Sizes::labelWidth), Sizes.LABEL_HEIGHT);
            edges.add(edge(edge, points, labelBounds));
        }
    }

    /** @return a placer keeping labels off state boxes, container headers and markers */
    private LabelPlacer labelPlacer(int labelCount) {
        List<Bounds> obstacles = new ArrayList<>(states.size() + markers.size());
        for (StateShape shape : states) {
            obstacles.add(labelObstacle(shape));
        }
        for (MarkerShape marker : markers) {
            obstacles.add(markerBounds(marker));
        }
        // The workflow's content holds every state and marker, nested ones included.
        Bounds extent = scopeContent.get(ScopeId.ROOT);
        return new LabelPlacer(obstacles, extent == null ? new Bounds(0, 0, 1, 1) : extent, labelCount);
    }

    /** @return what of a state a label must not cover: its box, or a drawn container's header */
    public static Bounds labelObstacle(StateShape shape) {
        Bounds frame = shape.frame();
        return shape.container() ? frame.resized(frame.width(), Math.min(frame.height(), Sizes.HEADER_HEIGHT)) : frame;
    }

    private static String label(State state, Transition transition) {
        switch (transition.kind()) {
            case CHOICE: {
                List<ChoiceRule> rules = ((ChoiceState) state).choicesOrEmpty();
                return transition.index() < rules.size() ? ConditionText.of(rules.get(transition.index())) : null;
            }
            case DEFAULT:
                return "otherwise";
            case CATCH: {
                List<Catcher> catchers = state.common().catchers();
                return catchers != null && transition.index() < catchers.size()
                        ? ConditionText.errors(catchers.get(transition.index()).errorEquals()) : "on error";
            }
            default:
                return null;
        }
    }

    private static EdgeShape edge(Pending edge, double[] points, Bounds labelBounds) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        Bounds bounds = new Bounds(minX, minY, maxX - minX, maxY - minY);
        return new EdgeShape(edge.scope(), edge.source(), edge.kind(), edge.index(), edge.target(), points, edge.label(),
                labelBounds, bounds);
    }

    private static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / length));
        double cx = x0 + t * dx;
        double cy = y0 + t * dy;
        return Math.hypot(px - cx, py - cy);
    }
}
