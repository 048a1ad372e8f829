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
 *   <li>frames: 120 pulses of warming up (reported on their own: the JIT compiles the drawing
 *       code meanwhile), then 300 pulses, each panning (and every 50 zooming between 100 % and
 *       40 %) the view; reported are the CPU time the application and render threads spent per
 *       pulse (what a frame costs, however busy the machine is), the time from one pulse to the
 *       next (at the usual 60 pulses a second, 16.7 ms means no frame was dropped), and how long
 *       the canvas's drawing calls took;</li>
 *   <li>memory: the process's resident set (VmRSS) and the heap in use with the machine open.</li>
 * </ul>
 * With the environment variable {@code FRAME_TRACE} set, every measured pulse is printed too (its
 * zoom, CPU, drawing time and interval), to see which frames are the slow ones.
 * With {@code --unthrottled} the pulse rate is raised to 1,000 a second, so that the time from one
 * pulse to the next is what a frame costs (drawing calls plus rendering them); the open time is then
 * not representative (the busy indicator animates at full speed meanwhile).
 * Usage: {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * dev.loveless.benchmarks.DesignerWindowBenchmark [--unthrottled] [FILE]} (no -Xms: the resident set is measured).
 */
public final class DesignerWindowBenchmark {

    private static final int FRAMES = 300;
    /** Pulses panned and zoomed before the measured ones, while the JIT compiles the drawing code (about 2 s). */
    private static final int WARM_UP = 120;
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
            private int frame = -1 - WARM_UP;
            private long warmUpStart;
            private long warmUpCpu;
            private long last;
            private final long[] intervals = new long[FRAMES];
            private final long[] drawing = new long[FRAMES];
            private final long[] cpu = new long[FRAMES];
            private long lastCpu;

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
                long cpuNow = frameThreadsCpu();
                if (frame >= 0) {
                    intervals[frame] = now - last;
                    drawing[frame] = window.canvas().lastFrameNanos();
                    cpu[frame] = cpuNow - lastCpu;
                    if (System.getenv("FRAME_TRACE") != null) {
                        System.out.printf("frame %d zoom %.2f cpu %.1f draw %.1f interval %.1f%n", frame,
                                window.canvas().viewport().zoom(), cpu[frame] / 1e6, drawing[frame] / 1e6,
                                intervals[frame] / 1e6);
                    }
                } else if (frame == -1) {
                    framesCpu = cpuNow;
                    System.out.printf("first %d pulses after opening (JIT warming up): %.0f ms, CPU of the two threads %.1f ms per pulse%n",
                            WARM_UP, (now - warmUpStart) / 1e6, (cpuNow - warmUpCpu) / 1e6 / WARM_UP);
                } else if (frame == -1 - WARM_UP) {
                    warmUpStart = now;
                    warmUpCpu = cpuNow;
                }
                lastCpu = cpuNow;
                last = now;
                frame++;
                if (frame == FRAMES) {
                    stop();
                    framesCpu = frameThreadsCpu() - framesCpu;
                    System.out.printf("CPU per frame (application and render threads): %.1f ms%n", framesCpu / 1e6 / FRAMES);
                    report(intervals, drawing, cpu);
                    Platform.exit();
                    return;
                }
                Viewport viewport = window.canvas().viewport();
                viewport.panBy(-7, -23);
                if (Math.floorMod(frame, 50) == 25) {
                    viewport.zoomBy(Math.floorMod(frame, 100) == 25 ? 0.4 : 2.5);
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
        if (renderer == 0) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().startsWith("QuantumRenderer")) {
                    renderer = thread.getId();
                }
            }
        }
        return threads.getCurrentThreadCpuTime() + (renderer == 0 ? 0 : threads.getThreadCpuTime(renderer));
    }

    private static long renderer;

    private static void report(long[] intervals, long[] drawing, long[] cpu) {
        Arrays.sort(intervals);
        Arrays.sort(drawing);
        Arrays.sort(cpu);
        // What a frame costs, whatever else the machine runs: the CPU time the application and
        // render threads spent from one pulse to the next.
        System.out.printf("pan/zoom frames, CPU of the two threads per pulse: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                cpu[FRAMES / 2] / 1e6, cpu[FRAMES * 95 / 100] / 1e6, cpu[FRAMES - 1] / 1e6);
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
