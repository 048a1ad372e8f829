package dev.loveless.app.designer;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures start-up: with {@code -Dloveless.startupProbe=true} (or the environment variable
 * {@code LOVELESS_STARTUP_PROBE=1}, for an installed launcher) the app reports, on standard error,
 * the time from process start to the first frame of its window on the screen (rendered, through
 * JavaFX's own performance tracker), then exits. The installers' class-data-sharing training run
 * and the start-up measurement use it. When the side
 * panels come after the first frame ({@link LatePanels}), it also reports when the whole window
 * was drawn, and exits only then (so that a training run sees every class the window loads).
 */
public final class StartupProbe {

    /** The system property that turns the probe on. */
    public static final String PROPERTY = "loveless.startupProbe";

    private StartupProbe() {
    }

    /** Attaches the probe to the main window's scene, when the probe is on. */
    public static void attach(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY) && !"1".equals(System.getenv("LOVELESS_STARTUP_PROBE"))) {
            return;
        }
        // Laid out in a pulse, then rendered: the time is taken when a frame is on the screen.
        AtomicBoolean wholeLaidOut = new AtomicBoolean();
        AtomicInteger frames = new AtomicInteger();
        Runnable[] laidOut = new Runnable[1];
        laidOut[0] = () -> {
            if (!LatePanels.pending(scene)) {
                scene.removePostLayoutPulseListener(laidOut[0]);
                wholeLaidOut.set(true);
            }
        };
        scene.addPostLayoutPulseListener(laidOut[0]);
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            boolean whole = wholeLaidOut.get();
            // The probe's lines of output are its purpose; it runs only when asked for.
            if (frames.getAndIncrement() == 0) {
                System.err.println("loveless: first frame " + millis + " ms after process start");
            }
            if (whole && frames.get() < Integer.MAX_VALUE / 2) {
                frames.set(Integer.MAX_VALUE / 2);
                System.err.println("loveless: whole window " + millis + " ms after process start");
                Platform.runLater(() -> {
                    PerformanceTracker.releaseSceneTracker(scene);
                    Platform.exit();
                });
            }
        });
    }
}
