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
     * A transition as an orthogonal polyline ({@code points} = x0, y0, x1, y1, …) with an
     * optional label near its start. {@code source} is {@code null} for a start edge; {@code target}
     * is {@code null} for an edge into an end marker.
     */
    public record EdgeShape(StatePath source, TransitionKind kind, int index, String target, double[] points,
                            String label, double labelX, double labelY, Bounds bounds) {
        public EdgeShape {
            points = points.clone();
        }

        @Override
        public double[] points() {
            return points.clone();
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
        geometry.edgesOf(graph, complete);
        List<Bounds> all = new ArrayList<>();
        geometry.states.forEach(shape -> all.add(shape.frame()));
        geometry.markers.forEach(marker -> all.add(markerBounds(marker)));
        geometry.edges.forEach(edge -> all.add(edge.bounds()));
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

    private void edgesOf(WorkflowGraph graph, Diagram diagram) {
        Map<ScopeId, MarkerShape> starts = new LinkedHashMap<>();
        Map<ScopeId, MarkerShape> ends = new LinkedHashMap<>();
        for (MarkerShape marker : markers) {
            (marker.start() ? starts : ends).put(marker.scope(), marker);
        }
        for (var scopeEntry : graph.scopes().entrySet()) {
            ScopeId id = scopeEntry.getKey();
            Scope scope = scopeEntry.getValue();
            MarkerShape start = starts.get(id);
            if (start != null && scope.startAt() != null && byPath.containsKey(id.pathOf(scope.startAt()))) {
                Bounds to = byPath.get(id.pathOf(scope.startAt())).frame();
                double y0 = start.centerY() + Sizes.MARKER_RADIUS * (start.root() ? 1.1 : 1);
                edges.add(edge(null, TransitionKind.START, 0, scope.startAt(),
                        route(start.centerX(), y0, to, false), null));
            }
            for (String name : scope.statesOrEmpty().names()) {
                StatePath path = id.pathOf(name);
                StateShape shape = byPath.get(path);
                List<Transition> outgoing = new ArrayList<>(WorkflowGraph.transitionsOf(new Node(id, name), shape.state()));
                outgoing.removeIf(t -> !scope.statesOrEmpty().contains(t.target()));
                MarkerShape end = ends.get(id);
                boolean toEnd = end != null && (shape.state().isEnd()
                        || shape.state().type() == dev.loveless.model.StateType.SUCCEED);
                edgesFrom(shape, id, outgoing, toEnd ? end : null);
            }
        }
    }

    private void edgesFrom(StateShape source, ScopeId id, List<Transition> outgoing, MarkerShape end) {
        Bounds from = source.frame();
        // Forward edges leave from the bottom, spread out and sorted left to right by target.
        List<Object[]> downward = new ArrayList<>();
        List<Transition> backward = new ArrayList<>();
        for (Transition transition : outgoing) {
            Bounds to = byPath.get(id.pathOf(transition.target())).frame();
            if (to.y() >= from.maxY() + 8) {
                downward.add(new Object[] {transition, to.centerX()});
            } else {
                backward.add(transition);
            }
        }
        if (end != null) {
            downward.add(new Object[] {null, end.centerX()});
        }
        downward.sort(Comparator.comparingDouble(entry -> (Double) entry[1]));
        int n = downward.size();
        for (int i = 0; i < n; i++) {
            Transition transition = (Transition) downward.get(i)[0];
            double exitX = n == 1 ? from.centerX() : from.x() + from.width() * (i + 1) / (n + 1);
            if (transition == null) {
                double[] points = {exitX, from.maxY(), exitX, from.maxY() + (end.centerY() - from.maxY()) / 2,
                        end.centerX(), from.maxY() + (end.centerY() - from.maxY()) / 2,
                        end.centerX(), end.centerY() - Sizes.MARKER_RADIUS * (end.root() ? 1.1 : 1)};
                edges.add(edge(source.path(), TransitionKind.NEXT, -1, null, simplify(points), null));
                continue;
            }
            Bounds to = byPath.get(id.pathOf(transition.target())).frame();
            double[] points = route(exitX, from.maxY(), to, true);
            edges.add(edge(source.path(), transition.kind(), transition.index(), transition.target(), points,
                    label(source.state(), transition)));
        }
        int lane = 0;
        for (Transition transition : backward) {
            Bounds to = byPath.get(id.pathOf(transition.target())).frame();
            double[] points;
            if (to.x() >= from.maxX() + 8 && to.y() < from.maxY()) {
                // Side by side: right edge to left edge.
                double y0 = from.centerY();
                double y1 = to.centerY();
                double midX = (from.maxX() + to.x()) / 2;
                points = new double[] {from.maxX(), y0, midX, y0, midX, y1, to.x(), y1};
            } else if (to.maxX() <= from.x() - 8 && to.y() < from.maxY()) {
                double y0 = from.centerY();
                double y1 = to.centerY();
                double midX = (from.x() + to.maxX()) / 2;
                points = new double[] {from.x(), y0, midX, y0, midX, y1, to.maxX(), y1};
            } else {
                // A loop back up: around the right-hand side of both boxes.
                double side = Math.max(from.maxX(), to.maxX()) + 28 + 12 * lane++;
                double y0 = from.centerY() + 6;
                double y1 = to.centerY() - 6;
                points = new double[] {from.maxX(), y0, side, y0, side, y1, to.maxX(), y1};
            }
            edges.add(edge(source.path(), transition.kind(), transition.index(), transition.target(),
                    simplify(points), label(source.state(), transition)));
        }
    }

    /** @return an orthogonal route from a point going down into the top of {@code to} */
    private static double[] route(double x0, double y0, Bounds to, boolean spread) {
        double x1 = to.centerX();
        double y1 = to.y();
        double midY = y0 + Math.min(24, (y1 - y0) / 2);
        if (Math.abs(x1 - x0) < 0.5) {
            return new double[] {x0, y0, x1, y1};
        }
        // Enter the target within its width when the exit point lies above it, to keep one bend less.
        if (x0 > to.x() + 12 && x0 < to.maxX() - 12) {
            return new double[] {x0, y0, x0, y1};
        }
        return simplify(new double[] {x0, y0, x0, midY, x1, midY, x1, y1});
    }

    /** @return the points without zero-length segments */
    private static double[] simplify(double[] points) {
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < points.length; i += 2) {
            int n = kept.size();
            if (n >= 2 && Math.abs(kept.get(n - 2) - points[i]) < 0.01 && Math.abs(kept.get(n - 1) - points[i + 1]) < 0.01) {
                continue;
            }
            kept.add(points[i]);
            kept.add(points[i + 1]);
        }
        double[] result = new double[kept.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = kept.get(i);
        }
        return result;
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

    private static EdgeShape edge(StatePath source, TransitionKind kind, int index, String target, double[] points,
                                  String label) {
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
        double labelX = points[0];
        double labelY = points[1];
        if (label != null && points.length >= 4) {
            // On the first long enough segment, a little after its start.
            labelX = points.length >= 6 ? points[2] : points[0];
            labelY = points.length >= 6 ? points[3] : (points[1] + points[3]) / 2;
            if (points.length >= 6) {
                labelX = (points[2] + points[4]) / 2;
            }
        }
        Bounds bounds = new Bounds(minX, minY, maxX - minX, maxY - minY);
        return new EdgeShape(source, kind, index, target, points, label, labelX, labelY, bounds);
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
