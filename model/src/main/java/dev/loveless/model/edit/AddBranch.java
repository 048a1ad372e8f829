package dev.loveless.model.edit;

import dev.loveless.model.Branch;
import dev.loveless.model.ParallelState;
import dev.loveless.model.PassState;
import dev.loveless.model.StateCommon;
import dev.loveless.model.StatePath;
import dev.loveless.model.States;
import dev.loveless.model.diagram.Placement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Adds a branch at the end of a Parallel state, holding one Pass step (named uniquely in the whole
 * machine) so that it reads as a branch at once; the new step is placed on the diagram.
 */
public record AddBranch(StatePath parallel) implements Edit {

    public AddBranch {
        Objects.requireNonNull(parallel, "parallel");
    }

    @Override
    public String description() {
        return "Add a branch to \"" + parallel.name() + "\"";
    }

    @Override
    public Document apply(Document document) {
        ParallelState state = Branches.require(document, parallel);
        Set<String> taken = new HashSet<>(Names.used(document.machine()));
        String step = Names.unique("Branch " + (state.branchesOrEmpty().size() + 1) + " step", taken);
        List<Branch> branches = new ArrayList<>(state.branchesOrEmpty());
        branches.add(Branch.of(step, new States(Map.of(step, PassState.of(StateCommon.ending())))));
        var machine = Scopes.updateState(document.machine(), parallel, s -> state.withBranches(branches));
        return document.with(machine, Placement.completed(machine, document.diagram()));
    }
}
