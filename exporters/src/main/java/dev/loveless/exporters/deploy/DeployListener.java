package dev.loveless.exporters.deploy;

/** Follows an apply resource by resource (the Deploy dialog's progress, the command line's lines). */
public interface DeployListener {

    /** Ignores everything. */
    DeployListener NONE = new DeployListener() {
    };

    /** A change is about to be made. */
    default void started(PlannedChange change) {
    }

    /** A change was made, failed, or was not run. */
    default void finished(StepResult result) {
    }

    /** Apply is waiting (for IAM to make a new role usable); {@code message} says for what. */
    default void waiting(String message) {
    }
}
