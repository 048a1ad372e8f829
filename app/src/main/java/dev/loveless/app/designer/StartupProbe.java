package dev.loveless.app.designer;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * Measures start-up: with {@code -Dloveless.startupProbe=true} (or the environment variable
 * {@code LOVELESS_STARTUP_PROBE=1}, for an installed launcher) the app reports, on standard error,
 * the time from process start to the first laid-out frame of its window, then exits. The
 * installers' class-data-sharing training run and the start-up measurement use it.
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
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // The probe's one line of output is its purpose; it runs only when asked for.
            System.err.println("loveless: first frame " + millis + " ms after process start");
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
