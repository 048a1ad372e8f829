package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.Viewport;
import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry.StateShape;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives one real {@link DesignerWindow} on the (headless, Monocle) primary stage, shared by the
 * tests of a class: puts a known workflow in it at a known place and zoom, and offers the
 * gestures a person makes (clicks, drags, shortcuts) in diagram terms, plus what a person reads
 * back (the title, the Edit menu, the status message, the pixels at a point).
 *
 * <p>The workflow: Receive → Charge (a Lambda task, ends), Notify (a Pass that ends), Done (a
 * Succeed) and "Fan out", a Parallel whose one branch holds Inner. Positions are fixed so that
 * everything is on screen at zoom 1.
 */
final class DesignerDriver {

    static final String WORKFLOW = """
            {
              "Comment": "An order, for the designer's window tests",
              "StartAt": "Receive",
              "States": {
                "Receive": {"Type": "Pass", "Next": "Charge"},
                "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:charge", "End": true},
                "Notify": {"Type": "Pass", "End": true},
                "Done": {"Type": "Succeed"},
                "Fan out": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}
                ]}
              }
            }
            """;

    private static final Map<StatePath, Bounds> POSITIONS = new LinkedHashMap<>();

    static {
        POSITIONS.put(StatePath.of("Receive"), new Bounds(20, 60, 248, 60));
        POSITIONS.put(StatePath.of("Charge"), new Bounds(20, 220, 248, 60));
        POSITIONS.put(StatePath.of("Notify"), new Bounds(300, 60, 248, 60));
        POSITIONS.put(StatePath.of("Done"), new Bounds(300, 220, 248, 60));
        POSITIONS.put(StatePath.of("Fan out"), new Bounds(580, 60, 248, 60));
        POSITIONS.put(StatePath.of("Fan out").child(0, "Inner"), new Bounds(616, 200, 248, 60));
    }

    private final Stage stage;
    private final DesignerWindow window;
    private final FxRobot robot = new FxRobot();

    private DesignerDriver(Stage stage, DesignerWindow window) {
        this.stage = stage;
        this.window = window;
    }

    /** Opens a designer window on the primary stage (replacing whatever it showed). */
    static DesignerDriver open() throws TimeoutException {
        // The whole headless screen (headless.geometry in app/pom.xml): the test workflow's
        // right-most state and its handle stay inside the canvas beside palette and inspector.
        System.setProperty("loveless.width", "1600");
        System.setProperty("loveless.height", "1000");
        Stage stage = FxToolkit.registerPrimaryStage();
        DesignerWindow[] opened = new DesignerWindow[1];
        FxToolkit.setupFixture(() -> opened[0] = DesignerWindow.openTemplate(stage, Templates.blank()));
        WaitForAsyncUtils.waitForFxEvents();
        return new DesignerDriver(stage, opened[0]);
    }

