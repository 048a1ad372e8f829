package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a state's {@code Catch}: the errors it handles and the state to go to.
 * {@code ResultPath} is a JSON value (a path or JSON null); {@code Output} and {@code Assign} are
 * the JSONata-era fields.
 */
public record Catcher(
        List<String> errorEquals,
        String next,
        JsonNode resultPath,
        JsonNode output,
        JsonNode assign,
        String comment,
        Extras extras) {

    public Catcher {
        errorEquals = errorEquals == null ? null : List.copyOf(errorEquals);
        Objects.requireNonNull(extras, "extras");
    }

    public static Catcher of(List<String> errors, String next) {
        return new Catcher(errors, next, null, null, null, null, Extras.NONE);
    }

    public Catcher withNext(String newNext) {
        return new Catcher(errorEquals, newNext, resultPath, output, assign, comment, extras);
    }
}
