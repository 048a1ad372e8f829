package dev.loveless.model.edit;

import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.graph.ScopeId;

import java.util.Objects;

/**
 * Adds a new state to a scope at a place on the diagram. The first state of an empty scope
 * becomes its {@code StartAt}. The name must be free anywhere in the machine ({@link Names#unique}).
 */
public record AddState(ScopeId scope, String name, State state, Bounds bounds) implements Edit {

    public AddState {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(bounds, "bounds");
        String problem = Names.problemWith(name);
        if (problem != null) {
            throw new EditException(problem);
        }
    }

    @Override
    public String description() {
        return "Add \"" + name + "\"";
    }

    @Override
    public Document apply(Document document) {
        if (Names.used(document.machine()).contains(name)) {
            throw new EditException("There is already a state named \"" + name + "\".");
        }
        Scope target = Scopes.require(document.machine(), scope);
        boolean first = target.startAt() == null || !target.statesOrEmpty().contains(target.startAt());
        var machine = Scopes.update(document.machine(), scope, held -> {
            Scope added = Scopes.withStates(held, held.statesOrEmpty().with(name, state));
            return first ? Scopes.withStartAt(added, name) : added;
        });
        StatePath path = scope.pathOf(name);
        // Nested states of a new container are placed inside it.
        return document.with(machine, dev.loveless.model.diagram.Placement.completed(machine, document.diagram().with(path, bounds)));
    }
}
