package dev.loveless.benchmarks;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.files.FileSink;
import dev.loveless.exporters.java.JavaProjectExporter;
import dev.loveless.model.Catcher;
import dev.loveless.model.Retrier;
import dev.loveless.model.State;
import dev.loveless.model.StateCommon;
import dev.loveless.model.StateMachine;
import dev.loveless.model.States;
import dev.loveless.model.SucceedState;
import dev.loveless.model.TaskState;
import com.fasterxml.jackson.databind.node.IntNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the Java export of a workflow with 500 Tasks (two in three Lambda, one in three
 * Activity, each with a Retry and a Catch): building every file in memory, and building plus
 * writing the project to an empty folder through the file sink. Goal: under 2 s.
 *
 * <p>Run: {@code mvn -q -o -pl benchmarks -am package -DskipTests && java -cp
 * 'benchmarks/target/classes:benchmarks/target/lib/*' dev.loveless.benchmarks.JavaExportBenchmark [tasks]}.
 */
public final class JavaExportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private JavaExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int tasks = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 500;
        StateMachine machine = workflow(tasks);
        JavaProjectExporter exporter = new JavaProjectExporter();
        for (int i = 0; i < WARM_UP; i++) {
            exporter.export(machine, "bench");
        }
        long[] inMemory = new long[RUNS];
        long[] toDisk = new long[RUNS];
        int files = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Export export = exporter.export(machine, "bench");
            inMemory[i] = System.nanoTime() - start;
            files = export.files().size();
            Path folder = Files.createTempDirectory("loveless-bench");
            try {
                start = System.nanoTime();
                new FileSink(folder).write(exporter.export(machine, "bench"));
                toDisk[i] = System.nanoTime() - start;
            } finally {
                delete(folder);
            }
        }
        System.out.printf("Java export of %d Tasks (%d files): in memory median %d ms (min %d); written to disk median %d ms (min %d)%n",
                tasks, files, median(inMemory), min(inMemory), median(toDisk), min(toDisk));
    }

    static StateMachine workflow(int tasks) {
        Map<String, State> states = new LinkedHashMap<>();
        for (int i = 0; i < tasks; i++) {
            String next = i + 1 < tasks ? "Step " + (i + 1) : "Done";
            String resource = i % 3 == 2
                    ? "arn:aws:states:us-east-1:123456789012:activity:step-" + i
                    : "arn:aws:lambda:us-east-1:123456789012:function:step-" + i;
            StateCommon common = StateCommon.next(next)
                    .withComment("Step number " + i + " of the benchmark workflow.")
                    .withRetry(List.of(Retrier.on(List.of("Transient" + (i % 10)))))
                    .withCatchers(List.of(Catcher.of(List.of("Fatal" + (i % 7)), "Done")));
            states.put("Step " + i, TaskState.of(resource, common).withTimeouts(IntNode.valueOf(300), IntNode.valueOf(60)));
        }
        states.put("Done", new SucceedState(StateCommon.EMPTY, dev.loveless.model.Extras.NONE));
        return StateMachine.of("Step 0", new States(states));
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    private static long min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1_000_000;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
