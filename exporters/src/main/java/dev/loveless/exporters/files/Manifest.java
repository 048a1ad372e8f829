package dev.loveless.exporters.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record, kept in the export folder, of the wiring one exporter wrote there last time: path →
 * SHA-256 of the content written. It tells wiring Loveless made (safe to regenerate) from a file
 * that merely has the same name, and which stale wiring is still unedited (safe to delete).
 *
 * <p>Format: one {@code <sha256> <path>} line per file, sorted by path. A missing or unreadable
 * manifest is an empty one.
 */
final class Manifest {

    /** The folder, inside the export folder, that holds the manifests. */
    static final String FOLDER = ".loveless";

    private final Map<String, String> hashes;

    Manifest(Map<String, String> hashes) {
        this.hashes = new LinkedHashMap<>(hashes);
    }

    static Path location(Path root, String exporterId) {
        return root.resolve(FOLDER).resolve(exporterId + ".manifest");
    }

    static Manifest read(Path root, String exporterId) {
        Path file = location(root, exporterId);
        Map<String, String> hashes = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return new Manifest(hashes);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space == 64) {
                    hashes.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (IOException e) {
            // An unreadable manifest only means that nothing is known to be ours: the safe side.
            hashes.clear();
        }
        return new Manifest(hashes);
    }

    Map<String, String> hashes() {
        return hashes;
    }

    String hashOf(String path) {
        return hashes.get(path);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        hashes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> text.append(entry.getValue()).append(' ').append(entry.getKey()).append('\n'));
        return text.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
