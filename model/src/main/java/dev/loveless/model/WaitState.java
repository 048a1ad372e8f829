package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A Wait state: pauses for {@code Seconds}, until {@code Timestamp}, or for/until a value read
 * from the input ({@code SecondsPath}, {@code TimestampPath}). {@code Seconds} is a JSON value
 * (a number, or a JSONata expression string).
 */
public record WaitState(
        StateCommon common,
        JsonNode seconds,
        String secondsPath,
        String timestamp,
        String timestampPath,
        Extras extras) implements State {

    public WaitState {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(extras, "extras");
    }

    @Override
    public StateType type() {
        return StateType.WAIT;
    }

    @Override
    public WaitState withCommon(StateCommon newCommon) {
        return new WaitState(newCommon, seconds, secondsPath, timestamp, timestampPath, extras);
    }
}
