package dev.loveless.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The shared ASL corpus and benchmark inputs beside the repository ({@code ../shared}). */
public final class Corpus {

    private Corpus() {
    }

    /** @return the shared folder; fails the test run loudly when it is missing */
    public static Path shared() {
        String property = System.getProperty("loveless.shared");
        Path shared = property != null ? Paths.get(property) : Paths.get("..", "..", "shared");
        if (!Files.isDirectory(shared.resolve("asl-corpus"))) {
            throw new IllegalStateException("the shared corpus is missing: expected " + shared.toAbsolutePath()
                    + "/asl-corpus (set -Dloveless.shared=DIR)");
        }
        return shared;
    }

    public static Path root() {
        return shared().resolve("asl-corpus");
    }

    /** @return every definition of the corpus (valid, invalid and unknown), sorted */
    public static List<Path> allDefinitions() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> !file.startsWith(root().resolve("LICENSES")))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a path relative to the corpus root, with forward slashes */
    public static String relative(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }
}
