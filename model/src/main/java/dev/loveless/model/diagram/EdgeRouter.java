package dev.loveless.model.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Routes the transitions of one scope as orthogonal polylines that stay out of every box of the
 * scope they do not start or end at, whatever the boxes' places (laid out or moved by hand).
 *
 * <p>Each edge gets the first route that is clear, cheapest first:
 * <ol>
 *   <li>Downward edges (the target lies below the source) leave the source's bottom (several
 *       are spread along it, left to right by target) and enter the target's top, with one
 *       horizontal run just below the source, else just above the target. An error path does so
 *       only into the next rank (no box in between in height): a far one goes round.</li>
 *   <li>Everything else (loops back up, error paths whose direct route would cross the column,
 *       forward edges with a box in the way) goes around the side along a vertical
 *       <em>channel</em> beyond the boxes it passes, leaving the source by its side (or its bottom
 *       and the gap under it) and entering the target by its side (or its top from the gap above
 *       it). Error paths and loops take the right side; a blocked forward edge the side its
 *       target lies on. Side edges into one target of one kind share one channel (a bus, as
 *       Workflow Studio draws a shared failure handler); channels whose spans overlap are set
 *       apart so that they never run on top of each other.</li>
 * </ol>
 * When no candidate is clear (boxes stacked so that every way out is shut) the side route is used
 * anyway: the picture is then as good as the boxes allow.
 *
 * <p>Cost: a few index queries per edge; an edge whose direct route is clear costs one or two.
 * Deterministic: edges are handled in the order given.
 */
final class EdgeRouter {

    /**
     * Where an edge starts or ends: a box of the scope ({@code obstacle} = its id among the
     * obstacles) or a marker ({@code obstacle} negative, one number per marker: -1 the start, -2
     * the end). Ends with the same number are the same place.
     */
    record End(Bounds box, int obstacle) {
        End {
            Objects.requireNonNull(box, "box");
        }
    }

    /** One edge to route; {@code error} for a Catch (drawn dashed, routed round the right side). */
    record Link(End from, End to, boolean error) {
        Link {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Distance kept from boxes that are passed by. */
    private static final double MARGIN = 4;
    /** A horizontal run just under a source or over a target. */
    private static final double RUN = 24;
    /** The first staggered run under a source, and the largest step between two runs. */
    private static final double STAGGER_TOP = 24;
    private static final double STAGGER_STEP = 12;
    /** Room kept between the lowest run and the target, for the arrowhead. */
    private static final double ARROW_ROOM = 14;
    /** From a box's side to its side exit's channel stub, and from a box's corner to a corner exit. */
    private static final double STUB = 16;
    /** Room before a channel beside the boxes it passes (less inside a lane, whose padding is small). */
    private final double gap;
    /** Room between two channels side by side. */
    private final double step;

    private final BoxIndex index;
    private final double leftmost;
    private final double rightmost;
    private final List<double[]> channels = new ArrayList<>();

    /**
     * @param obstacles the boxes of the scope, by obstacle id
     * @param extent    bounds holding every obstacle (the scope's content)
     * @param nested    whether the scope is a lane inside a container (channels stay close)
     */
    EdgeRouter(List<Bounds> obstacles, Bounds extent, boolean nested) {
        this.index = new BoxIndex(extent == null ? new Bounds(0, 0, 1, 1) : extent, obstacles.size());
        obstacles.forEach(index::add);
        this.leftmost = extent == null ? 0 : extent.x();
        this.rightmost = extent == null ? 0 : extent.maxX();
        this.gap = nested ? 9 : 26;
        this.step = nested ? 6 : 12;
    }

    /** @return one polyline ({@code x0, y0, x1, y1, …}) per link, in the order given */
    List<double[]> route(List<Link> links) {
        double[][] routes = new double[links.size()][];
        int[] tiers = new int[links.size()];
        int[] tierCounts = new int[links.size()];
        double[] exits = spreadExits(links, tiers, tierCounts);
        List<Integer> aside = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (!downward(link)) {
                routes[i] = beside(link);
            } else if (!link.error() || nextRank(link)) {
                routes[i] = direct(link, exits[i], tiers[i], tierCounts[i]);
            }
            if (routes[i] == null) {
                aside.add(i);
            }
        }
        routeAside(links, exits, aside, routes);
        for (int i = 0; i < routes.length; i++) {
            if (routes[i].length < 4) {
                // Degenerate boxes (one inside the other): a plain segment still says where control goes.
                Bounds from = links.get(i).from().box();
                Bounds to = links.get(i).to().box();
                routes[i] = new double[] {from.centerX(), from.maxY(), to.centerX(), to.y()};
            }
        }
        return List.of(routes);
    }