    /** @return the test workflow as a document, with its fixed positions */
    static Document workflow() {
        try {
            return DocumentFiles.documentOf(new AslReader().read(WORKFLOW, Format.JSON).machine(),
                    new Diagram(POSITIONS, Set.of()));
        } catch (AslParseException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Shows {@code document} as if just opened from {@code file} (or new when {@code null}): history
     * empty, clean, nothing selected, zoom 1 with the diagram's origin at the canvas's top left.
     */
    DesignerDriver given(Document document, Path file) {
        onFx(() -> {
            EditorViewModel model = window.model();
            ParsedDefinition read = null;
            model.reload(document, read);
            model.setSource(file, file == null ? "order.asl.json" : null, Format.JSON, read);
            model.messageProperty().set("");
            Viewport viewport = window.canvas().viewport();
            viewport.zoomProperty().set(1);
            viewport.offsetXProperty().set(0);
            viewport.offsetYProperty().set(0);
            // Another window a test opened may have taken the keyboard.
            stage.toFront();
            stage.requestFocus();
            window.canvas().surface().requestFocus();
        });
        return this;
    }

    DesignerDriver given(Document document) {
        return given(document, null);
    }

    DesignerWindow window() {
        return window;
    }

    EditorViewModel model() {
        return window.model();
    }

    Stage stage() {
        return stage;
    }

    FxRobot robot() {
        return robot;
    }

    // ---- reading back ----------------------------------------------------------------------------

    Document document() {
        return model().document();
    }

    State state(StatePath path) {
        return StateTree.resolve(document().machine(), path);
    }

    State state(String name) {
        return state(StatePath.of(name));
    }

    Bounds bounds(String name) {
        return document().diagram().boundsOf(StatePath.of(name));
    }

    Set<StatePath> selection() {
        return fx(() -> Set.copyOf(model().selection()));
    }

    String title() {
        return fx(stage::getTitle);
    }

    String message() {
        return fx(() -> model().messageProperty().get());
    }

    /** @return the text of an item of the window's menu bar, by command id ("undo") */
    String menuText(String command) {
        return fx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> ("menu-" + command).equals(item.getId())).map(MenuItem::getText)
                    .findFirst().orElseThrow(() -> new AssertionError("no menu item for " + command));
        });
    }

    /** @return the colour drawn at a point of the diagram, as ARGB */
    int pixelAt(double x, double y) {
        // The canvas draws on the next pulse after a change: let two pass.
        WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            WritableImage image = window.canvas().surface().snapshot(null, null);
            Viewport viewport = window.canvas().viewport();
            return image.getPixelReader().getArgb((int) Math.round(viewport.toScreenX(x)),
                    (int) Math.round(viewport.toScreenY(y)));
        });
    }

    // ---- where things are ------------------------------------------------------------------------

    /** @return the screen pixel of a diagram point (whole pixels, so that drag distances are exact) */
    Point2D screen(double x, double y) {
        return fx(() -> {
            Viewport viewport = window.canvas().viewport();
            Point2D point = window.canvas().surface().localToScreen(viewport.toScreenX(x), viewport.toScreenY(y));
            return new Point2D(Math.round(point.getX()), Math.round(point.getY()));
        });
    }

    /** @return the frame a state is drawn in */
    Bounds frame(StatePath path) {
        return fx(() -> {
            StateShape shape = model().geometry().state(path);
            if (shape == null) {
                throw new AssertionError(path + " is not drawn");
            }
            return shape.frame();
        });
    }

    Point2D centreOf(StatePath path) {
        Bounds frame = frame(path);
        return screen(frame.centerX(), frame.centerY());
    }

    Point2D centreOf(String name) {
        return centreOf(StatePath.of(name));
    }

    /** @return the diagram point where a (plain) state's connection handle is: the middle of its right edge */
    double[] handleOf(StatePath path) {
        Bounds frame = frame(path);
        return new double[] {frame.maxX(), frame.centerY()};
    }

    // ---- gestures --------------------------------------------------------------------------------
    // Straight through TestFX's base robot (the glass robot of Monocle): its higher-level robot
    // waits 50 ms after every press, release and mouse step, which makes a suite of drags slow.
    // Events are dispatched on the application thread in order, so one round trip there settles.

    DesignerDriver moveTo(Point2D point) {
        base().moveMouse(point);
        return settle();
    }

    DesignerDriver click(Point2D point) {
        moveTo(point);
        base().pressMouse(MouseButton.PRIMARY);
        base().releaseMouse(MouseButton.PRIMARY);
        return settle();
    }

    DesignerDriver doubleClick(Point2D point) {
        click(point);
        return click(point);
    }

    DesignerDriver doubleClick(String query) {
        return doubleClick(centreOfNode(query));
    }

    /** Presses at {@code from}, moves to {@code to} in twelve steps, releases: one drag. */
    DesignerDriver drag(Point2D from, Point2D to) {
        moveTo(from);
        base().pressMouse(MouseButton.PRIMARY);
        settle();
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            base().moveMouse(new Point2D(Math.round(from.getX() + (to.getX() - from.getX()) * i / steps),
                    Math.round(from.getY() + (to.getY() - from.getY()) * i / steps)));
            settle();
        }
        base().releaseMouse(MouseButton.PRIMARY);
        return settle();
    }

    /** Types a key combination (keys pressed in order, released in reverse). */
    DesignerDriver keys(KeyCode... codes) {
        for (KeyCode code : codes) {
            base().pressKeyboard(code);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            base().releaseKeyboard(codes[i]);
        }
        return settle();
    }

    /** Types text into whatever has the focus. */
    DesignerDriver write(String text) {
        for (int i = 0; i < text.length(); i++) {
            base().typeKeyboard(stage.getScene(), KeyCode.UNDEFINED, String.valueOf(text.charAt(i)));
        }
        return settle();
    }

    DesignerDriver undo() {
        return keys(KeyCode.CONTROL, KeyCode.Z);
    }

    DesignerDriver redo() {
        return keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    }

    DesignerDriver redoWithY() {
        return keys(KeyCode.CONTROL, KeyCode.Y);
    }

    DesignerDriver select(String name) {
        return click(centreOf(name));
    }

    /** @return the screen point at the centre of the node a CSS query finds */
    Point2D centreOfNode(String query) {
        return fx(() -> {
            javafx.scene.Node node = robot.lookup(query).query();
            var bounds = node.localToScreen(node.getLayoutBounds());
            return new Point2D(Math.round(bounds.getCenterX()), Math.round(bounds.getCenterY()));
        });
    }

    /** Lets the application thread handle everything the robot posted. */
    DesignerDriver settle() {
        fx(() -> null);
        fx(() -> null);
        return this;
    }

    private BaseRobot base() {
        return robot.robotContext().getBaseRobot();
    }

    /** Waits (up to 10 s) until {@code condition} holds on the application thread. */
    DesignerDriver waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
        return settle();
    }

    /** Runs on the JavaFX application thread and waits for it. */
    static void onFx(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** @return what {@code work} returns, run on the JavaFX application thread */
    static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError(cause);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the application thread did not answer", e);
        }
    }
}
