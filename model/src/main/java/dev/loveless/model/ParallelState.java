package dev.loveless.model;

import java.util.List;
import java.util.Objects;

/**
 * A Parallel state: runs its branches at the same time and joins their outputs.
 * {@code branches} is {@code null} when {@code Branches} is absent or not an array of objects.
 */
public record ParallelState(StateCommon common, List<Branch> branches, Extras extras) implements State {

    public ParallelState {
        Objects.requireNonNull(common, "common");
        branches = branches == null ? null : List.copyOf(branches);
        Objects.requireNonNull(extras, "extras");
    }

    public static ParallelState of(List<Branch> branches, StateCommon common) {
        return new ParallelState(common, branches, Extras.NONE);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }

    @Override
    public ParallelState withCommon(StateCommon newCommon) {
        return new ParallelState(newCommon, branches, extras);
    }

    public ParallelState withBranches(List<Branch> newBranches) {
        return new ParallelState(common, newBranches, extras);
    }

    /** @return the branches, never {@code null} */
    public List<Branch> branchesOrEmpty() {
        return branches == null ? List.of() : branches;
    }
}
