package dev.loveless.app.designer.canvas;

import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.app.designer.ScopeDrag;
import dev.loveless.exporters.diagram.DiagramPainter;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.EdgeShape;
import dev.loveless.model.diagram.DiagramGeometry.StateShape;
import dev.loveless.model.diagram.Sizes;
import dev.loveless.model.edit.EditRules;
import dev.loveless.model.edit.StateKind;
import javafx.animation.AnimationTimer;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

import java.util.function.BiConsumer;

/**
 * The diagram view: draws the view model's geometry through the shared {@link DiagramPainter}
 * (only what is visible, once per pulse when something changed) and turns gestures into view
 * model calls: select (click, shift-click, shift-drag rubber band), move (drag, one undo step),
 * connect (drag from a state's handle), reconnect (drag a selected arrow's head), rename in place
 * (double-click), zoom (wheel, pinch) and pan (drag on empty space, scroll bars), drop from the
 * palette into the workflow or a lane, and move states into another lane or out of their container
 * by dragging them there (the lane that would take them is highlighted while they may go in).
 */
public final class DiagramCanvas extends BorderPane {

    /** Drag-and-drop content of a palette entry: this prefix and the {@link StateKind} name. */
    public static final String DRAG_PREFIX = "loveless-state:";

    private enum Mode { NONE, MOVE, CONNECT, RECONNECT, RUBBER, PAN }

    private static final double HANDLE = 7;

