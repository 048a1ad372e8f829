package dev.loveless.model.edit;

import dev.loveless.model.Branch;
import dev.loveless.model.ItemProcessor;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.States;
import dev.loveless.model.graph.ScopeId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Rebuilds an immutable machine around a change deep inside it: a scope (the machine, a Parallel
 * branch, a Map processor) or a single state, addressed by {@link ScopeId} or {@link StatePath}.
 */
final class Scopes {

    private Scopes() {
    }

    /** @return the scope named by {@code id}, or {@code null} when there is none */
    static Scope find(StateMachine machine, ScopeId id) {
        if (id.isRoot()) {
            return machine;
        }
        State owner = StateTree.resolve(machine, id.owner());
        if (owner == null) {
            return null;
        }
        List<Scope> scopes = StateTree.scopesOf(owner);
        return id.branch() >= 0 && id.branch() < scopes.size() ? scopes.get(id.branch()) : null;
    }

    /** @return the scope named by {@code id}; throws when there is none */
    static Scope require(StateMachine machine, ScopeId id) {
        Scope scope = find(machine, id);
        if (scope == null) {
            throw new EditException("there is no such place in the workflow: " + describe(id));
        }
        return scope;
    }

    /** @return the state at {@code path}; throws when there is none */
    static State requireState(StateMachine machine, StatePath path) {
        State state = StateTree.resolve(machine, path);
        if (state == null) {
            throw new EditException("there is no state \"" + path + "\"");
        }
        return state;
    }

    /** @return the machine with the scope {@code id} replaced by {@code change} of it */
    static StateMachine update(StateMachine machine, ScopeId id, UnaryOperator<Scope> change) {
        if (id.isRoot()) {
            return (StateMachine) change.apply(machine);
        }
        return updateState(machine, id.owner(), owner -> withInner(owner, id.branch(), change));
    }

    /** @return the machine with the state at {@code path} replaced by {@code change} of it */
    static StateMachine updateState(StateMachine machine, StatePath path, UnaryOperator<State> change) {
        return update(machine, ScopeId.of(path), scope -> {
            State state = scope.statesOrEmpty().get(path.name());
            if (state == null) {
                throw new EditException("there is no state \"" + path + "\"");
            }
            return withStates(scope, scope.statesOrEmpty().with(path.name(), change.apply(state)));
        });
    }

    /** @return every state of a scope replaced by {@code change} of it */
    static Scope mapStates(Scope scope, UnaryOperator<State> change) {
        Map<String, State> copy = new LinkedHashMap<>();
        scope.statesOrEmpty().byName().forEach((name, state) -> copy.put(name, change.apply(state)));
        return withStates(scope, new States(copy));
    }

    static Scope withStates(Scope scope, States states) {
        if (scope instanceof StateMachine machine) {
            return machine.withStates(states);
        }
        if (scope instanceof Branch branch) {
            return branch.withStates(states);
        }
        return ((ItemProcessor) scope).withStates(states);
    }

    static Scope withStartAt(Scope scope, String startAt) {
        if (scope instanceof StateMachine machine) {
            return machine.withStartAt(startAt);
        }
        if (scope instanceof Branch branch) {
            return branch.withStartAt(startAt);
        }
        return ((ItemProcessor) scope).withStartAt(startAt);
    }

    /**
     * Takes states out of a scope: they are removed, and every transition of the states left
     * (and the scope's {@code StartAt}) that named one of them is pointed at
     * {@code replacement} of that name instead, or cleared when that is {@code null}
     * ({@link Transitions#retarget}).
     */
    static Scope withoutStates(Scope scope, Set<String> names, UnaryOperator<String> replacement) {
        Map<String, State> kept = new LinkedHashMap<>(scope.statesOrEmpty().byName());
        kept.keySet().removeAll(names);
        UnaryOperator<String> target = name -> names.contains(name) ? replacement.apply(name) : name;
        Scope result = mapStates(withStates(scope, new States(kept)), state -> Transitions.retarget(state, target));
        String start = scope.startAt();
        return start != null && names.contains(start) ? withStartAt(result, replacement.apply(start)) : result;
    }

    /** @return {@code states} with {@code from} renamed {@code to}, in the same place of the order */
    static States renamed(States states, String from, String to) {
        Map<String, State> copy = new LinkedHashMap<>();
        states.byName().forEach((name, state) -> copy.put(name.equals(from) ? to : name, state));
        return new States(copy);
    }

    private static State withInner(State owner, int branch, UnaryOperator<Scope> change) {
        if (owner instanceof ParallelState parallel && branch >= 0 && branch < parallel.branchesOrEmpty().size()) {
            List<Branch> branches = new ArrayList<>(parallel.branches());
            branches.set(branch, (Branch) change.apply(branches.get(branch)));
            return parallel.withBranches(branches);
        }
        if (owner instanceof MapState map && map.processor() != null && branch == 0) {
            return map.withProcessor((ItemProcessor) change.apply(map.processor()));
        }
        throw new EditException("that state holds no branch " + branch);
    }

    static String describe(ScopeId id) {
        return id.isRoot() ? "the workflow" : "branch " + (id.branch() + 1) + " of \"" + id.owner() + "\"";
    }
}
