package dev.loveless.model.io;

import java.nio.file.Path;
import java.util.Locale;

/** The two text formats of an ASL definition. */
public enum Format {
    JSON,
    YAML;

    /**
     * @return the format a file name says ({@code .yaml}/{@code .yml} → YAML), JSON for
     *         {@code .json} and for anything else
     */
    public static Format ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    public static Format of(Path file) {
        Path name = file.getFileName();
        return name == null ? JSON : ofFileName(name.toString());
    }

    /** @return whether a file name has one of the extensions of an ASL definition */
    public static boolean isDefinitionFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