    private final EditorViewModel model;
    private final Viewport viewport = new Viewport();
    private final Canvas canvas = new Canvas(800, 600);
    private final Pane surface = new Pane(canvas);
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Minimap minimap;
    private final TextField renameField = new TextField();
    private Theme theme = Theme.LIGHT;
    /** Kept from frame to frame with their caches (fonts, text widths, shortened names); a new theme, a new painter. */
    private FxSurface fxSurface;
    private DiagramPainter painter;
    private final CanvasGrid grid = new CanvasGrid();
    private boolean needsDraw = true;
    /**
     * Draws at the next pulse when asked, then stops: a timer left running would keep JavaFX
     * pulsing sixty times a second in an idle window.
     */
    private final AnimationTimer drawer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (needsDraw) {
                needsDraw = false;
                draw();
            }
            if (!needsDraw) {
                stop();
            }
        }
    };
    private boolean syncingBars;
    private long lastFrameNanos;

    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private StateShape hovered;
    private StatePath connectFrom;
    private EdgeShape reconnecting;
    private StatePath renaming;
    private BiConsumer<MouseEvent, Object> contextMenuHandler = (event, target) -> { };
    private CanvasOverlay overlay;

    public DiagramCanvas(EditorViewModel model) {
        this.model = model;
        this.minimap = new Minimap(model, viewport);
        getStyleClass().add("diagram-canvas");
        surface.setMinSize(0, 0);
        // The rename field joins the surface when first used: styling and skinning a text field
        // would otherwise be part of the window's first frame.
        surface.getChildren().add(minimap);
        surface.setFocusTraversable(true);
        canvas.widthProperty().bind(surface.widthProperty());
        canvas.heightProperty().bind(surface.heightProperty());
        viewport.widthProperty().bind(surface.widthProperty());
        viewport.heightProperty().bind(surface.heightProperty());
        minimap.layoutXProperty().bind(surface.widthProperty().subtract(minimap.widthProperty()).subtract(14));
        minimap.layoutYProperty().bind(surface.heightProperty().subtract(minimap.heightProperty()).subtract(14));
        renameField.setVisible(false);
        renameField.getStyleClass().add("rename-field");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        setCenter(surface);
        setBottom(horizontal);
        setRight(vertical);

        model.geometryProperty().addListener((o, a, b) -> {
            // The hovered shape belongs to the old geometry: follow its state into the new one.
            hovered = hovered == null || b == null ? null : b.state(hovered.path());
            requestDraw();
        });
        model.selection().addListener((SetChangeListener<StatePath>) c -> requestDraw());
        model.selectedEdgeProperty().addListener((o, a, b) -> requestDraw());
        model.dropTargetProperty().addListener((o, a, b) -> requestDraw());
        viewport.zoomProperty().addListener((o, a, b) -> requestDraw());
        viewport.offsetXProperty().addListener((o, a, b) -> requestDraw());
        viewport.offsetYProperty().addListener((o, a, b) -> requestDraw());
        canvas.widthProperty().addListener((o, a, b) -> requestDraw());
        canvas.heightProperty().addListener((o, a, b) -> requestDraw());
        horizontal.valueProperty().addListener((o, a, b) -> scrolled());
        vertical.valueProperty().addListener((o, a, b) -> scrolled());

        surface.setOnMousePressed(this::pressed);
        surface.setOnMouseDragged(this::dragged);
        surface.setOnMouseReleased(this::released);
        surface.setOnMouseMoved(this::moved);
        surface.setOnMouseClicked(this::clicked);
        surface.setOnScroll(event -> {
            if (event.getDeltaY() != 0) {
                viewport.zoomAt(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
            }
            event.consume();
        });
        surface.setOnZoom(event -> viewport.zoomAt(event.getZoomFactor(), event.getX(), event.getY()));
        surface.setOnKeyPressed(event -> {
            double step = event.isShiftDown() ? 1 : 10;
            switch (event.getCode()) {
                case LEFT: model.moveSelection(-step, 0); event.consume(); break;
                case RIGHT: model.moveSelection(step, 0); event.consume(); break;
                case UP: model.moveSelection(0, -step); event.consume(); break;
                case DOWN: model.moveSelection(0, step); event.consume(); break;
                default: break;
            }
        });
        surface.setOnKeyReleased(event -> {
            if (event.getCode().isArrowKey()) {
                model.endGesture();
            }
        });
        surface.setOnDragOver(event -> {
            if (event.getDragboard().hasString() && event.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        surface.setOnDragDropped(event -> {
            String content = event.getDragboard().getString();
            boolean done = false;
            if (content != null && content.startsWith(DRAG_PREFIX)) {
                StateKind kind = StateKind.valueOf(content.substring(DRAG_PREFIX.length()));
                done = model.addState(kind, viewport.toDiagramX(event.getX()), viewport.toDiagramY(event.getY())) != null;
                surface.requestFocus();
            }
            event.setDropCompleted(done);
            event.consume();
        });
        renameField.setOnAction(event -> commitRename());
        renameField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelRename();
                event.consume();
            }
        });
        renameField.focusedProperty().addListener((o, was, is) -> {
            if (!is && renaming != null) {
                commitRename();
            }
        });

        drawer.start();
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The node that takes keyboard focus for the diagram. */
    public Pane surface() {
        return surface;
    }

    public void setTheme(Theme newTheme) {
        theme = newTheme;
        painter = null;
        minimap.setTheme(newTheme);
        requestDraw();
    }

    /** Called with the event and the state or edge under it (or {@code null}) for a context menu. */
    public void setOnContextMenu(BiConsumer<MouseEvent, Object> handler) {
        contextMenuHandler = handler;
    }

    /** Sets what is drawn over the diagram (an execution's path), or {@code null} for nothing; redraws. */
    public void setOverlay(CanvasOverlay newOverlay) {
        overlay = newOverlay;
        requestDraw();
    }

    /** @return how long the last frame took to draw, in nanoseconds */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    /** Draws the canvas again at the next pulse (requests from one pulse are drawn once). Call on the JavaFX thread. */
    public void requestDraw() {
        needsDraw = true;
        drawer.start();
    }

    /** Shows the whole diagram; a tall one is shown from its top at a readable zoom. */
    public void fitAll() {
        DiagramGeometry geometry = model.geometry();
        if (geometry == null) {
            return;
        }
        Bounds total = geometry.total().inflated(24);
        double fitZoom = Math.min(viewport.widthProperty().get() / total.width(), viewport.heightProperty().get() / total.height());
        if (fitZoom < 0.38) {
            viewport.zoomProperty().set(Math.max(0.45, Math.min(1, viewport.widthProperty().get() / total.width())));
            viewport.showTop(total, 24);
        } else {
            viewport.fit(total, 1);
        }
    }

    /** Shows the selected states. */
    public void zoomToSelection() {
        Bounds union = null;
        for (StatePath path : model.selection()) {
            StateShape shape = model.geometry().state(path);
            if (shape != null) {
                union = union == null ? shape.frame() : union.union(shape.frame());
            }
        }
        if (union != null) {
            viewport.fit(union.inflated(40), 1.5);
        }
    }

    /** Brings a state into view without changing the zoom. */
    public void reveal(StatePath path) {
        StateShape shape = model.geometry().state(path);
        if (shape != null) {
            viewport.centreOn(shape.frame().centerX(), shape.frame().centerY());
        }
    }

    /** Starts renaming the single selected state in place. */
    public void startRename() {
        StatePath path = model.singleSelection();
        StateShape shape = path == null ? null : model.geometry().state(path);
        if (shape == null) {
            return;
        }
        reveal(path);
        draw();
        renaming = path;
        Bounds f = shape.frame();
        double zoom = viewport.zoom();
        if (renameField.getParent() == null) {
            surface.getChildren().add(surface.getChildren().indexOf(minimap), renameField);
            // Styled and skinned now, not at the next pulse: a text field takes keys through its
            // skin, and the first keys typed after F2 must not be lost.
            renameField.applyCss();
        }
        renameField.setText(path.name());
        renameField.resizeRelocate(viewport.toScreenX(f.x() + 54) , viewport.toScreenY(f.y() + 10),
                Math.max(160, (f.width() - 64) * zoom), 28);
        renameField.setVisible(true);
        renameField.requestFocus();
        renameField.selectAll();
    }

    /** @return whether an in-place rename is open */
    public boolean isRenaming() {
        return renaming != null;
    }

    private void commitRename() {
        StatePath path = renaming;
        if (path == null) {
            return;
        }
        String problem = model.rename(path, renameField.getText().strip());
        if (problem != null) {
            renameField.requestFocus();
            return;
        }
        renaming = null;
        renameField.setVisible(false);
        surface.requestFocus();
    }

    private void cancelRename() {
        renaming = null;
        renameField.setVisible(false);
        surface.requestFocus();
    }

    // ---- drawing ---------------------------------------------------------------------------------

    private void draw() {
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setTransform(1, 0, 0, 1, 0, 0);
        double zoom = viewport.zoom();
        grid.draw(g, w, h, zoom, viewport.offsetXProperty().get(), viewport.offsetYProperty().get(), theme);
        DiagramGeometry geometry = model.geometry();
        if (geometry == null) {
            return;
        }
        g.setTransform(zoom, 0, 0, zoom, viewport.offsetXProperty().get(), viewport.offsetYProperty().get());
        DiagramPainter.Highlights highlights = new DiagramPainter.Highlights(model.selection(), model.problemCounts(),
                model.selectedEdgeProperty().get());
        if (fxSurface == null) {
            fxSurface = new FxSurface(g);
        }
        if (painter == null) {
            painter = new DiagramPainter(fxSurface, theme);
        }
        fxSurface.setScale(zoom);
        painter.paint(geometry, viewport.visible(), zoom, highlights);
        if (overlay != null) {
            overlay.paint(g, geometry, zoom);
        }
        drawOverlay(g, zoom);
        g.setTransform(1, 0, 0, 1, 0, 0);
        syncScrollBars(geometry.total());
        minimap.requestDraw();
        lastFrameNanos = System.nanoTime() - start;
    }

    private void drawOverlay(GraphicsContext g, double zoom) {
        Color accent = Color.web(String.format("#%06x", theme.selection() & 0xFFFFFF));
        StateShape handleOwner = handleOwner();
        if (handleOwner != null && zoom >= DiagramPainter.DETAIL_ZOOM) {
            double[] h = handleOf(handleOwner);
            g.setFill(accent);
            g.fillOval(h[0] - HANDLE, h[1] - HANDLE, 2 * HANDLE, 2 * HANDLE);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            g.setLineDashes((double[]) null);
            g.strokeLine(h[0] - 3.5, h[1], h[0] + 3.5, h[1]);
            g.strokeLine(h[0], h[1] - 3.5, h[0], h[1] + 3.5);
        }
        EdgeShape edge = model.selectedEdgeProperty().get();
        if (edge != null && edge.target() != null && mode != Mode.RECONNECT) {
            int n = edge.pointCount() - 1;
            g.setFill(Color.WHITE);
            g.setStroke(accent);
            g.setLineWidth(2);
            g.fillOval(edge.x(n) - 5, edge.y(n) - 5, 10, 10);
            g.strokeOval(edge.x(n) - 5, edge.y(n) - 5, 10, 10);
        }
        if (mode == Mode.CONNECT || mode == Mode.RECONNECT) {
            double x0;
            double y0;
            if (mode == Mode.CONNECT) {
                double[] h = handleOf(model.geometry().state(connectFrom));
                x0 = h[0];
                y0 = h[1];
            } else {
                x0 = reconnecting.x(0);
                y0 = reconnecting.y(0);
            }
            g.setStroke(accent);
            g.setLineWidth(2 / zoom);
            g.setLineDashes(6 / zoom, 4 / zoom);
            g.strokeLine(x0, y0, viewport.toDiagramX(lastX), viewport.toDiagramY(lastY));
            g.setLineDashes((double[]) null);
            if (hovered != null) {
                Bounds f = hovered.frame();
                g.strokeRoundRect(f.x() - 4, f.y() - 4, f.width() + 8, f.height() + 8, 26, 26);
            }
        }
        if (mode == Mode.MOVE) {
            drawDropTarget(g, zoom, accent);
        }
        if (mode == Mode.RUBBER) {
            Bounds band = band();
            g.setFill(accent.deriveColor(0, 1, 1, 0.12));
            g.fillRect(band.x(), band.y(), band.width(), band.height());
            g.setStroke(accent);
            g.setLineWidth(1 / zoom);
            g.strokeRect(band.x(), band.y(), band.width(), band.height());
        }
    }

    /** Highlights the branch or item steps the dragged states would move into, when they may. */
    private void drawDropTarget(GraphicsContext g, double zoom, Color accent) {
        ScopeDrag.Target target = model.dropTargetProperty().get();
        if (target == null || !target.allowed()) {
            return;
        }
        ScopeDrag.frameOf(model.geometry(), target).ifPresent(lane -> {
            Bounds f = lane.inflated(4);
            g.setFill(accent.deriveColor(0, 1, 1, 0.10));
            g.fillRoundRect(f.x(), f.y(), f.width(), f.height(), 18, 18);
            g.setStroke(accent);
            g.setLineWidth(3 / zoom);
            g.setLineDashes((double[]) null);
            g.strokeRoundRect(f.x(), f.y(), f.width(), f.height(), 18, 18);
        });
    }

    /** @return the state showing a connection handle: the hovered one, else the single selected one */
    private StateShape handleOwner() {
        StateShape owner = hovered;
        if (owner == null && model.singleSelection() != null) {
            owner = model.geometry().state(model.singleSelection());
        }
        if (owner == null || EditRules.whyNoTransitionFrom(model.document(), owner.path()) != null) {
            return null;
        }
        return owner;
    }

    /** @return whether a diagram point lies on a state's connection handle */
    private boolean onHandle(StateShape shape, double x, double y) {
        double[] h = handleOf(shape);
        return Math.hypot(x - h[0], y - h[1]) <= HANDLE / Math.min(1, viewport.zoom()) + 2;
    }

    private static double[] handleOf(StateShape shape) {
        Bounds f = shape.frame();
        double y = shape.container() ? f.y() + Sizes.HEADER_HEIGHT / 2 : f.centerY();
        return new double[] {f.maxX(), y};
    }

    private Bounds band() {
        double x0 = viewport.toDiagramX(Math.min(pressX, lastX));
        double y0 = viewport.toDiagramY(Math.min(pressY, lastY));
        return new Bounds(x0, y0, Math.abs(lastX - pressX) / viewport.zoom(), Math.abs(lastY - pressY) / viewport.zoom());
    }

    // ---- scroll bars -----------------------------------------------------------------------------

    private void syncScrollBars(Bounds total) {
        syncingBars = true;
        Bounds visible = viewport.visible();
        Bounds range = total.inflated(200).union(visible);
        horizontal.setMin(range.x());
        horizontal.setMax(Math.max(range.x(), range.maxX() - visible.width()));
        horizontal.setVisibleAmount(visible.width());
        horizontal.setValue(visible.x());
        vertical.setMin(range.y());
        vertical.setMax(Math.max(range.y(), range.maxY() - visible.height()));
        vertical.setVisibleAmount(visible.height());
        vertical.setValue(visible.y());
        syncingBars = false;
    }

    private void scrolled() {
        if (syncingBars) {
            return;
        }
        viewport.offsetXProperty().set(-horizontal.getValue() * viewport.zoom());
        viewport.offsetYProperty().set(-vertical.getValue() * viewport.zoom());
    }

    // ---- gestures --------------------------------------------------------------------------------

    private double dx(MouseEvent e) {
        return viewport.toDiagramX(e.getX());
    }

    private double dy(MouseEvent e) {
        return viewport.toDiagramY(e.getY());
    }

    private void pressed(MouseEvent event) {
        surface.requestFocus();
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
        dragged = false;
        mode = Mode.NONE;
        if (event.getButton() == MouseButton.MIDDLE) {
            mode = Mode.PAN;
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double x = dx(event);
        double y = dy(event);
        double tolerance = 8 / viewport.zoom();
        StateShape owner = handleOwner();
        if (owner != null && onHandle(owner, x, y)) {
            mode = Mode.CONNECT;
            connectFrom = owner.path();
            return;
        }
        EdgeShape selectedEdge = model.selectedEdgeProperty().get();
        if (selectedEdge != null && selectedEdge.target() != null) {
            int n = selectedEdge.pointCount() - 1;
            if (Math.hypot(x - selectedEdge.x(n), y - selectedEdge.y(n)) <= tolerance) {
                mode = Mode.RECONNECT;
                reconnecting = selectedEdge;
                return;
            }
        }
        StateShape shape = model.geometry().stateAt(x, y);
        if (shape != null && shape.container() && y > shape.frame().y() + Sizes.HEADER_HEIGHT) {
            shape = null; // inside a container's lanes, not on its header: empty space
        }
        if (shape != null) {
            if (isToggle(shape, x, y)) {
                model.toggleCollapsed(shape.path());
                return;
            }
            if (event.isShiftDown() || event.isShortcutDown()) {
                model.toggleSelected(shape.path());
            } else if (!model.selection().contains(shape.path())) {
                model.selectOnly(shape.path());
            }
            mode = model.selection().contains(shape.path()) ? Mode.MOVE : Mode.NONE;
            if (mode == Mode.MOVE) {
                model.beginDrag();
            }
            return;
        }
        EdgeShape edge = model.geometry().edgeAt(x, y, tolerance);
        if (edge != null) {
            model.selectEdge(edge);
            return;
        }
        mode = event.isShiftDown() ? Mode.RUBBER : Mode.PAN;
    }

    private boolean isToggle(StateShape shape, double x, double y) {
        if (!shape.container() && !shape.collapsed()) {
            return false;
        }
        Bounds f = shape.frame();
        return shape.container() && x >= f.maxX() - 30 && x <= f.maxX() - 6 && y >= f.y() + 6 && y <= f.y() + 30;
    }

    private void dragged(MouseEvent event) {
        double ex = event.getX();
        double ey = event.getY();
        if (!dragged && Math.hypot(ex - pressX, ey - pressY) < 3) {
            return;
        }
        dragged = true;
        switch (mode) {
            case MOVE:
                model.moveSelection((ex - lastX) / viewport.zoom(), (ey - lastY) / viewport.zoom());
                model.dragOver(dx(event), dy(event));
                break;
            case PAN:
                viewport.panBy(ex - lastX, ey - lastY);
                break;
            case CONNECT:
            case RECONNECT:
                hovered = model.geometry().stateAt(dx(event), dy(event));
                requestDraw();
                break;
            case RUBBER:
                requestDraw();
                break;
            default:
                break;
        }
        lastX = ex;
        lastY = ey;
    }

    private void released(MouseEvent event) {
        Mode was = mode;
        mode = Mode.NONE;
        switch (was) {
            case MOVE:
                model.endDrag();
                break;
            case CONNECT: {
                StateShape target = model.geometry().stateAt(dx(event), dy(event));
                if (target != null && dragged) {
                    EditRules.Verdict verdict = model.connect(connectFrom, target.path());
                    if (verdict.allowed() && verdict.ambiguous()) {
                        ask(verdict, connectFrom, target.path(), event);
                    }
                }
                break;
            }
            case RECONNECT: {
                StateShape target = model.geometry().stateAt(dx(event), dy(event));
                if (target != null) {
                    model.reconnect(reconnecting, target.path());
                }
                reconnecting = null;
                break;
            }
            case RUBBER:
                model.selectWithin(band(), event.isShortcutDown());
                break;
            case PAN:
                if (!dragged) {
                    model.selectOnly(null);
                }
                break;
            default:
                break;
        }
        requestDraw();
    }

    private void ask(EditRules.Verdict verdict, StatePath source, StatePath target, MouseEvent event) {
        ContextMenu menu = new ContextMenu();
        for (EditRules.Connection option : verdict.options()) {
            MenuItem item = new MenuItem(option.label());
            item.setOnAction(e -> model.connect(source, target, option));
            menu.getItems().add(item);
        }
        menu.show(surface, event.getScreenX(), event.getScreenY());
    }

    private void moved(MouseEvent event) {
        StateShape shape = model.geometry() == null ? null : model.geometry().stateAt(dx(event), dy(event));
        StateShape owner = handleOwner();
        if (owner != null && onHandle(owner, dx(event), dy(event))) {
            // The handle sticks out of its box: on it, the state keeps its handle (and a nested
            // state does not hand the hover over to the container around it).
            shape = owner;
        }
        if (shape != hovered) {
            hovered = shape;
            requestDraw();
        }
        lastX = event.getX();
        lastY = event.getY();
    }

    private void clicked(MouseEvent event) {
        double x = dx(event);
        double y = dy(event);
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            StateShape shape = model.geometry().stateAt(x, y);
            if (shape != null) {
                model.selectOnly(shape.path());
                startRename();
            }
            return;
        }
        if (event.getButton() == MouseButton.SECONDARY) {
            StateShape shape = model.geometry().stateAt(x, y);
            Object target = shape;
            if (shape != null) {
                if (!model.selection().contains(shape.path())) {
                    model.selectOnly(shape.path());
                }
            } else {
                EdgeShape edge = model.geometry().edgeAt(x, y, 8 / viewport.zoom());
                if (edge != null) {
                    model.selectEdge(edge);
                }
                target = edge;
            }
            contextMenuHandler.accept(event, target);
        }
    }

    /** @return the diagram point at the centre of the view */
    public double[] centre() {
        Bounds visible = viewport.visible();
        return new double[] {visible.centerX(), visible.centerY()};
    }
}
