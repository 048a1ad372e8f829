package dev.loveless.benchmarks;

import dev.loveless.exporters.diagram.DiagramPainter;
import dev.loveless.exporters.diagram.Java2dSurface;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * Measures what opening a large definition in the designer costs: read, automatic layout, geometry,
 * a first frame of a 1400 x 800 view, then 200 pan and zoom frames, and the heap in use with it all
 * held. Frames are drawn by the designer's own painter on a Java2D surface (headless), so the figure
 * is the painter's cost, not the JavaFX canvas's. Usage: {@code DesignerOpenBenchmark FILE}.
 */
public final class DesignerOpenBenchmark {

    private DesignerOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/bench/gen-1mb.json");
        for (int run = 0; run < 2; run++) {
            long t0 = System.nanoTime();
            var machine = new AslReader().read(file).machine();
            long t1 = System.nanoTime();
            var layout = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT);
            long t2 = System.nanoTime();
            var diagram = Placement.completed(machine, layout.toDiagram(Set.of()));
            var geometry = DiagramGeometry.of(machine, diagram);
            long t3 = System.nanoTime();
            BufferedImage image = new BufferedImage(1400, 800, BufferedImage.TYPE_INT_ARGB);
            double zoom = 0.6;
            Bounds view = new Bounds(geometry.total().x(), geometry.total().y(), 1400 / zoom, 800 / zoom);
            long frame = frame(image, geometry, view, zoom);
            long t4 = System.nanoTime();
            long[] frames = new long[200];
            for (int i = 0; i < frames.length; i++) {
                double z = i % 50 < 25 ? 0.6 : 0.15 + 0.01 * (i % 25);
                Bounds v = new Bounds(geometry.total().x() + (i % 7) * 40, geometry.total().y() + i * 220, 1400 / z, 800 / z);
                frames[i] = frame(image, geometry, v, z);
            }
            Arrays.sort(frames);
            System.gc();
            Thread.sleep(200);
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("run %d: %d states; read %d ms, layout %d ms, geometry %d ms, first frame %d ms; "
                            + "open total %d ms%n", run + 1, geometry.states().size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                    ms(frame), ms(t4 - t0));
            System.out.printf("       pan/zoom frames: median %.1f ms, p95 %.1f ms, max %.1f ms; heap in use %d MB%n",
                    frames[100] / 1e6, frames[190] / 1e6, frames[199] / 1e6, used / (1024 * 1024));
            if (geometry.total().width() < 0) {
                System.out.println(layout);
            }
        }
    }

    private static long frame(BufferedImage image, DiagramGeometry geometry, Bounds view, double zoom) {
        long start = System.nanoTime();
        Graphics2D g = image.createGraphics();
        g.scale(zoom, zoom);
        g.translate(-view.x(), -view.y());
        new DiagramPainter(new Java2dSurface(g), Theme.LIGHT).paint(geometry, view, zoom, DiagramPainter.Highlights.NONE);
        g.dispose();
        return System.nanoTime() - start;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
