package dev.loveless.exporters.files;

import java.util.Objects;

/**
 * What the {@link FileSink} did (or, in a plan, would do) with one file.
 *
 * @param path   the file's path relative to the export folder, with {@code /}
 * @param action what happened
 */
public record FileOutcome(String path, Action action) {

    /** What happens to one file. */
    public enum Action {
        /** The file did not exist and was written. */
        CREATED("created"),
        /** Regenerated wiring whose content changed was rewritten. */
        UPDATED("updated"),
        /** Regenerated wiring already had this content; not touched. */
        UNCHANGED("unchanged"),
        /** A user-owned file already exists and was left exactly as it is. */
        KEPT("kept (yours)"),
        /** Wiring an earlier export wrote and this one no longer makes, unedited, was deleted. */
        REMOVED("removed (no longer generated)"),
        /** Wiring an earlier export wrote and this one no longer makes was edited, so it stays. */
        KEPT_STALE("kept (no longer generated, but edited)"),
        /** A file Loveless did not write is in the way; nothing was written. */
        CONFLICT("not written: a file Loveless did not make is in the way");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        /** @return a short phrase for listings */
        public String label() {
            return label;
        }

        /** @return whether this action changes the disk */
        public boolean writes() {
            return this == CREATED || this == UPDATED || this == REMOVED;
        }
    }

    public FileOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
    }
}
