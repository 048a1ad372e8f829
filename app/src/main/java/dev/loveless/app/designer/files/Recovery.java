package dev.loveless.app.designer.files;

import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.AtomicFiles;
import dev.loveless.model.io.Format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Autosave for crash recovery: while a document has unsaved changes it is written now and then to
 * a recovery file under the Loveless home ({@code ~/.loveless/recovery}), named after the file it
 * belongs to. A clean save or a clean close removes it; finding one at open time means the last
 * session ended with unsaved work, which the designer offers to restore.
 */
public final class Recovery {

    private final Path directory;

    public Recovery(Path home) {
        this.directory = home.resolve("recovery");
    }

    /** @return the Loveless home: {@code -Dloveless.home}, else {@code ~/.loveless} */
    public static Path defaultHome() {
        String home = System.getProperty("loveless.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".loveless");
    }

    /** @return the recovery file of a document ({@code null} file = an unsaved new document) */
    public Path fileFor(Path file, String untitledId) {
        String key = file == null ? "untitled-" + untitledId : hash(file.toAbsolutePath().normalize().toString());
        return directory.resolve(key + ".asl.json");
    }

    /** Writes the document's recovery copy (definition and diagram). */
    public void write(Path recoveryFile, Document document) throws IOException {
        AtomicFiles.write(recoveryFile, new AslWriter().write(document.machine(), Format.JSON));
        DiagramFiles.writeBeside(recoveryFile, document.diagram(), document.settings());
    }

    /** Removes a recovery copy, if any. */
    public void discard(Path recoveryFile) {
        try {
            Files.deleteIfExists(recoveryFile);
            Files.deleteIfExists(DiagramFiles.sidecarOf(recoveryFile));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Recovery.class).warn("could not remove the recovery file {}", recoveryFile, e);
        }
    }

    /** @return whether a recovery copy newer than {@code file} exists */
    public boolean hasNewerCopy(Path recoveryFile, Path file) {
        try {
            return Files.isRegularFile(recoveryFile)
                    && (file == null || !Files.exists(file)
                    || Files.getLastModifiedTime(recoveryFile).compareTo(Files.getLastModifiedTime(file)) > 0);
        } catch (IOException e) {
            return false;
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
