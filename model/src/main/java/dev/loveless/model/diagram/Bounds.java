package dev.loveless.model.diagram;

/**
 * An axis-aligned rectangle on the diagram, in diagram units (one unit is one pixel at 100 % zoom).
 *
 * <p>Invariant: the coordinates are finite and the size is not negative.
 */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bounds must be finite: " + x + ", " + y + ", " + width + ", " + height);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("bounds must not have a negative size: " + width + " x " + height);
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** @return these bounds moved by {@code (dx, dy)} */
    public Bounds translated(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    /** @return these bounds at the same place with another size */
    public Bounds resized(double newWidth, double newHeight) {
        return new Bounds(x, y, newWidth, newHeight);
    }

    /** @return these bounds grown by {@code margin} on every side */
    public Bounds inflated(double margin) {
        return new Bounds(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** @return whether the interiors overlap (touching edges do not count) */
    public boolean overlaps(Bounds other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    /** @return whether {@code other} lies entirely inside these bounds (edges may touch) */
    public boolean contains(Bounds other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** @return whether the point lies inside or on the edge */
    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** @return the smallest bounds holding both */
    public Bounds union(Bounds other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Bounds(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** @return the smallest bounds holding every one given, or {@code null} when none is */
    public static Bounds unionOf(Iterable<Bounds> all) {
        Bounds union = null;
        for (Bounds bounds : all) {
            union = union == null ? bounds : union.union(bounds);
        }
        return union;
    }
}
