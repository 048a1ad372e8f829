package dev.loveless.app.designer.deploy;

import dev.loveless.exporters.deploy.PlannedChange;

import java.util.Objects;

/**
 * One resource in the Deploy dialog: the planned change, then, during and after apply, what became
 * of it.
 *
 * @param change   what the plan says will happen to the resource
 * @param progress where apply stands with it
 * @param note     the plan's summary, then apply's message (the ARN made, why it failed)
 */
public record ChangeRow(PlannedChange change, Progress progress, String note) {

    /** Where apply stands with one resource. */
    public enum Progress {
        PLANNED(""), RUNNING("in progress…"), WAITING("waiting for IAM…"), DONE("done"), FAILED("failed"),
        NOT_RUN("not done"), UNCHANGED("no change");

        private final String label;

        Progress(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ChangeRow {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(note, "note");
    }

    /** @return the row before apply */
    public static ChangeRow planned(PlannedChange change) {
        return new ChangeRow(change, Progress.PLANNED, change.summary());
    }

    public ChangeRow with(Progress newProgress, String newNote) {
        return new ChangeRow(change, newProgress, newNote);
    }

    /** @return whether this row is about the same resource as {@code other} */
    public boolean sameResource(PlannedChange other) {
        return change.kind() == other.kind() && change.name().equals(other.name());
    }
}
