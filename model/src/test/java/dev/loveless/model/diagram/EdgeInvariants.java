package dev.loveless.model.diagram;

import dev.loveless.model.diagram.DiagramGeometry.EdgeShape;
import dev.loveless.model.diagram.DiagramGeometry.MarkerShape;
import dev.loveless.model.diagram.DiagramGeometry.StateShape;
import dev.loveless.model.graph.ScopeId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a readable diagram promises about its edges, checked on a {@link DiagramGeometry}: every
 * edge is orthogonal, starts on its source's border and ends on its target's; no segment passes
 * through a box of its scope other than its own two; no label covers a state box (a container's
 * header counts, its lanes do not) or another label. Returns what is broken, in words.
 */
final class EdgeInvariants {

    private static final double TOUCH = 0.5;

    private EdgeInvariants() {
    }

    /** @return every broken promise; empty when the diagram keeps them all */
    static List<String> violations(DiagramGeometry geometry) {
        List<String> broken = new ArrayList<>();
        Map<ScopeId, List<StateShape>> byScope = new LinkedHashMap<>();
        for (StateShape shape : geometry.states()) {
            byScope.computeIfAbsent(ScopeId.of(shape.path()), key -> new ArrayList<>()).add(shape);
        }
        Map<ScopeId, Map<Boolean, MarkerShape>> markers = new LinkedHashMap<>();
        for (MarkerShape marker : geometry.markers()) {
            markers.computeIfAbsent(marker.scope(), key -> new LinkedHashMap<>()).put(marker.start(), marker);
        }
        for (EdgeShape edge : geometry.edges()) {
            String name = describe(edge);
            double[] p = edge.points();
            for (int i = 0; i + 3 < p.length; i += 2) {
                if (Math.abs(p[i] - p[i + 2]) > 0.01 && Math.abs(p[i + 1] - p[i + 3]) > 0.01) {
                    broken.add(name + ": segment " + i / 2 + " is not orthogonal");
                }
            }
            Bounds from = edge.source() == null ? DiagramGeometry.markerBounds(markers.get(edge.scope()).get(true))
                    : geometry.state(edge.source()).frame();
            Bounds to = edge.target() == null ? DiagramGeometry.markerBounds(markers.get(edge.scope()).get(false))
                    : geometry.state(edge.scope().pathOf(edge.target())).frame();
            if (!onBorder(from, p[0], p[1])) {
                broken.add(name + ": does not start on its source's border");
            }
            if (!onBorder(to, p[p.length - 2], p[p.length - 1])) {
                broken.add(name + ": does not end on its target's border");
            }
            for (StateShape other : byScope.getOrDefault(edge.scope(), List.of())) {
                if (other.path().equals(edge.source()) || (edge.target() != null
                        && other.path().equals(edge.scope().pathOf(edge.target())))) {
                    continue;
                }
                for (int i = 0; i + 3 < p.length; i += 2) {
                    if (crosses(other.frame(), p[i], p[i + 1], p[i + 2], p[i + 3])) {
                        broken.add(name + ": passes through " + other.path());
                        break;
                    }
                }
            }
        }
        List<Bounds> boxes = new ArrayList<>();
        List<String> boxNames = new ArrayList<>();
        for (StateShape shape : geometry.states()) {
            Bounds frame = shape.frame();
            boxes.add(shape.container() ? frame.resized(frame.width(), Sizes.HEADER_HEIGHT) : frame);
            boxNames.add(shape.path().toString());
        }
        List<EdgeShape> labelled = geometry.edges().stream().filter(edge -> edge.label() != null).toList();
        // Sorted by top so that the pairwise check stays near-linear on thousands of labels.
        labelled = new ArrayList<>(labelled);
        labelled.sort(java.util.Comparator.comparingDouble(edge -> edge.labelBounds().y()));
        for (int i = 0; i < labelled.size(); i++) {
            Bounds a = labelled.get(i).labelBounds();
            for (int j = i + 1; j < labelled.size() && labelled.get(j).labelBounds().y() < a.maxY(); j++) {
                if (a.overlaps(labelled.get(j).labelBounds())) {
                    broken.add("label of " + describe(labelled.get(i)) + " overlaps the label of " + describe(labelled.get(j)));
                }
            }
        }
        BoxIndex index = new BoxIndex(geometry.total(), boxes.size());
        boxes.forEach(index::add);
        for (EdgeShape edge : labelled) {
            Bounds label = edge.labelBounds();
            index.query(label.x(), label.y(), label.maxX(), label.maxY(), (id, box) -> {
                if (box.overlaps(label)) {
                    broken.add("label of " + describe(edge) + " lies on " + boxNames.get(id));
                }
                return true;
            });
        }
        return broken;
    }

    static String describe(EdgeShape edge) {
        return (edge.source() == null ? "start" : edge.source().toString()) + " -" + edge.kind()
                + (edge.index() > 0 ? "[" + edge.index() + "]" : "") + "-> " + (edge.target() == null ? "end" : edge.target());
    }

    private static boolean onBorder(Bounds box, double x, double y) {
        boolean insideGrown = box.inflated(TOUCH).contains(x, y);
        boolean insideShrunk = box.width() > 2 * TOUCH && box.height() > 2 * TOUCH
                && x > box.x() + TOUCH && x < box.maxX() - TOUCH && y > box.y() + TOUCH && y < box.maxY() - TOUCH;
        return insideGrown && !insideShrunk;
    }

    /** @return whether the axis-parallel segment passes through the box's interior */
    private static boolean crosses(Bounds box, double x0, double y0, double x1, double y1) {
        return Math.min(x0, x1) < box.maxX() && Math.max(x0, x1) > box.x()
                && Math.min(y0, y1) < box.maxY() && Math.max(y0, y1) > box.y();
    }
}
