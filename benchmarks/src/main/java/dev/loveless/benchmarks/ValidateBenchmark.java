package dev.loveless.benchmarks;

import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.validation.ValidationResult;
import dev.loveless.model.validation.Validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Measures warm validation of a large definition (default: ../shared/bench/gen-1mb.json, 3,475
 * states): the definition is read once per round, outside the timing, so that each timed
 * validation starts from a fresh {@link ParsedDefinition} whose source map has not been indexed
 * yet (locating diagnostics is part of validating). Prints the median and best of the timed rounds.
 *
 * <p>Run: {@code mvn -q -o -pl benchmarks -am package -DskipTests}, then
 * {@code java -cp benchmarks/target/classes:model/target/classes:$(cd model && mvn -q -o
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout) dev.loveless.benchmarks.ValidateBenchmark
 * ../shared/bench/gen-1mb.json}.
 */
public final class ValidateBenchmark {

    private static final int WARMUP = 200;
    private static final int ROUNDS = 100;

    private ValidateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Paths.get(args[0]) : Paths.get("..", "shared", "bench", "gen-1mb.json");
        String text = Files.readString(file);
        AslReader reader = new AslReader();
        Validator validator = new Validator();
        ValidationResult result = null;
        for (int i = 0; i < WARMUP; i++) {
            result = validator.validate(reader.read(text, dev.loveless.model.io.Format.JSON));
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            ParsedDefinition parsed = reader.read(text, dev.loveless.model.io.Format.JSON);
            System.gc(); // the reader's garbage is not the validator's cost
            long start = System.nanoTime();
            result = validator.validate(parsed);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: %d bytes, %d diagnostics (%d errors)%n", file, text.length(),
                result.diagnostics().size(), result.count(dev.loveless.model.validation.Severity.ERROR));
        System.out.printf("warm validation: median %.2f ms, best %.2f ms, p90 %.2f ms over %d rounds%n",
                nanos[ROUNDS / 2] / 1e6, nanos[0] / 1e6, nanos[ROUNDS * 9 / 10] / 1e6, ROUNDS);
    }
}
