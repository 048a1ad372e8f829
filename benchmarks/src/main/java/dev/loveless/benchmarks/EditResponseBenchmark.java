package dev.loveless.benchmarks;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.app.designer.DesignerWindow;
import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.SetStateField;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how the real designer window (JavaFX, on a display: run it under {@code xvfb-run} on a
 * server) answers edits of a large definition (default: ../shared/bench/gen-1mb.json, 3,475
 * states), with one step of the top level selected:
 * <ul>
 *   <li>single edits — 30 moves of the step by 3 pixels (a drag step or an arrow key) and 30
 *       keystrokes in its Comment field (what the inspector does), one at a time (each after the
 *       last one's shapes, validation and redraw are done): how long the edit holds the JavaFX
 *       thread, how long from the edit to the next frame (the window answers again), and how long
 *       until the canvas shows the edited document's shapes;</li>
 *   <li>a drag — 120 pulses, each moving the step a little, as a drag does: the time from one
 *       pulse to the next (16.7 ms at 60 frames a second means none was dropped), then how long
 *       after the drag the canvas shows where the step was dropped.</li>
 * </ul>
 * Usage: {@code xvfb-run -a -s "-screen 0 1600x1000x24" benchmarks/run EditResponseBenchmark [FILE]}
 * (builds first). The machine's load shows in every figure: note it ({@code uptime}) with them.
 */
public final class EditResponseBenchmark {

    private static final int SINGLE_EDITS = 60;
    private static final int DRAG_PULSES = 120;
    private static final int QUIET_PULSES = 40;
    private static Path file;

    private EditResponseBenchmark() {
    }

    public static void main(String[] args) {
        file = Path.of(args.length > 0 ? args[0] : "../shared/bench/gen-1mb.json").toAbsolutePath();
        if (System.getProperty("prism.order") == null && !Files.exists(Path.of("/dev/dri"))) {
            System.setProperty("prism.order", "sw");
        }
        Application.launch(Measured.class, args);
    }

    /** The measured application: one designer window on the file. */
    public static final class Measured extends Application {
        @Override
        public void start(Stage stage) {
            DesignerWindow window = DesignerWindow.openFile(stage, file);
            new Driver(window).start();
        }
    }

    /** Runs the edits, one step per pulse, and reports. */
    private static final class Driver extends AnimationTimer {
        private final DesignerWindow window;
        private final EditorViewModel model;
        private StatePath target;
        private int phase;
        private int edits;
        private long editStart;
        private boolean framed;
        private final List<double[]> moves = new ArrayList<>();
        private final List<double[]> keystrokes = new ArrayList<>();
        private final long[] dragIntervals = new long[DRAG_PULSES];
        private int dragPulse = -1;
        private long lastPulse;
        private long dragEnd;
        private int waitPulses;
        private int quietPulses;

        Driver(DesignerWindow window) {
            this.window = window;
            this.model = window.model();
        }

        @Override
        public void handle(long now) {
            long time = System.nanoTime();
            if (phase == 0) {
                // Opened: the machine is shown and its shapes are current; let the JIT and the
                // first validation settle for a second or so before measuring.
                if (model.geometry().states().size() > 0 && !model.isDirty() && ++waitPulses > 90) {
                    List<StatePath> top = new ArrayList<>();
                    model.geometry().states().forEach(shape -> {
                        if (shape.path().depth() == 0 && !shape.container()) {
                            top.add(shape.path());
                        }
                    });
                    target = top.get(top.size() / 2);
                    model.selectOnly(target);
                    window.canvas().reveal(target);
                    System.out.printf("%s: %d states; editing \"%s\"%n", file.getFileName(),
                            model.geometry().states().size(), target);
                    phase = 1;
                }
                return;
            }
            if (phase == 1) {
                singleEdits(time);
            } else if (phase == 2) {
                drag(time);
            }
        }

        private void singleEdits(long time) {
            if (editStart != 0) {
                if (!framed) {
                    framed = true;
                    last(edits).set(1, time - editStart);
                }
                if (!shapesCurrent()) {
                    return;
                }
                last(edits).set(2, time - editStart);
                model.endGesture();
                editStart = 0;
                // Let the edit's live validation (debounced) and its redraw pass before the next one,
                // so that each edit is measured on its own.
                quietPulses = QUIET_PULSES;
                return;
            }
            if (quietPulses > 0) {
                quietPulses--;
                return;
            }
            if (edits == SINGLE_EDITS) {
                report();
                phase = 2;
                return;
            }
            editStart = System.nanoTime();
            framed = false;
            boolean move = edits % 2 == 0;
            if (move) {
                model.moveSelection(3, 0);
            } else {
                model.execute(new SetStateField(target, "/Comment", TextNode.valueOf("typed " + edits), "Change", true));
            }
            double[] figures = {(System.nanoTime() - editStart), 0, 0};
            (move ? moves : keystrokes).add(figures);
            edits++;
        }

        private Figures last(int count) {
            List<double[]> list = (count - 1) % 2 == 0 ? moves : keystrokes;
            return new Figures(list.get(list.size() - 1));
        }

        private void drag(long time) {
            if (dragPulse >= DRAG_PULSES) {
                if (shapesCurrent()) {
                    System.out.printf("after the drag, the dropped step is drawn where it is %.0f ms later%n",
                            (time - dragEnd) / 1e6);
                    stop();
                    Platform.exit();
                }
                return;
            }
            if (dragPulse >= 0) {
                dragIntervals[dragPulse] = time - lastPulse;
            }
            lastPulse = time;
            dragPulse++;
            if (dragPulse < DRAG_PULSES) {
                model.moveSelection(dragPulse % 40 < 20 ? 4 : -4, 1);
            } else {
                model.endGesture();
                dragEnd = System.nanoTime();
                Arrays.sort(dragIntervals);
                System.out.printf("drag of %d pulses, pulse to pulse: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        DRAG_PULSES, dragIntervals[DRAG_PULSES / 2] / 1e6, dragIntervals[DRAG_PULSES * 95 / 100] / 1e6,
                        dragIntervals[DRAG_PULSES - 1] / 1e6);
            }
        }

        /** @return whether the canvas's shape of the target is the edited document's: its state and its place */
        private boolean shapesCurrent() {
            DiagramGeometry.StateShape shape = model.geometry().state(target);
            State state = StateTree.resolve(model.document().machine(), target);
            Bounds placed = model.document().diagram().boundsOf(target);
            return shape != null && shape.state() == state && placed != null
                    && shape.frame().x() == placed.x() && shape.frame().y() == placed.y();
        }

        private void report() {
            print("move by 3 px", moves);
            print("keystroke in a field", keystrokes);
        }

        private static void print(String what, List<double[]> figures) {
            System.out.printf("%-22s holds the JavaFX thread %s; next frame after %s; its shapes drawn after %s%n",
                    what, summary(figures, 0), summary(figures, 1), summary(figures, 2));
        }

        private static String summary(List<double[]> figures, int column) {
            double[] values = figures.stream().mapToDouble(f -> f[column] / 1e6).sorted().toArray();
            return String.format("median %.1f ms (p95 %.1f)", values[values.length / 2], values[values.length * 95 / 100]);
        }
    }

    /** One edit's figures: nanoseconds the edit held the thread, to the next frame, to its shapes. */
    private record Figures(double[] values) {
        void set(int column, long nanos) {
            values[column] = nanos;
        }
    }
}