    private static boolean downward(Link link) {
        return link.to().box().y() >= link.from().box().maxY() + 8;
    }

    /** @return whether no box of the scope stands between the link's ends in height (the target is in the next rank) */
    private boolean nextRank(Link link) {
        double top = link.from().box().maxY();
        double bottom = link.to().box().y();
        boolean[] between = {false};
        index.query(leftmost, top, rightmost, bottom, (id, box) -> {
            if (box.y() < bottom && box.maxY() > top) {
                between[0] = true;
                return false;
            }
            return true;
        });
        return !between[0];
    }

    /**
     * Downward edges leave their source's bottom spread out, sorted left to right by target. Their
     * runs across are staggered ({@code tiers}: 0 just under the source, then lower), so that edges
     * fanning out to one side each have a run of their own instead of sharing one line: on each
     * side, the edge to the nearest target runs lowest, so that no two of them cross.
     */
    private double[] spreadExits(List<Link> links, int[] tiers, int[] tierCounts) {
        double[] exits = new double[links.size()];
        // Grouped by source with counting arrays, not maps: this runs for every edge of the diagram.
        int boxes = index.size();
        int[] count = new int[boxes + 2];
        for (int i = 0; i < links.size(); i++) {
            exits[i] = links.get(i).from().box().centerX();
            if (downward(links.get(i))) {
                count[slot(links.get(i).from(), boxes)]++;
            }
        }
        int[][] members = new int[boxes + 2][];
        int[] filled = new int[boxes + 2];
        for (int i = 0; i < links.size(); i++) {
            int source = slot(links.get(i).from(), boxes);
            if (count[source] > 1 && downward(links.get(i))) {
                if (members[source] == null) {
                    members[source] = new int[count[source]];
                }
                members[source][filled[source]++] = i;
            }
        }
        for (int[] group : members) {
            if (group == null) {
                continue;
            }
            Integer[] sorted = new Integer[group.length];
            for (int k = 0; k < group.length; k++) {
                sorted[k] = group[k];
            }
            java.util.Arrays.sort(sorted, Comparator.comparingDouble(i -> links.get(i).to().box().centerX()));
            Bounds from = links.get(group[0]).from().box();
            for (int k = 0; k < sorted.length; k++) {
                exits[sorted[k]] = from.x() + from.width() * (k + 1) / (sorted.length + 1);
            }
            // Leftward: the farthest (leftmost) target runs highest; rightward: the farthest (rightmost).
            int left = 0;
            for (int k = 0; k < sorted.length; k++) {
                if (links.get(sorted[k]).to().box().centerX() < exits[sorted[k]] - 0.5) {
                    tiers[sorted[k]] = left++;
                }
            }
            int right = 0;
            for (int k = sorted.length - 1; k >= 0; k--) {
                if (links.get(sorted[k]).to().box().centerX() > exits[sorted[k]] + 0.5) {
                    tiers[sorted[k]] = right++;
                }
            }
            for (int i : sorted) {
                double toX = links.get(i).to().box().centerX();
                tierCounts[i] = toX < exits[i] - 0.5 ? left : toX > exits[i] + 0.5 ? right : 1;
            }
        }
        return exits;
    }

    /** @return where an end is counted: its obstacle id, or one of two places after them for markers */
    private static int slot(End end, int boxes) {
        return end.obstacle() >= 0 ? end.obstacle() : boxes + Math.min(1, -end.obstacle() - 1);
    }

    // ---- direct routes ---------------------------------------------------------------------------

