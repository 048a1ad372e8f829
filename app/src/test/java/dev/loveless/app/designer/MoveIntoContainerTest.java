package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.Viewport;
import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.samples.Samples;
import dev.loveless.model.validation.Validator;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moving existing states into and out of a Parallel branch on the real canvas, by dragging them
 * there (the branch that would take them is highlighted) and by Cut and Paste; each move is one
 * undo step and a refused one changes nothing.
 */
class MoveIntoContainerTest {

    private static final StatePath PUBLISH = StatePath.of("Publish");
    private static final StatePath WAIT = StatePath.of("Let the CDN warm up");
    private static final StatePath WAIT_IN_BRANCH = PUBLISH.child(1, "Let the CDN warm up");
    private static final ScopeId SECOND_BRANCH = new ScopeId(PUBLISH, 1);

    private static DesignerDriver designer;

    @BeforeAll
    static void openWindow() throws TimeoutException {
        designer = DesignerDriver.open();
    }

    /** The sample as shipped, with its layout, shown from the Publish step down at 70 %. */
    private static Document showTheSample() {
        Document sample;
        try {
            sample = DocumentFiles.documentOf(Samples.sample().machine(), DiagramFiles.read(Samples.sampleLayoutText()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        designer.given(sample);
        DesignerDriver.onFx(() -> {
            Viewport viewport = designer.window().canvas().viewport();
            viewport.zoomProperty().set(0.7);
            viewport.offsetXProperty().set(20);
            viewport.offsetYProperty().set(-780 * 0.7);
        });
        return sample;
    }

    private static Bounds laneFrame(ScopeId scope) {
        return DesignerDriver.fx(() -> designer.model().geometry().lanes().stream()
                .filter(lane -> lane.scope().equals(scope)).map(DiagramGeometry.LaneShape::frame).findFirst()
                .orElseThrow(() -> new AssertionError("no lane " + scope)));
    }

    private static List<String> problems(Document document) {
        return new Validator().validate(document.machine()).diagnostics().stream().map(d -> d.code() + " " + d.message()).toList();
    }

    @Test
    void draggingAStepIntoABranchMovesItThereAsOneUndoStepAndDraggingItOutBringsItBack() throws IOException {
        // given the sample: Publish leads to the CDN wait, which leads to Published
        Document before = showTheSample();
        Bounds lane = laneFrame(SECOND_BRANCH);
        Point2D drop = designer.screen(lane.centerX(), lane.maxY() - 6);

        // when the wait is dragged, and held over the second branch of Publish
        Point2D from = designer.centreOf(WAIT);
        designer.moveTo(from);
        robot().pressMouse(MouseButton.PRIMARY);
        designer.settle();
        for (int i = 1; i <= 12; i++) {
            designer.moveTo(new Point2D(Math.round(from.getX() + (drop.getX() - from.getX()) * i / 12),
                    Math.round(from.getY() + (drop.getY() - from.getY()) * i / 12)));
        }

        // then the branch is the drop target and the status bar says what a release does
        ScopeDrag.Target target = DesignerDriver.fx(() -> designer.model().dropTargetProperty().get());
        assertNotNull(target, "the branch under the pointer is a drop target");
        assertEquals(SECOND_BRANCH, target.scope());
        assertEquals("Release to move \"Let the CDN warm up\" into branch 2 of \"Publish\"", designer.message());
        snapshot("move-into-branch-hover.png");

        // when released there
        robot().releaseMouse(MouseButton.PRIMARY);
        designer.settle();

        // then the wait is the branch's last step, Publish leads straight to Published, and it still validates
        Document after = designer.document();
        assertNull(designer.state(WAIT));
        State moved = designer.state(WAIT_IN_BRANCH);
        assertNotNull(moved, "the wait is in the second branch");
        assertTrue(moved.isEnd());
        assertEquals(WAIT.name(), designer.state(PUBLISH.child(1, "Tell subscribers")).next());
        assertEquals("Published", designer.state(PUBLISH).next());
        assertEquals(Set.of(WAIT_IN_BRANCH), designer.selection());
        assertEquals(problems(before), problems(after), "as valid as before");
        assertEquals("Undo Move \"Let the CDN warm up\" into branch 2 of \"Publish\"", designer.menuText("undo"));
        assertNull(DesignerDriver.fx(() -> designer.model().dropTargetProperty().get()), "the highlight is gone");
        snapshot("move-into-branch-dropped.png");

        // when undone: the sample as it was; redone: moved again
        designer.undo();
        assertEquals(before, designer.document());
        designer.redo();
        assertEquals(after, designer.document());

        // when dragged back out onto empty space of the workflow
        designer.drag(designer.centreOf(WAIT_IN_BRANCH), designer.screen(920, 1300));

        // then it stands on the top level again, and the branch ends where it did
        assertNotNull(designer.state(WAIT));
        assertNull(designer.state(WAIT_IN_BRANCH));
        assertTrue(designer.state(PUBLISH.child(1, "Tell subscribers")).isEnd());
        assertEquals("Undo Move \"Let the CDN warm up\" out of \"Publish\"", designer.menuText("undo"));
        designer.undo();
        assertEquals(after, designer.document());
        designer.undo();
        assertEquals(before, designer.document());
    }

    @Test
    void aRefusedDropPutsTheStepBackAndSaysWhy() {
        // given the order workflow: Inner is the only step of the branch of "Fan out"
        Document before = DesignerDriver.workflow();
        designer.given(before);
        StatePath inner = StatePath.of("Fan out").child(0, "Inner");

        // when Inner is dragged out onto empty space
        designer.drag(designer.centreOf(inner), designer.screen(400, 420));

        // then nothing changed, nothing to undo, and the status bar says why
        assertSame(before, designer.document());
        assertEquals("Undo", designer.menuText("undo"));
        assertTrue(designer.message().contains("branch 1 of \"Fan out\" without a step"), designer.message());
    }

    @Test
    void draggingAStepWithinItsOwnBranchOnlyMovesItOnTheDiagram() {
        // given
        Document before = showTheSample();
        StatePath tell = PUBLISH.child(1, "Tell subscribers");
        Bounds start = before.diagram().boundsOf(tell);

        // when dragged a little within its branch
        Point2D from = designer.centreOf(tell);
        designer.drag(from, from.add(0, 14));

        // then it moved 20 units down (14 pixels at 70 %), and is still in its branch
        assertEquals(start.y() + 20, designer.document().diagram().boundsOf(tell).y(), 0.5);
        assertEquals("Undo Move \"Tell subscribers\"", designer.menuText("undo"));
    }

    @Test
    void cutAndPasteWithAStepOfTheBranchSelectedMovesAStateIntoThatBranch() {
        // given the order workflow
        Document before = DesignerDriver.workflow();
        designer.given(before);
        StatePath inner = StatePath.of("Fan out").child(0, "Inner");

        // when Notify is cut, a step of the branch selected, and the clipboard pasted
        designer.select("Notify").keys(KeyCode.CONTROL, KeyCode.X);
        designer.click(designer.centreOf(inner)).keys(KeyCode.CONTROL, KeyCode.V);

        // then Notify is in the branch, as it was, and selected
        StatePath pasted = StatePath.of("Fan out").child(0, "Notify");
        assertNull(designer.state("Notify"));
        assertEquals(before.machine().statesOrEmpty().get("Notify"), designer.state(pasted));
        assertEquals(Set.of(pasted), designer.selection());

        // when both steps are undone
        designer.undo();
        designer.undo();
        assertEquals(before, designer.document());
    }

    private static org.testfx.robot.BaseRobot robot() {
        return designer.robot().robotContext().getBaseRobot();
    }

    /** Saves what the window shows under target/screenshots, to look at. */
    private static void snapshot(String name) throws IOException {
        // The canvas draws on the next pulse after a change: let two pass.
        org.testfx.util.WaitForAsyncUtils.sleep(60, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var image = DesignerDriver.fx(() -> designer.stage().getScene().snapshot(null));
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
    }
}
