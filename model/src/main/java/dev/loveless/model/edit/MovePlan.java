package dev.loveless.model.edit;

import dev.loveless.model.MapState;
import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.graph.Node;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.Transition;
import dev.loveless.model.graph.TransitionKind;
import dev.loveless.model.graph.WorkflowGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What moving states into another scope means for one document, worked out and checked before
 * anything changes ({@link MoveIntoScope} carries it out; {@link EditRules#whyNoMove} asks it
 * during a drag). Throws {@link EditException} in plain words when the move makes no sense.
 *
 * <p>Holds: the moved states of the source scope in document order ({@code moved}); where each
 * one's chain of {@code Next} leaves the moved group ({@code exits}, to re-link what led to it);
 * the fresh name of each moved state ({@code names}, renamed only when its name is taken by a
 * state that stays); and the {@code head}, the moved state nothing else of the group leads to.
 */
final class MovePlan {

    final ScopeId source;
    final ScopeId target;
    final List<StatePath> roots;
    final Scope sourceScope;
    final Scope targetScope;
    final List<String> moved = new ArrayList<>();
    final Set<String> movedSet = new HashSet<>();
    final Map<String, String> exits = new HashMap<>();
    final Map<String, String> names = new LinkedHashMap<>();
    final String head;

    private MovePlan(Document document, Set<StatePath> paths, ScopeId target) {
        this.target = target;
        Set<StatePath> rootSet = DeleteStates.roots(paths);
        StatePath first = rootSet.iterator().next();
        this.source = ScopeId.of(first);
        for (StatePath root : rootSet) {
            Scopes.requireState(document.machine(), root);
            if (!root.sameScopeAs(first)) {
                throw new EditException("Steps of different branches cannot be moved together: select steps of one branch.");
            }
            if (!target.isRoot() && Diagram.isWithin(target.owner(), root)) {
                throw new EditException("\"" + root.name() + "\" cannot be moved into itself.");
            }
        }
        this.sourceScope = Scopes.require(document.machine(), source);
        this.targetScope = Scopes.require(document.machine(), target);
        for (String name : sourceScope.statesOrEmpty().names()) {
            if (rootSet.contains(source.pathOf(name))) {
                moved.add(name);
            }
        }
        movedSet.addAll(moved);
        this.roots = moved.stream().map(source::pathOf).toList();
        if (target.equals(source)) {
            throw new EditException(subject() + " already " + (moved.size() == 1 ? "is" : "are") + " in "
                    + place(document, target) + ".");
        }
        if (!source.isRoot() && moved.size() == sourceScope.statesOrEmpty().size()) {
            throw new EditException("The move would leave " + place(document, source)
                    + " without a step, and it needs at least one: leave a step there, or delete it instead.");
        }
        moved.forEach(name -> exits.put(name, exitOf(name)));
        checkCrossings();
        allocateNames(document);
        this.head = headOf();
    }

    /** @return the plan of moving {@code paths} (with what is nested in them) into {@code target} */
    static MovePlan of(Document document, Set<StatePath> paths, ScopeId target) {
        Objects.requireNonNull(document, "document");
        if (paths.isEmpty()) {
            throw new EditException("nothing to move");
        }
        return new MovePlan(document, paths, Objects.requireNonNull(target, "target"));
    }

    /** @return the scope in words: "branch 2 of "Publish"", "the item steps of "Thumbnails"", "the workflow" */
    static String place(Document document, ScopeId scope) {
        if (scope.isRoot()) {
            return "the workflow";
        }
        State owner = StateTree.resolve(document.machine(), scope.owner());
        if (owner instanceof MapState) {
            return "the item steps of \"" + scope.owner().name() + "\"";
        }
        return "branch " + (scope.branch() + 1) + " of \"" + scope.owner().name() + "\"";
    }

    private String subject() {
        return moved.size() == 1 ? "\"" + moved.get(0) + "\"" : "These " + moved.size() + " steps";
    }

    /** @return the state left behind where {@code name}'s chain of {@code Next} leaves the group, or {@code null} */
    private String exitOf(String name) {
        Set<String> seen = new HashSet<>();
        String current = name;
        while (seen.add(current)) {
            String next = sourceScope.statesOrEmpty().get(current).next();
            if (next == null || !sourceScope.statesOrEmpty().contains(next)) {
                return null;
            }
            if (!movedSet.contains(next)) {
                return next;
            }
            current = next;
        }
        return null; // a loop of moved states: no way out
    }

    /**
     * A {@code Next} or a {@code Default} across the new boundary is only a link, and is cut or
     * re-linked; a Choice rule or a Catch entry carries the user's condition or error names, so
     * one that would cross the boundary refuses the move instead of being lost.
     */
    private void checkCrossings() {
        for (var entry : sourceScope.statesOrEmpty().byName().entrySet()) {
            String from = entry.getKey();
            boolean fromMoved = movedSet.contains(from);
            for (Transition transition : WorkflowGraph.transitionsOf(new Node(source, from), entry.getValue())) {
                String to = transition.target();
                if (!sourceScope.statesOrEmpty().contains(to)) {
                    continue;
                }
                boolean crosses = fromMoved ? !movedSet.contains(to) : movedSet.contains(to) && exits.get(to) == null;
                if (crosses && transition.kind() == TransitionKind.CHOICE) {
                    throw new EditException("\"" + from + "\" has a rule leading to \"" + to
                            + "\", and the move would put them in different branches: move them together, or change that rule first.");
                }
                if (crosses && transition.kind() == TransitionKind.CATCH) {
                    throw new EditException("\"" + from + "\" sends its errors to \"" + to
                            + "\", and the move would put them in different branches: move them together, or remove that error path first.");
                }
            }
        }
    }

    /** Keeps names unique in the whole machine: a moved state whose name a staying state has is renamed. */
    private void allocateNames(Document document) {
        Map<String, Integer> count = new HashMap<>();
        StateTree.walk(document.machine(), (path, state) -> count.merge(path.name(), 1, Integer::sum));
        Set<String> taken = new HashSet<>(count.keySet());
        for (StatePath root : roots) {
            State state = StateTree.resolve(document.machine(), root);
            count.merge(root.name(), -1, Integer::sum);
            for (Scope inner : StateTree.scopesOf(state)) {
                walkNames(inner, name -> count.merge(name, -1, Integer::sum));
            }
        }
        for (String name : moved) {
            String fresh = count.getOrDefault(name, 0) > 0 ? Names.unique(name, taken) : name;
            taken.add(fresh);
            names.put(name, fresh);
        }
    }

    private static void walkNames(Scope scope, java.util.function.Consumer<String> each) {
        for (var entry : scope.statesOrEmpty().byName().entrySet()) {
            each.accept(entry.getKey());
            for (Scope inner : StateTree.scopesOf(entry.getValue())) {
                walkNames(inner, each);
            }
        }
    }

    private String headOf() {
        Set<String> led = new LinkedHashSet<>();
        for (String name : moved) {
            for (Transition transition : WorkflowGraph.transitionsOf(new Node(source, name), sourceScope.statesOrEmpty().get(name))) {
                if (!transition.target().equals(name)) {
                    led.add(transition.target());
                }
            }
        }
        return moved.stream().filter(name -> !led.contains(name)).findFirst().orElse(moved.get(0));
    }

    /** @return the moved states that were renamed, old name to new */
    Map<String, String> renames() {
        Map<String, String> renamed = new LinkedHashMap<>();
        names.forEach((from, to) -> {
            if (!from.equals(to)) {
                renamed.put(from, to);
            }
        });
        return renamed;
    }
}
