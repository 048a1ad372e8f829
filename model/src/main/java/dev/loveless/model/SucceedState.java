package dev.loveless.model;

import java.util.Objects;

/** A Succeed state: ends its scope successfully. */
public record SucceedState(StateCommon common, Extras extras) implements State {

    public SucceedState {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(extras, "extras");
    }

    public static SucceedState of() {
        return new SucceedState(StateCommon.EMPTY, Extras.NONE);
    }

    @Override
    public StateType type() {
        return StateType.SUCCEED;
    }

    @Override
    public SucceedState withCommon(StateCommon newCommon) {
        return new SucceedState(newCommon, extras);
    }
}
