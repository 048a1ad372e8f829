package dev.loveless.model.diagram;

import java.util.Arrays;

/**
 * A uniform-grid spatial index over rectangles, for the questions edge routing and label placement
 * ask thousands of times per diagram: which boxes does this segment pass through, how much of this
 * label lies on boxes. Rectangles are added with an id (their order of addition, from 0) and may be
 * added after construction (placed labels). Queries visit each rectangle at most once and in the
 * order of addition within a cell walk, so results do not depend on hashing.
 *
 * <p>The grid covers {@code extent}; rectangles outside it fall in the border cells, so the index is
 * correct for any rectangle, only slower for those far outside.
 */
final class BoxIndex {

    /** Visits the rectangles a query finds; returns {@code false} to stop the query. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(int id, Bounds box);
    }

    private static final double CELL = 160;
    private static final int MAX_CELLS = 1 << 16;

    private final double originX;
    private final double originY;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    private final int[][] cells;
    private final int[] cellSizes;
    private Bounds[] boxes;
    private int size;
    private int[] seen;
    private int stamp;
    private final int cellCapacity;

    /**
     * @param extent   where most rectangles lie (the grid's cells cover it)
     * @param capacity how many rectangles are expected (more may be added)
     */
    BoxIndex(Bounds extent, int capacity) {
        this.boxes = new Bounds[Math.max(4, capacity)];
        this.seen = new int[boxes.length];
        double width = Math.max(extent.width(), 1);
        double height = Math.max(extent.height(), 1);
        int wantedColumns = (int) Math.max(1, Math.ceil(width / CELL));
        int wantedRows = (int) Math.max(1, Math.ceil(height / CELL));
        // Keep the grid bounded for huge, sparse extents: cells then grow instead.
        double shrink = Math.sqrt(Math.max(1, (double) wantedColumns * wantedRows / MAX_CELLS));
        this.columns = Math.max(1, (int) (wantedColumns / shrink));
        this.rows = Math.max(1, (int) (wantedRows / shrink));
        this.originX = extent.x();
        this.originY = extent.y();
        this.cellWidth = width / columns;
        this.cellHeight = height / rows;
        this.cells = new int[columns * rows][];
        this.cellSizes = new int[columns * rows];
        this.cellCapacity = Math.max(4, (int) Math.ceil(2.0 * capacity / (columns * rows)));
    }

    /** @return the id of the added rectangle */
    int add(Bounds box) {
        if (size == boxes.length) {
            boxes = Arrays.copyOf(boxes, size * 2);
            seen = Arrays.copyOf(seen, size * 2);
        }
        int id = size++;
        boxes[id] = box;
        int c0 = column(box.x());
        int c1 = column(box.maxX());
        int r0 = row(box.y());
        int r1 = row(box.maxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                int[] members = cells[cell];
                if (members == null) {
                    members = new int[cellCapacity];
                    cells[cell] = members;
                } else if (cellSizes[cell] == members.length) {
                    members = Arrays.copyOf(members, members.length * 2);
                    cells[cell] = members;
                }
                members[cellSizes[cell]++] = id;
            }
        }
        return id;
    }

    /** @return how many rectangles were added */
    int size() {
        return size;
    }

    Bounds box(int id) {
        return boxes[id];
    }

    /**
     * Visits every rectangle whose cells meet the region {@code [x0, x1] x [y0, y1]} (a superset
     * of those that overlap it: the visitor checks), each once.
     */
    void query(double x0, double y0, double x1, double y1, Visitor visitor) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        int c0 = column(Math.min(x0, x1));
        int c1 = column(Math.max(x0, x1));
        int r0 = row(Math.min(y0, y1));
        int r1 = row(Math.max(y0, y1));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                int[] members = cells[cell];
                for (int i = 0, n = cellSizes[cell]; i < n; i++) {
                    int id = members[i];
                    if (seen[id] != stamp) {
                        seen[id] = stamp;
                        if (!visitor.visit(id, boxes[id])) {
                            return;
                        }
                    }
                }
            }
        }
    }

    /**
     * @return the first rectangle (other than {@code skipA} and {@code skipB}) whose interior, grown
     *         by {@code margin}, the axis-parallel segment passes through, or -1 when it passes none
     */
    int firstHit(double x0, double y0, double x1, double y1, double margin, int skipA, int skipB) {
        // Written out rather than through query(): it runs for every segment of every route.
        double minX = Math.min(x0, x1);
        double maxX = Math.max(x0, x1);
        double minY = Math.min(y0, y1);
        double maxY = Math.max(y0, y1);
        int c0 = column(minX - margin);
        int c1 = column(maxX + margin);
        int r0 = row(minY - margin);
        int r1 = row(maxY + margin);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                int[] members = cells[cell];
                for (int i = 0, n = cellSizes[cell]; i < n; i++) {
                    int id = members[i];
                    Bounds box = boxes[id];
                    if (id != skipA && id != skipB && minX < box.maxX() + margin && maxX > box.x() - margin
                            && minY < box.maxY() + margin && maxY > box.y() - margin) {
                        return id;
                    }
                }
            }
        }
        return -1;
    }

    /** @return the area of {@code region} covered by rectangles (overlaps counted once per rectangle) */
    double coveredArea(Bounds region) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        double area = 0;
        int c0 = column(region.x());
        int c1 = column(region.maxX());
        int r0 = row(region.y());
        int r1 = row(region.maxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                int[] members = cells[cell];
                for (int i = 0, n = cellSizes[cell]; i < n; i++) {
                    int id = members[i];
                    if (seen[id] == stamp) {
                        continue;
                    }
                    seen[id] = stamp;
                    Bounds box = boxes[id];
                    double w = Math.min(region.maxX(), box.maxX()) - Math.max(region.x(), box.x());
                    double h = Math.min(region.maxY(), box.maxY()) - Math.max(region.y(), box.y());
                    if (w > 0 && h > 0) {
                        area += w * h;
                    }
                }
            }
        }
        return area;
    }

    private int column(double x) {
        int c = (int) Math.floor((x - originX) / cellWidth);
        return Math.max(0, Math.min(columns - 1, c));
    }

    private int row(double y) {
        int r = (int) Math.floor((y - originY) / cellHeight);
        return Math.max(0, Math.min(rows - 1, r));
    }
}
