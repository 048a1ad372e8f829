package dev.loveless.app.designer;

import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A window left alone costs nothing: JavaFX does not pulse for it, and a change is still drawn. */
class IdleWindowTest {

    @Test
    void anIdleWindowDoesNotKeepJavaFxPulsingAndStillDrawsAChange() throws TimeoutException, InterruptedException {
        // given a window on the sample that has settled
        Stage stage = FxToolkit.registerPrimaryStage();
        DesignerWindow[] opened = new DesignerWindow[1];
        FxToolkit.setupFixture(() -> opened[0] = DesignerWindow.openSample(stage));
        DesignerWindow window = opened[0];
        Scene scene = DesignerDriver.fx(stage::getScene);
        AtomicInteger pulses = new AtomicInteger();
        FxToolkit.setupFixture(() -> scene.addPostLayoutPulseListener(pulses::incrementAndGet));
        Thread.sleep(1500);

        // when nothing happens for a while
        int before = pulses.get();
        Thread.sleep(1000);
        int idle = pulses.get() - before;

        // then no pulse came (a running timer or timeline would bring about sixty a second)
        assertEquals(0, idle, "pulses in an idle second");

        // and when the view changes, the canvas draws it
        int[] pixelsBefore = DesignerDriver.fx(() -> pixels(window));
        FxToolkit.setupFixture(() -> window.canvas().viewport().zoomBy(1.25));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> pulses.get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Arrays.equals(pixelsBefore, DesignerDriver.fx(() -> pixels(window))), "the zoom is drawn");
        FxToolkit.setupFixture(stage::hide);
    }

    private static int[] pixels(DesignerWindow window) {
        WritableImage image = window.canvas().snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }
}
