package dev.loveless.app.designer.export;

import dev.loveless.exporters.Ownership;
import dev.loveless.exporters.files.FileOutcome;

import java.util.Objects;

/**
 * One line of the export preview: a file, what the export will do (or did) to it, and whose it is.
 *
 * @param path      relative to the export folder, with {@code /}
 * @param action    created, updated, unchanged, kept, removed, conflict...
 * @param ownership regenerated wiring or the user's file; {@code null} for a file the export no
 *                  longer makes (removed or kept stale) and for pictures
 * @param size      the content's size in bytes, or -1 when the export does not make the file
 */
public record FileRow(String path, FileOutcome.Action action, Ownership ownership, long size) {

    public FileRow {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
    }

    /** @return what happens to the file, in the preview's words */
    public String actionText() {
        return action.label();
    }

    /** @return whose the file is, in the preview's words */
    public String ownerText() {
        if (ownership == null) {
            return "";
        }
        return ownership == Ownership.USER_OWNED ? "yours once written" : "regenerated";
    }
}
