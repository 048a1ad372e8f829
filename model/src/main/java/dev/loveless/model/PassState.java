package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** A Pass state: passes its input to its output, optionally injecting a fixed {@code Result}. */
public record PassState(StateCommon common, JsonNode result, Extras extras) implements State {

    public PassState {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(extras, "extras");
    }

    public static PassState of(StateCommon common) {
        return new PassState(common, null, Extras.NONE);
    }

    @Override
    public StateType type() {
        return StateType.PASS;
    }

    @Override
    public PassState withCommon(StateCommon newCommon) {
        return new PassState(newCommon, result, extras);
    }
}
