package dev.loveless.app.designer;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures start-up: with {@code -Dloveless.startupProbe=true} (or the environment variable
 * {@code LOVELESS_STARTUP_PROBE=1}, for an installed launcher) the app reports, on standard error,
 * the time from the process's start to the first frame of its window on the screen
 * ({@link RenderedFrames}), then exits. The installers' class-data-sharing training run and the
 * start-up measurement use it. When the side panels come after the first frame
 * ({@link LatePanels}), it also reports when the whole window was drawn, and exits only then (so
 * that a training run sees every class the window loads).
 */
public final class StartupProbe {

    /** The system property that turns the probe on. */
    public static final String PROPERTY = "loveless.startupProbe";

    private StartupProbe() {
    }

    /**
     * @return the milliseconds since this process started. On Linux that is the kernel's record
     *         (to 10 ms), so that it counts the launcher's time before Java began; elsewhere, the
     *         Java virtual machine's start.
     */
    static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The fields after the command's name (in parentheses, which may hold spaces): the
            // 22nd field of the line, the start in clock ticks (100 a second) since boot.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException notLinux) {
            return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        }
    }

    /** Attaches the probe to the main window's scene, when the probe is on. */
    public static void attach(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY) && !"1".equals(System.getenv("LOVELESS_STARTUP_PROBE"))) {
            return;
        }
        // Laid out in a pulse, then rendered: the time is taken when a frame is on the screen.
        AtomicBoolean wholeLaidOut = new AtomicBoolean();
        Runnable[] laidOut = new Runnable[1];
        laidOut[0] = () -> {
            if (!LatePanels.pending(scene)) {
                scene.removePostLayoutPulseListener(laidOut[0]);
                wholeLaidOut.set(true);
            }
        };
        scene.addPostLayoutPulseListener(laidOut[0]);
        AtomicBoolean firstShown = new AtomicBoolean();
        AtomicBoolean wholeShown = new AtomicBoolean();
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            long millis = millisSinceProcessStart();
            boolean whole = wholeLaidOut.get();
            // The probe's lines of output are its purpose; it runs only when asked for.
            if (firstShown.compareAndSet(false, true)) {
                System.err.println("loveless: first frame " + millis + " ms after process start");
            }
            if (whole && wholeShown.compareAndSet(false, true)) {
                System.err.println("loveless: whole window " + millis + " ms after process start");
                Platform.runLater(() -> {
                    RenderedFrames.remove(scene, probe[0]);
                    Platform.exit();
                });
            }
        };
        RenderedFrames.add(scene, probe[0]);
    }
}
