package dev.loveless.model;

import java.util.Objects;

/** A Fail state: ends the execution as failed with an error name and a cause, given or read from the input. */
public record FailState(
        StateCommon common, String error, String errorPath, String cause, String causePath, Extras extras)
        implements State {

    public FailState {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(extras, "extras");
    }

    public static FailState of(String error, String cause) {
        return new FailState(StateCommon.EMPTY, error, null, cause, null, Extras.NONE);
    }

    @Override
    public StateType type() {
        return StateType.FAIL;
    }

    @Override
    public FailState withCommon(StateCommon newCommon) {
        return new FailState(newCommon, error, errorPath, cause, causePath, extras);
    }
}
