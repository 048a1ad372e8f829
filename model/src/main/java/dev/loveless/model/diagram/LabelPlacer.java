package dev.loveless.model.diagram;

import java.util.List;

/**
 * Places the labels of transitions (a Choice rule's condition, "otherwise", a Catch's errors) on
 * their edges so that they can be read: a label sits centred on a point of its edge's polyline,
 * on a box overlapping no state box, no marker, no arrowhead and no label placed before it.
 *
 * <p>Candidate points are tried in a fixed order of preference: the segments long enough to hold
 * the label, in order from the source, then the others; on a short segment the middle first, on
 * a long run (a side channel) from its start on, so that a label stays near its source. All of
 * these are tried centred on the line first, then beside it (right of a vertical run or under a
 * horizontal one, then on the other side). The first candidate that overlaps nothing wins; when
 * every candidate overlaps something, the one with the least overlapping area does (ties: the
 * earlier). Deterministic: labels are placed in the order
 * they are asked for.
 */
final class LabelPlacer {

    /** Positions tried along one segment, evenly spread over where the label fits. */
    private static final int PER_SEGMENT = 9;
    /** Room kept between a label and the ends of its segment (the bends, the boxes). */
    private static final double END_ROOM = 6;
    /** The size of an arrowhead's square. */
    private static final double ARROWHEAD = 10;
    /** Distance between a line and a label set beside it. */
    private static final double BESIDE = 3;
    /** From this length on, a segment is a long run: its label goes near the source rather than midway. */
    private static final double LONG = 240;
    /** Labels overlapping a state are worse than labels overlapping each other. */
    private static final double ON_BOX = 2;

    private final BoxIndex boxes;
    private final BoxIndex labels;

    /**
     * @param obstacles what labels must not cover: state boxes, container headers, markers
     * @param extent     where the diagram lies (for the indexes' grids)
     * @param labelCount how many labels and arrowheads are expected
     */
    LabelPlacer(List<Bounds> obstacles, Bounds extent, int labelCount) {
        this.boxes = new BoxIndex(extent, obstacles.size());
        obstacles.forEach(boxes::add);
        this.labels = new BoxIndex(extent, labelCount);
    }

    /** Keeps labels off an edge's arrowhead: the end of {@code points}. */
    void avoidArrowhead(double[] points) {
        int n = points.length;
        double x = points[n - 2];
        double y = points[n - 1];
        double dx = Math.signum(x - points[n - 4]);
        double dy = Math.signum(y - points[n - 3]);
        // A square just behind the tip, along the last segment.
        double cx = x - dx * ARROWHEAD / 2;
        double cy = y - dy * ARROWHEAD / 2;
        labels.add(new Bounds(cx - ARROWHEAD / 2, cy - ARROWHEAD / 2, ARROWHEAD, ARROWHEAD));
    }

    /** @return the box of a label of {@code width} x {@code height} placed on the polyline, now taken */
    Bounds place(double[] points, double width, double height) {
        Candidate best = new Candidate();
        int[] order = segmentOrder(points, width, height);
        // First on the line itself (the usual look), then beside it (right or below, then left or above).
        for (int placement = 0; placement < 3 && best.cost > 0; placement++) {
            for (int segment : order) {
                if (tryAlong(points, segment, width, height, placement, best)) {
                    break;
                }
            }
        }
        Bounds chosen = best.box != null ? best.box
                : new Bounds(points[0] - width / 2, points[1] - height / 2, width, height);
        labels.add(chosen);
        return chosen;
    }

    /** The best candidate so far. */
    private static final class Candidate {
        Bounds box;
        double cost = Double.MAX_VALUE;
    }

    /** Tries the positions along one segment; @return whether a free one was found */
    private boolean tryAlong(double[] points, int segment, double width, double height, int placement, Candidate best) {
        double x0 = points[2 * segment];
        double y0 = points[2 * segment + 1];
        double x1 = points[2 * segment + 2];
        double y1 = points[2 * segment + 3];
        boolean horizontal = Math.abs(y1 - y0) < 0.01;
        double length = Math.abs(x1 - x0) + Math.abs(y1 - y0);
        double free = length - along(points, segment, width, height) - 2 * END_ROOM;
        boolean fromStart = length > LONG;
        int count = free <= 0 ? 1 : PER_SEGMENT;
        for (int k = 0; k < count; k++) {
            double t;
            if (free <= 0) {
                t = 0.5;
            } else {
                // On a long run (a channel) near the source first; on a short one the middle first.
                int step = fromStart ? k : (k == 0 ? (PER_SEGMENT - 1) / 2 : (k <= (PER_SEGMENT - 1) / 2 ? k - 1 : k));
                t = (length - free) / 2 / length + free * step / (PER_SEGMENT - 1) / length;
            }
            double cx = x0 + (x1 - x0) * t;
            double cy = y0 + (y1 - y0) * t;
            double side = placement == 0 ? 0 : placement == 1 ? 1 : -1;
            if (horizontal) {
                cy += side * (height / 2 + BESIDE);
            } else {
                cx += side * (width / 2 + BESIDE);
            }
            Bounds candidate = new Bounds(cx - width / 2, cy - height / 2, width, height);
            double cost = ON_BOX * boxes.coveredArea(candidate) + labels.coveredArea(candidate);
            if (cost < best.cost) {
                best.box = candidate;
                best.cost = cost;
                if (cost == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return segment indexes by preference: those long enough to hold the label in order, then the others */
    private static int[] segmentOrder(double[] points, double width, double height) {
        int segments = points.length / 2 - 1;
        int[] order = new int[segments];
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < segments; i++) {
                double length = Math.abs(points[2 * i + 2] - points[2 * i]) + Math.abs(points[2 * i + 3] - points[2 * i + 1]);
                boolean fits = length >= along(points, i, width, height) + 2 * END_ROOM;
                if (fits == (pass == 0)) {
                    order[n++] = i;
                }
            }
        }
        return order;
    }

    /** @return how much of a segment the label takes: its width on a horizontal run, its height on a vertical one */
    private static double along(double[] points, int segment, double width, double height) {
        return Math.abs(points[2 * segment + 3] - points[2 * segment + 1]) < 0.01 ? width : height;
    }
}
