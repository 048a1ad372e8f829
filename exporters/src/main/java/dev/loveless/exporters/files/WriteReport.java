package dev.loveless.exporters.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an export did to a folder, file by file (or, for a {@linkplain FileSink#plan plan}, would do).
 *
 * @param root     the export folder
 * @param outcomes one per file, generated files in export order, then removed stale files
 * @param applied  whether the disk was changed ({@code false} for a plan, or when a conflict stopped it)
 */
public record WriteReport(Path root, List<FileOutcome> outcomes, boolean applied) {

    public WriteReport {
        Objects.requireNonNull(root, "root");
        outcomes = List.copyOf(outcomes);
    }

    /** @return the files that stand in the way of the export */
    public List<FileOutcome> conflicts() {
        return of(FileOutcome.Action.CONFLICT);
    }

    /** @return whether something stands in the way (then nothing was written) */
    public boolean hasConflicts() {
        return !conflicts().isEmpty();
    }

    /** @return the outcomes with the given action */
    public List<FileOutcome> of(FileOutcome.Action action) {
        return outcomes.stream().filter(outcome -> outcome.action() == action).toList();
    }

    /** @return the action for {@code path}, or {@code null} if the report does not name it */
    public FileOutcome.Action actionFor(String path) {
        for (FileOutcome outcome : outcomes) {
            if (outcome.path().equals(path)) {
                return outcome.action();
            }
        }
        return null;
    }
}
