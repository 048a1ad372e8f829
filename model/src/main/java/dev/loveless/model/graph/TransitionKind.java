package dev.loveless.model.graph;

/** Why control may pass from one node to another. */
public enum TransitionKind {
    /** A scope's {@code StartAt}. */
    START,
    /** A state's {@code Next}. */
    NEXT,
    /** A Choice rule's {@code Next}. */
    CHOICE,
    /** A Choice state's {@code Default}. */
    DEFAULT,
    /** A {@code Catch} entry's {@code Next}. */
    CATCH
}
