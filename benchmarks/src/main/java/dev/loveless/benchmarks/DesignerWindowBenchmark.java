package dev.loveless.benchmarks;

import dev.loveless.app.designer.DesignerWindow;
import dev.loveless.app.designer.canvas.Viewport;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures the real designer window (JavaFX, on a display: run it under {@code xvfb-run} on a
 * server) opening a large definition and then panning and zooming it:
 * <ul>
 *   <li>open: how long building and showing the window takes, then from there to the end of the
 *       first pulse that drew the laid-out machine (read, layout, shapes and problems in the
 *       background, then the first frame);</li>
 *   <li>frames: 300 pulses, each panning (and every few zooming) the view; the time from one
 *       pulse to the next is reported (at the usual 60 pulses a second, 16.7 ms means no frame was
 *       dropped), and how long the canvas's drawing calls took;</li>
 *   <li>memory: the process's resident set (VmRSS) and the heap in use with the machine open.</li>
 * </ul>
 * With {@code --unthrottled} the pulse rate is raised to 1,000 a second, so that the time from one
 * pulse to the next is what a frame costs (drawing calls plus rendering them); the open time is then
 * not representative (the busy indicator animates at full speed meanwhile).
 * Usage: {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * dev.loveless.benchmarks.DesignerWindowBenchmark [--unthrottled] [FILE]} (no -Xms: the resident set is measured).
 */
public final class DesignerWindowBenchmark {

    private static final int FRAMES = 300;
    private static Path file;

    public static void main(String[] args) {
        boolean unthrottled = args.length > 0 && "--unthrottled".equals(args[0]);
        int first = unthrottled ? 1 : 0;
        file = Path.of(args.length > first ? args[first] : "../shared/bench/gen-1mb.json").toAbsolutePath();
        // As the launcher does: JavaFX's own software renderer where there is no GPU device.
        if (System.getProperty("prism.order") == null && !Files.exists(Path.of("/dev/dri"))) {
            System.setProperty("prism.order", "sw");
        }
        if (unthrottled) {
            System.setProperty("javafx.animation.pulse", "1000");
        }
        // The Application is a nested class: JavaFX refuses to launch a main class that is one.
        Application.launch(Measured.class, args);
    }

    private DesignerWindowBenchmark() {
    }

    /** The measured application: one designer window on the file. */
    public static final class Measured extends Application {
        @Override
        public void start(Stage stage) {
            measure(stage);
        }
    }

    private static void measure(Stage stage) {
        long sinceProcessStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long asked = System.nanoTime();
        long askedCpu = processCpu();
        DesignerWindow window = DesignerWindow.openFile(stage, file);
        long built = System.nanoTime();
        new AnimationTimer() {
            private long opened;
            private long framesCpu;
            private int frame = -1;
            private long last;
            private final long[] intervals = new long[FRAMES];
            private final long[] drawing = new long[FRAMES];

            @Override
            public void handle(long now) {
                if (opened == 0) {
                    // The pulse after the one in which the machine first arrived: it has been drawn.
                    if (window.model().geometry().states().size() > 0 && !window.model().isDirty()) {
                        if (last == 0) {
                            last = now;
                        } else {
                            opened = System.nanoTime();
                            System.out.printf("JavaFX up %d ms after process start; window built and shown in %d ms; "
                                            + "then %s (%d states) read, laid out and drawn in %d ms; "
                                            + "%d ms of CPU in all (all threads)%n",
                                    sinceProcessStart, (built - asked) / 1_000_000, file.getFileName(),
                                    window.model().geometry().states().size(), (opened - built) / 1_000_000,
                                    (processCpu() - askedCpu) / 1_000_000);
                            last = now;
                        }
                    }
                    return;
                }
                if (frame >= 0) {
                    intervals[frame] = now - last;
                    drawing[frame] = window.canvas().lastFrameNanos();
                } else {
                    framesCpu = frameThreadsCpu();
                }
                last = now;
                frame++;
                if (frame == FRAMES) {
                    stop();
                    framesCpu = frameThreadsCpu() - framesCpu;
                    System.out.printf("CPU per frame (application and render threads): %.1f ms%n", framesCpu / 1e6 / FRAMES);
                    report(intervals, drawing);
                    Platform.exit();
                    return;
                }
                Viewport viewport = window.canvas().viewport();
                viewport.panBy(-7, -23);
                if (frame % 50 == 25) {
                    viewport.zoomBy(frame % 100 == 25 ? 0.4 : 2.5);
                }
            }
        }.start();
    }

    /** @return the CPU time of the whole process (every thread, the JIT and the collector included) */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** @return the CPU time so far of the threads that make frames: this one (JavaFX's) and the renderer */
    private static long frameThreadsCpu() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = threads.getCurrentThreadCpuTime();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("QuantumRenderer")) {
                total += threads.getThreadCpuTime(thread.getId());
            }
        }
        return total;
    }

    private static void report(long[] intervals, long[] drawing) {
        Arrays.sort(intervals);
        Arrays.sort(drawing);
        System.out.printf("pan/zoom frames (pulse to pulse): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                intervals[FRAMES / 2] / 1e6, intervals[FRAMES * 95 / 100] / 1e6, intervals[FRAMES - 1] / 1e6);
        System.out.printf("  of which the canvas's drawing calls: median %.1f ms, p95 %.1f ms%n",
                drawing[FRAMES / 2] / 1e6, drawing[FRAMES * 95 / 100] / 1e6);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("memory: resident %s, heap in use %d MB (of %d MB committed)%n", residentSet(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.totalMemory() >> 20);
    }

    private static String residentSet() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
