package dev.loveless.exporters;

import java.util.Objects;

/**
 * One file an exporter produces: where it goes (relative to the export folder), its text, and
 * whether it is {@linkplain Ownership#REGENERATED regenerated wiring} or
 * {@linkplain Ownership#USER_OWNED the user's}.
 *
 * <p>Invariant: {@code path} is relative, uses {@code /}, and has no empty, {@code .} or
 * {@code ..} segment, so that no definition can make an export write outside its folder.
 */
public record GeneratedFile(String path, String content, Ownership ownership) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(ownership, "ownership");
        checkPath(path);
    }

    /** @return regenerated wiring */
    public static GeneratedFile regenerated(String path, String content) {
        return new GeneratedFile(path, content, Ownership.REGENERATED);
    }

    /** @return a file that belongs to the user once written */
    public static GeneratedFile userOwned(String path, String content) {
        return new GeneratedFile(path, content, Ownership.USER_OWNED);
    }

    private static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("not a relative path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a relative path: " + path);
            }
        }
    }
}
