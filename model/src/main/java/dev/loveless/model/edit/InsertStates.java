package dev.loveless.model.edit;

import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StateTree;
import dev.loveless.model.States;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.graph.ScopeId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Inserts a group of states into a scope (paste, duplicate), with their diagram at an offset.
 * Names that are taken anywhere in the machine are made unique — nested states included — and
 * the group's transitions among themselves follow the new names; transitions that leave the
 * group are dropped (they would cross into states the group does not hold).
 *
 * @param states  the states by their original names, in order
 * @param diagram the group's diagram, keyed by paths as if the group were at the top level
 */
public record InsertStates(ScopeId scope, States states, Diagram diagram, double dx, double dy) implements Edit {

    public InsertStates {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(diagram, "diagram");
        if (states.isEmpty()) {
            throw new EditException("nothing to insert");
        }
    }

    @Override
    public String description() {
        return states.size() == 1 ? "Paste \"" + states.nameList().get(0) + "\"" : "Paste " + states.size() + " states";
    }

    @Override
    public Document apply(Document document) {
        Scopes.require(document.machine(), scope);
        Set<String> taken = new HashSet<>(Names.used(document.machine()));
        // Fresh names for every state of the group, nested ones included.
        StateMachineGroup group = new StateMachineGroup(states);
        Map<String, String> fresh = new HashMap<>();
        for (String name : group.allNames()) {
            String unique = Names.unique(name, taken);
            taken.add(unique);
            fresh.put(name, unique);
        }
        States renamed = group.renamed(fresh);
        Set<String> top = new HashSet<>(renamed.names());
        Map<String, State> topStates = new LinkedHashMap<>();
        renamed.byName().forEach((name, state) -> topStates.put(name, Transitions.retarget(state,
                target -> top.contains(target) ? target : null)));

        var machine = Scopes.update(document.machine(), scope, held -> {
            Scope result = held;
            for (var entry : topStates.entrySet()) {
                result = Scopes.withStates(result, result.statesOrEmpty().with(entry.getKey(), entry.getValue()));
            }
            if (held.startAt() == null || !held.statesOrEmpty().contains(held.startAt())) {
                result = Scopes.withStartAt(result, topStates.keySet().iterator().next());
            }
            return result;
        });
        Map<dev.loveless.model.StatePath, Bounds> placed = new LinkedHashMap<>();
        diagram.bounds().forEach((path, box) -> placed.put(relocate(path, fresh), box.translated(dx, dy)));
        Diagram result = document.diagram().withAll(placed);
        for (var path : diagram.collapsed()) {
            result = result.withCollapsed(relocate(path, fresh), true);
        }
        return document.with(machine, dev.loveless.model.diagram.Placement.completed(machine, result));
    }

    private dev.loveless.model.StatePath relocate(dev.loveless.model.StatePath path, Map<String, String> fresh) {
        List<String> names = path.names().stream().map(name -> fresh.getOrDefault(name, name)).toList();
        dev.loveless.model.StatePath local = new dev.loveless.model.StatePath(names, path.branches());
        dev.loveless.model.StatePath result = null;
        for (int i = 0; i < local.names().size(); i++) {
            String name = local.names().get(i);
            if (i == 0) {
                result = scope.pathOf(name);
            } else {
                result = result.child(local.branches().get(i - 1), name);
            }
        }
        return result;
    }

    /** The pasted group seen as a machine of its own, to walk and rename its nested states. */
    private static final class StateMachineGroup {
        private final dev.loveless.model.StateMachine machine;

        StateMachineGroup(States states) {
            this.machine = dev.loveless.model.StateMachine.of(null, states);
        }

        List<String> allNames() {
            return StateTree.paths(machine).stream().map(dev.loveless.model.StatePath::name).toList();
        }

        States renamed(Map<String, String> fresh) {
            dev.loveless.model.StateMachine result = machine;
            // Rename deepest first so that the paths of enclosing states stay valid meanwhile.
            List<dev.loveless.model.StatePath> paths = new java.util.ArrayList<>(StateTree.paths(machine));
            paths.sort((a, b) -> Integer.compare(b.depth(), a.depth()));
            for (var path : paths) {
                String to = fresh.get(path.name());
                if (!to.equals(path.name())) {
                    result = Scopes.update(result, ScopeId.of(path), scope -> {
                        var renamed = Scopes.withStates(scope, Scopes.renamed(scope.statesOrEmpty(), path.name(), to));
                        renamed = Scopes.mapStates(renamed, state ->
                                Transitions.retarget(state, Transitions.renaming(path.name(), to)));
                        return path.name().equals(renamed.startAt()) ? Scopes.withStartAt(renamed, to) : renamed;
                    });
                }
            }
            return result.statesOrEmpty();
        }
    }
}
