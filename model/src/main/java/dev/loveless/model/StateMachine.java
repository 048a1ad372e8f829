package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A whole Amazon States Language definition: the top-level fields and the states.
 *
 * <p>It may be incomplete or invalid: any field may be {@code null} (missing, or present with the
 * wrong JSON type, in which case the raw value is in {@link #extras()}). {@code TimeoutSeconds} is
 * kept as a JSON value because JSONata machines may give an expression there.
 */
public record StateMachine(
        String comment,
        String startAt,
        States states,
        String version,
        JsonNode timeoutSeconds,
        String queryLanguage,
        Extras extras) implements Scope {

    public StateMachine {
        Objects.requireNonNull(extras, "extras");
    }

    /** @return a machine with only {@code StartAt} and {@code States} */
    public static StateMachine of(String startAt, States states) {
        return new StateMachine(null, startAt, states, null, null, null, Extras.NONE);
    }

    public StateMachine withStates(States newStates) {
        return new StateMachine(comment, startAt, newStates, version, timeoutSeconds, queryLanguage, extras);
    }

    public StateMachine withStartAt(String newStartAt) {
        return new StateMachine(comment, newStartAt, states, version, timeoutSeconds, queryLanguage, extras);
    }

    public StateMachine withComment(String newComment) {
        return new StateMachine(newComment, startAt, states, version, timeoutSeconds, queryLanguage, extras);
    }

    /** @return the machine's query language, JSONPath when none is given */
    public QueryLanguage effectiveQueryLanguage() {
        return QueryLanguage.parseOr(queryLanguage, QueryLanguage.JSONPATH);
    }
}
