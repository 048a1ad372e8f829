package dev.loveless.model;

/**
 * One state of a workflow. A sealed family of immutable records, one per ASL state type, plus
 * {@link UnknownState} for a state whose {@code Type} is missing or unknown (so that a broken file
 * still opens).
 *
 * <p>Every state carries the fields many types share in {@link StateCommon}, whether or not its
 * type allows them: reading never drops a field, and the validator says which are not allowed.
 */
public sealed interface State
        permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState, ParallelState,
        MapState, UnknownState {

    /** @return the type, or {@code null} for an {@link UnknownState} */
    StateType type();

    StateCommon common();

    Extras extras();

    /** @return this state with other common fields */
    State withCommon(StateCommon common);

    /** @return this state's {@code Comment}, or {@code null} */
    default String comment() {
        return common().comment();
    }

    /** @return this state's {@code Next}, or {@code null} */
    default String next() {
        return common().next();
    }

    /** @return whether {@code End} is {@code true} */
    default boolean isEnd() {
        return Boolean.TRUE.equals(common().end());
    }
}
