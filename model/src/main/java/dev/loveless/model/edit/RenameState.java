package dev.loveless.model.edit;

import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.graph.ScopeId;

import java.util.Objects;

/**
 * Renames a state and rewrites everything that names it: the scope's {@code StartAt}, every
 * {@code Next}, {@code Default}, {@code Choices[].Next} and {@code Catch[].Next} of its scope, and
 * the diagram entries of the state and of everything nested in it. The state keeps its place in
 * the file's order. Consecutive renames of the same state (typing) merge into one undo step.
 */
public record RenameState(StatePath path, String newName) implements Edit {

    public RenameState {
        Objects.requireNonNull(path, "path");
        String problem = Names.problemWith(newName);
        if (problem != null) {
            throw new EditException(problem);
        }
    }

    @Override
    public String description() {
        return "Rename \"" + path.name() + "\" to \"" + newName + "\"";
    }

    @Override
    public Document apply(Document document) {
        String oldName = path.name();
        Scopes.requireState(document.machine(), path);
        if (oldName.equals(newName)) {
            return document;
        }
        if (Names.used(document.machine()).contains(newName)) {
            throw new EditException("There is already a state named \"" + newName + "\".");
        }
        var machine = Scopes.update(document.machine(), ScopeId.of(path), scope -> {
            var renamed = Scopes.withStates(scope, Scopes.renamed(scope.statesOrEmpty(), oldName, newName));
            renamed = Scopes.mapStates(renamed, state ->
                    Transitions.retarget(state, Transitions.renaming(oldName, newName)));
            return oldName.equals(renamed.startAt()) ? Scopes.withStartAt(renamed, newName) : renamed;
        });
        var diagram = document.diagram().rekeyed(path, path.sibling(newName));
        assert StateTree.resolve(machine, path.sibling(newName)) != null;
        return document.with(machine, diagram);
    }

    @Override
    public Edit mergedAfter(Edit previous) {
        if (previous instanceof RenameState earlier && earlier.path().sibling(earlier.newName()).equals(path)) {
            return new RenameState(earlier.path(), newName);
        }
        return null;
    }
}
