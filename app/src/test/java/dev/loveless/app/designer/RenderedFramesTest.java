package dev.loveless.app.designer;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports of frames on the screen: what the late side panels and the start-up probe wait for. */
class RenderedFramesTest {

    @Test
    void runsAnActionOnceOnTheJavaFxThreadAfterTheNextFrame() throws TimeoutException, InterruptedException {
        // given a window on the screen
        Stage stage = FxToolkit.registerPrimaryStage();
        Label label = new Label("one");
        Scene scene = show(stage, label);
        AtomicInteger runs = new AtomicInteger();
        boolean[] onFxThread = new boolean[1];

        // when an action waits for the next frame, and the scene changes
        FxToolkit.setupFixture(() -> {
            RenderedFrames.afterNextFrame(scene, () -> {
                onFxThread[0] = Platform.isFxApplicationThread();
                runs.incrementAndGet();
            });
            label.setText("two");
        });

        // then it runs once, on the JavaFX thread, however many frames follow
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> runs.get() > 0);
        for (int i = 0; i < 5; i++) {
            String text = "frame " + i;
            FxToolkit.setupFixture(() -> label.setText(text));
            Thread.sleep(50);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, runs.get());
        assertTrue(onFxThread[0]);
        assertFalse(DesignerDriver.fx(() -> scene.getProperties().containsKey("loveless.renderedFrames")),
                "the tracker is let go with its last listener");
        FxToolkit.setupFixture(stage::hide);
    }

    @Test
    void aListenerHearsOfEachFrameUntilRemoved() throws TimeoutException, InterruptedException {
        // given
        Stage stage = FxToolkit.registerPrimaryStage();
        Label label = new Label("one");
        Scene scene = show(stage, label);
        AtomicInteger frames = new AtomicInteger();
        Runnable listener = frames::incrementAndGet;
        FxToolkit.setupFixture(() -> RenderedFrames.add(scene, listener));

        // when the scene changes three times, a frame apart
        for (int i = 0; i < 3; i++) {
            int before = frames.get();
            String text = "change " + i;
            FxToolkit.setupFixture(() -> label.setText(text));
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> frames.get() > before);
        }
        FxToolkit.setupFixture(() -> RenderedFrames.remove(scene, listener));
        int heard = frames.get();
        FxToolkit.setupFixture(() -> label.setText("after"));
        Thread.sleep(200);

        // then it heard each, and nothing after its removal
        assertTrue(heard >= 3, "heard " + heard);
        assertEquals(heard, frames.get());
        FxToolkit.setupFixture(stage::hide);
    }

    /** @return the scene of {@code stage}, shown with {@code label} alone */
    private static Scene show(Stage stage, Label label) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(new StackPane(label), 300, 200));
            stage.show();
        });
        return DesignerDriver.fx(stage::getScene);
    }
}