    /** @return a clear route from the source's bottom into the target's top, or {@code null} */
    private double[] direct(Link link, double x0, int tier, int tierCount) {
        Bounds to = link.to().box();
        double y0 = link.from().box().maxY();
        double y1 = to.y();
        double run = Math.min(RUN, (y1 - y0) / 2);
        double straight = x0 > to.x() + 12 && x0 < to.maxX() - 12 ? x0 : to.centerX();
        double[] entries = {straight, to.x() + 20, to.maxX() - 20};
        if (x0 > to.centerX()) {
            entries[1] = to.maxX() - 20;
            entries[2] = to.x() + 20;
        }
        for (double x1 : entries) {
            if (to.width() < 40 && x1 != straight) {
                continue; // a marker: only its centre
            }
            if (Math.abs(x1 - x0) < 0.5) {
                double[] points = {x0, y0, x0, y1};
                if (clear(points, link)) {
                    return points;
                }
                continue;
            }
            for (double bend : new double[] {y0 + staggered(y1 - y0, run, tier, tierCount), y1 - run}) {
                double[] points = {x0, y0, x0, bend, x1, bend, x1, y1};
                if (clear(points, link)) {
                    return points;
                }
            }
        }
        return null;
    }

    /** @return how far under the source a fanned-out edge runs across: its tier's share of the gap */
    private static double staggered(double gap, double run, int tier, int tierCount) {
        double room = gap - STAGGER_TOP - ARROW_ROOM;
        if (tier == 0 || tierCount < 2 || room <= 0) {
            return run;
        }
        return STAGGER_TOP + tier * Math.min(STAGGER_STEP, room / (tierCount - 1));
    }

    /** @return a clear route between two boxes side by side (right edge to left edge), or {@code null} */
    private double[] beside(Link link) {
        Bounds from = link.from().box();
        Bounds to = link.to().box();
        if (link.from().equals(link.to()) || to.y() >= from.maxY()) {
            return null;
        }
        double[] points;
        if (to.x() >= from.maxX() + 8) {
            double midX = (from.maxX() + to.x()) / 2;
            points = new double[] {from.maxX(), from.centerY(), midX, from.centerY(), midX, to.centerY(), to.x(), to.centerY()};
        } else if (to.maxX() <= from.x() - 8) {
            double midX = (from.x() + to.maxX()) / 2;
            points = new double[] {from.x(), from.centerY(), midX, from.centerY(), midX, to.centerY(), to.maxX(), to.centerY()};
        } else {
            return null;
        }
        points = simplify(points);
        return clear(points, link) ? points : null;
    }

    // ---- around the side -------------------------------------------------------------------------

    /** A group of side edges sharing one channel: same target, side and kind. */
    private static final class Bus {
        final int side;
        final List<Integer> members = new ArrayList<>();
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double x;

        Bus(int side) {
            this.side = side;
        }
    }

    private void routeAside(List<Link> links, double[] exits, List<Integer> aside, double[][] routes) {
        if (aside.isEmpty()) {
            return;
        }
        // Counted in arrays by place (obstacle id or marker) and side, not in maps: hundreds of error
        // paths may go round in one scope.
        int places = index.size() + 2;
        Bus[] busOf = new Bus[places * 4];
        List<Bus> ordered = new ArrayList<>();
        for (int i : aside) {
            Link link = links.get(i);
            int side = sideOf(link);
            int key = key(link.to(), side, places) * 2 + (link.error() ? 1 : 0);
            Bus bus = busOf[key];
            if (bus == null) {
                bus = new Bus(side);
                busOf[key] = bus;
                ordered.add(bus);
            }
            bus.members.add(i);
            bus.top = Math.min(bus.top, Math.min(link.from().box().y(), link.to().box().y()) - 2 * RUN);
            bus.bottom = Math.max(bus.bottom, Math.max(link.from().box().maxY(), link.to().box().maxY()) + 2 * RUN);
        }
        ordered.sort(Comparator.comparingDouble((Bus bus) -> bus.top).thenComparingDouble(bus -> bus.bottom));
        for (Bus bus : ordered) {
            bus.x = channel(bus.side, bus.top, bus.bottom, links, bus.members);
        }
        // Slots: side exits of one source, and entries of one target, are set apart vertically.
        int[] exitCount = new int[places * 2];
        int[] exitSlot = new int[links.size()];
        for (Bus bus : ordered) {
            for (int i : bus.members) {
                exitSlot[i] = exitCount[key(links.get(i).from(), bus.side, places)]++;
            }
        }
        int[] entryCount = new int[places * 2];
        for (Bus bus : ordered) {
            int entrySlot = entryCount[key(links.get(bus.members.get(0)).to(), bus.side, places)]++;
            for (int i : bus.members) {
                Link link = links.get(i);
                int exitTotal = exitCount[key(link.from(), bus.side, places)];
                double exitOffset = (exitSlot[i] - (exitTotal - 1) / 2.0) * 10;
                routes[i] = aroundSide(link, bus, exits[i], exitOffset, entrySlot * 10.0);
            }
        }
    }

