package dev.loveless.model.validation;

import dev.loveless.model.QueryLanguage;
import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.graph.ScopeId;

import java.util.Objects;

/**
 * One state as the validator sees it: where it is, its JSON pointer, the scope that holds it
 * and the query language it is evaluated in.
 *
 * @param index    the state's position in the run's list of states (document order, parents first)
 * @param path     the state's address
 * @param state    the state itself
 * @param pointer  its JSON pointer, e.g. {@code /States/Fan out/Branches/0/States/Charge}
 * @param scopeId  the scope that holds it
 * @param scope    that scope (the machine, a branch or a processor)
 * @param language the query language it uses: its own {@code QueryLanguage}, else the machine's
 */
public record StateEntry(
        int index, StatePath path, State state, String pointer, ScopeId scopeId, Scope scope, QueryLanguage language) {

    public StateEntry {
        if (index < 0) {
            throw new IllegalArgumentException("index must be 0 or more");
        }
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(scopeId, "scopeId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(language, "language");
    }

    /** @return the state's name */
    public String name() {
        return path.name();
    }

    /** @return whether the state uses JSONata */
    public boolean jsonata() {
        return language == QueryLanguage.JSONATA;
    }
}
