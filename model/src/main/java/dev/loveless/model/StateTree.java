package dev.loveless.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks and addresses the states of a machine through every nesting level: the scopes a state
 * holds, each state with its {@link StatePath}, a path's state and its JSON pointer.
 */
public final class StateTree {

    /** Receives each state of a walk. */
    @FunctionalInterface
    public interface Visitor {
        void visit(StatePath path, State state);
    }

    private StateTree() {
    }

    /** @return the scopes a state holds: a Parallel's branches, a Map's processor; else none */
    public static List<Scope> scopesOf(State state) {
        if (state instanceof ParallelState parallel) {
            return List.copyOf(parallel.branchesOrEmpty());
        }
        if (state instanceof MapState map && map.processor() != null) {
            return List.of(map.processor());
        }
        return List.of();
    }

    /** Visits every state, parents before their children, in document order. */
    public static void walk(StateMachine machine, Visitor visitor) {
        walk(machine, null, -1, visitor);
    }

    private static void walk(Scope scope, StatePath parent, int branch, Visitor visitor) {
        for (var entry : scope.statesOrEmpty().byName().entrySet()) {
            StatePath path = parent == null ? StatePath.of(entry.getKey()) : parent.child(branch, entry.getKey());
            visitor.visit(path, entry.getValue());
            List<Scope> scopes = scopesOf(entry.getValue());
            for (int i = 0; i < scopes.size(); i++) {
                walk(scopes.get(i), path, i, visitor);
            }
        }
    }

    /** @return every state path in document order */
    public static List<StatePath> paths(StateMachine machine) {
        List<StatePath> paths = new ArrayList<>();
        walk(machine, (path, state) -> paths.add(path));
        return paths;
    }

    /** @return the scope that holds the state at {@code path}, or {@code null} if there is none */
    public static Scope scopeOf(StateMachine machine, StatePath path) {
        StatePath parent = path.parent();
        if (parent == null) {
            return machine;
        }
        State parentState = resolve(machine, parent);
        if (parentState == null) {
            return null;
        }
        List<Scope> scopes = scopesOf(parentState);
        int branch = path.branchInParent();
        return branch >= 0 && branch < scopes.size() ? scopes.get(branch) : null;
    }

    /** @return the state at {@code path}, or {@code null} if there is none */
    public static State resolve(StateMachine machine, StatePath path) {
        Scope scope = scopeOf(machine, path);
        return scope == null ? null : scope.statesOrEmpty().get(path.name());
    }

    /**
     * @return the JSON pointer (RFC 6901) of the state at {@code path} in the written definition,
     *         e.g. {@code /States/Fan out/Branches/1/States/Charge}; {@code null} if there is no such state
     */
    public static String pointerOf(StateMachine machine, StatePath path) {
        StringBuilder pointer = new StringBuilder();
        Scope scope = machine;
        for (int i = 0; i < path.names().size(); i++) {
            String name = path.names().get(i);
            State state = scope.statesOrEmpty().get(name);
            if (state == null) {
                return null;
            }
            pointer.append("/States/").append(escape(name));
            if (i == path.names().size() - 1) {
                break;
            }
            int branch = path.branches().get(i);
            if (state instanceof ParallelState parallel && branch < parallel.branchesOrEmpty().size()) {
                pointer.append("/Branches/").append(branch);
                scope = parallel.branches().get(branch);
            } else if (state instanceof MapState map && map.processor() != null && branch == 0) {
                pointer.append(map.itemProcessor() != null ? "/ItemProcessor" : "/Iterator");
                scope = map.processor();
            } else {
                return null;
            }
        }
        return pointer.toString();
    }

    /** @return {@code token} escaped for a JSON pointer */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
