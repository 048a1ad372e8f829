package dev.loveless.benchmarks;

import dev.loveless.model.StateMachine;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * Measures {@link DiagramGeometry#of} warm on a large definition (default
 * ../shared/bench/gen-1mb.json, 3,475 states): the shapes the designer computes after every edit
 * (boxes, routed edges, placed labels). The layout is computed once, outside the timing; what is
 * timed is exactly what the designer redoes after a state was moved, as wall time and as the
 * thread's CPU time (steadier on a shared machine). Also reports how many edges and labels there are. Usage: {@code benchmarks/run GeometryBenchmark [FILE]}.
 */
public final class GeometryBenchmark {

    private GeometryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/bench/gen-1mb.json");
        StateMachine machine = new AslReader().read(file).machine();
        Diagram diagram = Placement.completed(machine,
                WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of()));
        DiagramGeometry geometry = DiagramGeometry.of(machine, diagram);
        long labels = geometry.edges().stream().filter(edge -> edge.label() != null).count();
        System.out.printf("%s: %d states, %d edges, %d labels%n", file, geometry.states().size(),
                geometry.edges().size(), labels);
        double[] millis = Measure.time(15, 30, () -> DiagramGeometry.of(machine, diagram));
        System.out.println(Measure.summary("DiagramGeometry.of (wall)", millis));
        // CPU time of this thread: steadier than wall time on a machine others share.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[30];
        for (int i = 0; i < cpu.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            geometry = DiagramGeometry.of(machine, diagram);
            cpu[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(cpu);
        System.out.println(Measure.summary("DiagramGeometry.of (thread CPU)", cpu));
        if (geometry.edges().isEmpty()) {
            System.out.println("no edges");
        }
    }
}
