package dev.loveless.app.designer.canvas;

import dev.loveless.model.diagram.Bounds;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The canvas's view onto the diagram: zoom and pan, and the size of the area showing it. A screen
 * point is {@code diagram * zoom + offset}. Pure logic over JavaFX properties; no node.
 */
public final class Viewport {

    public static final double MIN_ZOOM = 0.02;
    public static final double MAX_ZOOM = 4;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty offsetX = new SimpleDoubleProperty(this, "offsetX");
    private final DoubleProperty offsetY = new SimpleDoubleProperty(this, "offsetY");
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 800);
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height", 600);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty offsetXProperty() {
        return offsetX;
    }

    public DoubleProperty offsetYProperty() {
        return offsetY;
    }

    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty heightProperty() {
        return height;
    }

    public double zoom() {
        return zoom.get();
    }

    public double toDiagramX(double screenX) {
        return (screenX - offsetX.get()) / zoom.get();
    }

    public double toDiagramY(double screenY) {
        return (screenY - offsetY.get()) / zoom.get();
    }

    public double toScreenX(double diagramX) {
        return diagramX * zoom.get() + offsetX.get();
    }

    public double toScreenY(double diagramY) {
        return diagramY * zoom.get() + offsetY.get();
    }

    /** @return the part of the diagram on screen */
    public Bounds visible() {
        return new Bounds(toDiagramX(0), toDiagramY(0), width.get() / zoom.get(), height.get() / zoom.get());
    }

    /** Pans by a screen distance. */
    public void panBy(double dx, double dy) {
        offsetX.set(offsetX.get() + dx);
        offsetY.set(offsetY.get() + dy);
    }

    /** Zooms by {@code factor}, keeping the diagram point under the screen point {@code (sx, sy)} in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double old = zoom.get();
        double next = clamp(old * factor);
        double dx = toDiagramX(sx);
        double dy = toDiagramY(sy);
        zoom.set(next);
        offsetX.set(sx - dx * next);
        offsetY.set(sy - dy * next);
    }

    /** Zooms about the centre of the view. */
    public void zoomBy(double factor) {
        zoomAt(factor, width.get() / 2, height.get() / 2);
    }

    /** Shows {@code region} whole and centred, at no more than {@code maxZoom}. */
    public void fit(Bounds region, double maxZoom) {
        double margin = 32;
        double fitZoom = Math.min((width.get() - 2 * margin) / Math.max(1, region.width()),
                (height.get() - 2 * margin) / Math.max(1, region.height()));
        zoom.set(clamp(Math.min(maxZoom, fitZoom)));
        centreOn(region.centerX(), region.centerY());
    }

    /** Puts a diagram point at the centre of the view. */
    public void centreOn(double x, double y) {
        offsetX.set(width.get() / 2 - x * zoom.get());
        offsetY.set(height.get() / 2 - y * zoom.get());
    }

    /** Shows {@code region} at the top of the view, centred horizontally, at the current zoom. */
    public void showTop(Bounds region, double margin) {
        offsetX.set(width.get() / 2 - region.centerX() * zoom.get());
        offsetY.set(margin - region.y() * zoom.get());
    }

    private static double clamp(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }
}
