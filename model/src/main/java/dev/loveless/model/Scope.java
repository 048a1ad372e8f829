package dev.loveless.model;

/**
 * Anything that holds states and starts at one of them: the state machine itself, a Parallel
 * branch, or a Map's item processor (or legacy iterator). Transitions never cross a scope.
 */
public interface Scope {

    /** @return the {@code StartAt} state name, or {@code null} when missing or not a string */
    String startAt();

    /** @return the states of this scope, or {@code null} when {@code States} is missing or not an object */
    States states();

    /** @return the states, never {@code null} */
    default States statesOrEmpty() {
        States states = states();
        return states == null ? States.EMPTY : states;
    }
}
