package dev.loveless.benchmarks;

import dev.loveless.model.StateMachine;
import dev.loveless.model.StateTree;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Reading + writing a large definition in one warm JVM (goal: under 50 ms for the 1 MB,
 * 3,475-state {@code gen-1mb.json}).
 *
 * <pre>benchmarks/run ReadWriteBenchmark [FILE]</pre>
 */
public final class ReadWriteBenchmark {

    private ReadWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args.length > 0 ? args[0] : "../shared/bench/gen-1mb.json");
        String text = Files.readString(file);
        AslReader reader = new AslReader();
        AslWriter writer = new AslWriter();
        StateMachine machine = reader.read(text, Format.JSON).machine();
        System.out.printf("%s: %,d bytes, %,d states%n", file.getFileName(), text.length(),
                StateTree.paths(machine).size());

        double[] read = Measure.time(30, 50, () -> reader.read(text, Format.JSON));
        double[] write = Measure.time(30, 50, () -> writer.write(machine, Format.JSON));
        double[] both = Measure.time(30, 50, () -> writer.write(reader.read(file).machine(), Format.JSON));
        System.out.println(Measure.summary("read (text → model)", read));
        System.out.println(Measure.summary("write (model → canonical JSON)", write));
        System.out.println(Measure.summary("read file + write (goal < 50 ms)", both));
    }
}