    /** @return a number for an end (a box or a marker) and a side, below {@code 2 * places} */
    private static int key(End end, int side, int places) {
        return slot(end, places - 2) * 2 + (side > 0 ? 1 : 0);
    }

    private static int sideOf(Link link) {
        if (link.error() || !downward(link)) {
            return 1;
        }
        return link.to().box().centerX() >= link.from().box().centerX() ? 1 : -1;
    }

    /** @return the x of a channel beyond every box of the band, apart from channels already in use */
    private double channel(int side, double top, double bottom, List<Link> links, List<Integer> members) {
        double[] extreme = {side > 0 ? -Double.MAX_VALUE : Double.MAX_VALUE};
        for (int i : members) {
            Bounds from = links.get(i).from().box();
            Bounds to = links.get(i).to().box();
            extreme[0] = side > 0 ? Math.max(extreme[0], Math.max(from.maxX(), to.maxX()))
                    : Math.min(extreme[0], Math.min(from.x(), to.x()));
        }
        index.query(leftmost, top, rightmost, bottom, (id, box) -> {
            if (box.maxY() > top && box.y() < bottom) {
                extreme[0] = side > 0 ? Math.max(extreme[0], box.maxX()) : Math.min(extreme[0], box.x());
            }
            return true;
        });
        double x = extreme[0] + side * gap;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] used : channels) {
                if (used[0] == side && used[2] < bottom && used[3] > top && Math.abs(used[1] - x) < step - 0.01) {
                    x = side > 0 ? Math.max(x, used[1] + step) : Math.min(x, used[1] - step);
                    moved = true;
                }
            }
        }
        channels.add(new double[] {side, x, top, bottom});
        return x;
    }

    /** @return the route out of the source, along the bus's channel and into the target */
    private double[] aroundSide(Link link, Bus bus, double bottomExit, double exitOffset, double entryOffset) {
        int side = bus.side;
        boolean forward = !link.error() && downward(link);
        double x = bus.x;
        double[] best = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            double channel = x;
            double[] out = forward
                    ? clearOr(link, bottomExit(link, channel, bottomExit), () -> sideExit(link, side, channel, exitOffset))
                    : clearOr(link, sideExit(link, side, channel, exitOffset),
                            () -> bottomExit(link, channel, cornerX(link.from().box(), side)));
            double[] in = forward
                    ? clearOr(link, topEntry(link, side, channel), () -> sideEntry(link, side, channel, entryOffset))
                    : clearOr(link, sideEntry(link, side, channel, entryOffset), () -> topEntry(link, side, channel));
            double[] points = join(out, in);
            if (best == null) {
                best = points;
            }
            // The channel stands beyond every box of the bus's band: within it, it is clear by construction.
            double y0 = out[out.length - 1];
            double y1 = in[1];
            if (attempt == 0 && Math.min(y0, y1) >= bus.top && Math.max(y0, y1) <= bus.bottom) {
                return points;
            }
            int hit = index.firstHit(channel, y0, channel, y1, MARGIN, link.from().obstacle(), link.to().obstacle());
            if (hit < 0) {
                return points;
            }
            Bounds blocker = index.box(hit);
            // Move the channel beyond what blocks it.
            double beyond = side > 0 ? blocker.maxX() + gap : blocker.x() - gap;
            if (side > 0 ? beyond <= x : beyond >= x) {
                break;
            }
            x = beyond;
        }
        return best;
    }

    /** @return {@code preferred} when it is clear or {@code other} is not, else {@code other} */
    private double[] clearOr(Link link, double[] preferred, java.util.function.Supplier<double[]> other) {
        if (firstHit(preferred, link) < 0) {
            return preferred;
        }
        double[] second = other.get();
        return firstHit(second, link) < 0 ? second : preferred;
    }

    private static double cornerX(Bounds box, int side) {
        return side > 0 ? box.maxX() - STUB : box.x() + STUB;
    }

    /** From the source's side, straight out to the channel. */
    private static double[] sideExit(Link link, int side, double channel, double offset) {
        Bounds from = link.from().box();
        // A little under the middle, and a way in a little over it: a loop onto itself stays visible.
        double y = from.centerY() + offset + (from.height() > 30 ? 6 : 0);
        return new double[] {side > 0 ? from.maxX() : from.x(), y, channel, y};
    }

    /** From the source's bottom down into the gap under it (under what stands right below, if need be), then across. */
    private double[] bottomExit(Link link, double channel, double x0) {
        Bounds from = link.from().box();
        double y = from.maxY() + STUB;
        double[] points = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            points = new double[] {x0, from.maxY(), x0, y, channel, y};
            int hit = firstHit(points, link);
            if (hit < 0 || index.box(hit).maxY() + STUB <= y) {
                return points;
            }
            y = index.box(hit).maxY() + STUB;
        }
        return points;
    }

    /** From the channel straight into the target's side. */
    private static double[] sideEntry(Link link, int side, double channel, double offset) {
        Bounds to = link.to().box();
        double y = to.centerY() + (to.height() > 30 ? offset - 6 : 0);
        return new double[] {channel, y, side > 0 ? to.maxX() : to.x(), y};
    }

    /** From the channel across the gap over the target (over what stands right above, if need be), then down into its top. */
    private double[] topEntry(Link link, int side, double channel) {
        Bounds to = link.to().box();
        double x1 = to.width() < 40 ? to.centerX() : cornerX(to, side);
        double y = to.y() - STUB;
        double[] points = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            points = new double[] {channel, y, x1, y, x1, to.y()};
            int hit = firstHit(points, link);
            if (hit < 0 || index.box(hit).y() - STUB >= y) {
                return points;
            }
            y = index.box(hit).y() - STUB;
        }
        return points;
    }

    /** @return the way out, the channel, and the way in, as one polyline */
    private static double[] join(double[] out, double[] in) {
        double[] points = new double[out.length + in.length];
        System.arraycopy(out, 0, points, 0, out.length);
        System.arraycopy(in, 0, points, out.length, in.length);
        return simplify(points);
    }

    // ---- checks ----------------------------------------------------------------------------------

    private boolean clear(double[] points, Link link) {
        return firstHit(points, link) < 0;
    }

    /** @return the first box (not the link's own ends) a segment passes through, or -1 */
    private int firstHit(double[] points, Link link) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            int hit = index.firstHit(points[i], points[i + 1], points[i + 2], points[i + 3], MARGIN,
                    link.from().obstacle(), link.to().obstacle());
            if (hit >= 0) {
                return hit;
            }
        }
        return -1;
    }

    /** @return the points without zero-length segments, and without a middle point on a straight line */
    static double[] simplify(double[] points) {
        double[] kept = new double[points.length];
        int n = 0;
        for (int i = 0; i < points.length; i += 2) {
            double x = points[i];
            double y = points[i + 1];
            if (n >= 2 && Math.abs(kept[n - 2] - x) < 0.01 && Math.abs(kept[n - 1] - y) < 0.01) {
                continue;
            }
            if (n >= 4) {
                boolean vertical = Math.abs(kept[n - 4] - kept[n - 2]) < 0.01 && Math.abs(kept[n - 2] - x) < 0.01;
                boolean horizontal = Math.abs(kept[n - 3] - kept[n - 1]) < 0.01 && Math.abs(kept[n - 1] - y) < 0.01;
                boolean sameWay = vertical ? (kept[n - 1] - kept[n - 3]) * (y - kept[n - 1]) > 0
                        : horizontal && (kept[n - 2] - kept[n - 4]) * (x - kept[n - 2]) > 0;
                if ((vertical || horizontal) && sameWay) {
                    n -= 2; // the middle point lies on a straight run
                }
            }
            kept[n++] = x;
            kept[n++] = y;
        }
        return java.util.Arrays.copyOf(kept, n);
    }
}
