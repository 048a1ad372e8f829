package dev.loveless.app.designer;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells when a scene's frames are on the screen. JavaFX renders on a thread of its own, after the
 * pulse that laid the scene out, and has no public event for it; this listens through its
 * performance tracker (what its own frame-rate overlay uses), one per scene, released when the
 * last listener goes.
 */
final class RenderedFrames {

    private static final String KEY = "loveless.renderedFrames";

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private RenderedFrames() {
    }

    /**
     * Calls {@code listener} on JavaFX's render thread after each frame of {@code scene} is on
     * the screen, until it is removed. Call on the JavaFX thread.
     */
    static void add(Scene scene, Runnable listener) {
        RenderedFrames frames = (RenderedFrames) scene.getProperties().get(KEY);
        if (frames == null) {
            frames = new RenderedFrames();
            scene.getProperties().put(KEY, frames);
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(frames::rendered);
        }
        frames.listeners.add(listener);
    }

    /** Stops calling {@code listener}, and lets the tracker go with the last one. Call on the JavaFX thread. */
    static void remove(Scene scene, Runnable listener) {
        RenderedFrames frames = (RenderedFrames) scene.getProperties().get(KEY);
        if (frames != null && frames.listeners.remove(listener) && frames.listeners.isEmpty()) {
            scene.getProperties().remove(KEY);
            PerformanceTracker.releaseSceneTracker(scene);
        }
    }

    /** Runs {@code action} on the JavaFX thread once the scene's next frame is on the screen. */
    static void afterNextFrame(Scene scene, Runnable action) {
        AtomicBoolean fired = new AtomicBoolean();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (fired.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    remove(scene, once[0]);
                    action.run();
                });
            }
        };
        add(scene, once[0]);
    }

    private void rendered() {
        listeners.forEach(Runnable::run);
    }
}
