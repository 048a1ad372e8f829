package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A state the model cannot type: its {@code Type} is missing, not a string, or not one of the
 * eight ASL types; or the state is not even a JSON object. Its common fields are still read (so
 * its transitions show), and everything else is kept verbatim.
 *
 * @param typeName the {@code Type} text, or {@code null} when missing or not a string
 * @param nonObject the raw value when the state is not a JSON object (then the rest is empty), else {@code null}
 */
public record UnknownState(String typeName, StateCommon common, JsonNode nonObject, Extras extras)
        implements State {

    public UnknownState {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(extras, "extras");
    }

    @Override
    public StateType type() {
        return null;
    }

    @Override
    public UnknownState withCommon(StateCommon newCommon) {
        return new UnknownState(typeName, newCommon, nonObject, extras);
    }
}
