package dev.loveless.model.edit;

import dev.loveless.model.graph.ScopeId;

import java.util.Objects;

/** Makes a state the one its scope starts at ({@code StartAt}). */
public record SetStartAt(ScopeId scope, String name) implements Edit {

    public SetStartAt {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String description() {
        return "Start at \"" + name + "\"";
    }

    @Override
    public Document apply(Document document) {
        if (!Scopes.require(document.machine(), scope).statesOrEmpty().contains(name)) {
            throw new EditException("there is no state \"" + name + "\" in " + Scopes.describe(scope));
        }
        return document.withMachine(Scopes.update(document.machine(), scope, held -> Scopes.withStartAt(held, name)));
    }
}
