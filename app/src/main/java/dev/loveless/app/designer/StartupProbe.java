package dev.loveless.app.designer;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * Measures start-up: with {@code -Dloveless.startupProbe=true} (or the environment variable
 * {@code LOVELESS_STARTUP_PROBE=1}, for an installed launcher) the app reports, on standard error,
 * the time from process start to the first laid-out frame of its window, then exits. The
 * installers' class-data-sharing training run and the start-up measurement use it. When the side
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
        Runnable[] listener = new Runnable[1];
        boolean[] first = {true};
        listener[0] = () -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // The probe's lines of output are its purpose; it runs only when asked for.
            if (first[0]) {
                first[0] = false;
                System.err.println("loveless: first frame " + millis + " ms after process start");
            }
            if (!LatePanels.pending(scene)) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.err.println("loveless: whole window " + millis + " ms after process start");
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
