package dev.loveless.app.designer;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's start: the window shows first, its side panels join it just after its first frame. */
class LatePanelsTest {

    @Test
    void sidePanelsJoinTheWindowAfterItsFirstFrameAndAreThenUsable() throws TimeoutException {
        // given the window opened as the app opens it
        Stage stage = FxToolkit.registerPrimaryStage();
        DesignerWindow[] opened = new DesignerWindow[1];
        boolean[] shownWithout = new boolean[1];
        String[] firstField = new String[1];
        boolean[] formBuiltAtOnce = new boolean[1];
        boolean[] paletteMadeAtOnce = new boolean[1];
        int[] firstFrameControls = new int[2];
        FxToolkit.setupFixture(() -> {
            opened[0] = DesignerWindow.openSample(stage, DesignerWindow.Arrival.AFTER_FIRST_FRAME);
            // when the window has just been shown (no pulse yet)
            Scene scene = stage.getScene();
            shownWithout[0] = LatePanels.pending(scene) && opened[0].inspectorView().node().getScene() == null
                    && opened[0].problemsView().node().getScene() == null;
            firstField[0] = opened[0].inspector().form().fields().get(0).pointer();
            formBuiltAtOnce[0] = opened[0].inspectorView().control(firstField[0]) != null;
            paletteMadeAtOnce[0] = scene.lookup("#palette-search") != null;
            firstFrameControls[0] = scene.getRoot().lookupAll(".text-field").size();
            firstFrameControls[1] = scene.getRoot().lookupAll(".progress-indicator").size();
        });
        DesignerWindow window = opened[0];

        // then the panels were not part of the first frame, nor made for it, and arrive right after it
        assertTrue(shownWithout[0], "the inspector and problems wait for the first frame");
        assertFalse(formBuiltAtOnce[0], "the inspector's form is built when the panel arrives");
        assertFalse(paletteMadeAtOnce[0], "the palette is made when it arrives");
        assertEquals(1, firstFrameControls[0], "the find field is the first frame's only text field (renaming adds its own)");
        assertEquals(0, firstFrameControls[1], "no spinner is styled for the first frame (work adds one when it starts)");
        // (well before the failsafe of 2 s: they come when the first frame is reported on the screen)
        WaitForAsyncUtils.waitFor(1500, TimeUnit.MILLISECONDS,
                () -> DesignerDriver.fx(() -> !LatePanels.pending(stage.getScene())));
        Node inspector = DesignerDriver.fx(() -> window.inspectorView().node());
        assertSame(stage.getScene(), DesignerDriver.fx(inspector::getScene), "the inspector is in the window");
        assertNotNull(DesignerDriver.fx(() -> window.problemsView().node().getScene()), "the problems panel is in the window");
        assertNotNull(DesignerDriver.fx(() -> stage.getScene().lookup("#palette-search")), "the palette is in the window");
        assertNotNull(DesignerDriver.fx(() -> window.inspectorView().control(firstField[0])), "the inspector's form is built");
        FxToolkit.setupFixture(() -> stage.hide());
    }

    @Test
    void aWindowOpenedOtherwiseHasItsPanelsAtOnce() throws TimeoutException {
        // given
        Stage stage = FxToolkit.registerPrimaryStage();
        boolean[] present = new boolean[1];
        Object[] pending = new Object[1];

        // when
        FxToolkit.setupFixture(() -> {
            DesignerWindow window = DesignerWindow.openSample(stage);
            present[0] = window.inspectorView().node().getScene() == stage.getScene();
            pending[0] = stage.getScene().getProperties().get(LatePanels.PENDING);
        });

        // then
        assertTrue(present[0], "the inspector is there from the start");
        assertNull(pending[0], "nothing waits");
        assertFalse(DesignerDriver.fx(() -> LatePanels.pending(stage.getScene())));
        FxToolkit.setupFixture(() -> stage.hide());
    }
}
