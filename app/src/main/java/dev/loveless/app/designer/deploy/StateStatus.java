package dev.loveless.app.designer.deploy;

import dev.loveless.exporters.deploy.StateRun;

/** How a state fared in the execution shown on the canvas. */
public enum StateStatus {
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    IN_PROGRESS("in progress"),
    ABORTED("stopped"),
    NOT_REACHED("not reached");

    private final String label;

    StateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return the status of a state the execution entered */
    public static StateStatus of(StateRun.Status status) {
        return switch (status) {
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case IN_PROGRESS -> IN_PROGRESS;
            case ABORTED -> ABORTED;
        };
    }
}
