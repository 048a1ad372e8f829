package dev.loveless.model;

import java.util.Objects;

/** One branch of a Parallel state: a scope of its own. */
public record Branch(String comment, String startAt, States states, Extras extras) implements Scope {

    public Branch {
        Objects.requireNonNull(extras, "extras");
    }

    public static Branch of(String startAt, States states) {
        return new Branch(null, startAt, states, Extras.NONE);
    }

    public Branch withStates(States newStates) {
        return new Branch(comment, startAt, newStates, extras);
    }

    public Branch withStartAt(String newStartAt) {
        return new Branch(comment, newStartAt, states, extras);
    }
}
