package dev.loveless.model.edit;

import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.States;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.graph.Node;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.Transition;
import dev.loveless.model.graph.WorkflowGraph;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Moves states of one scope (with everything nested in them) into another scope — a branch of a
 * Parallel, the item steps of a Map, or the workflow itself — as one edit, their shapes moved by
 * {@code (dx, dy)} and re-keyed so that they land where dropped and nested states keep their
 * layout. A drag that ends over another scope becomes one undo step with it ({@link #mergedAfter}).
 *
 * <p>What happens to the transitions (a transition never crosses a scope):
 * <ul>
 *   <li>Among the moved states they are kept.</li>
 *   <li>In the scope left: what led to a moved state leads to where its chain of {@code Next}
 *       went on ({@code A → B → C}, move {@code B}: {@code A → C}); the {@code StartAt} too.
 *       When the chain went nowhere, a {@code Next} that led to it becomes {@code End}, a
 *       {@code Default} is cleared, and a {@code StartAt} goes to the first state nothing leads to.</li>
 *   <li>From a moved state to a state left behind: a {@code Next} is cut and the state becomes an
 *       {@code End} (it ends its new branch), a {@code Default} is cleared.</li>
 *   <li>A Choice rule or a Catch entry that would cross the new boundary (either way) refuses the
 *       move: it carries the user's condition or error names, which cutting would lose.</li>
 * </ul>
 * Where the moved states go in the target scope: into an empty one, the first of them becomes its
 * {@code StartAt}. Otherwise, when exactly one state ends the scope with {@code End} (not a
 * Succeed or Fail), they are appended after it: it leads to the first of them. Else they stand
 * apart, unreachable until the user connects them, and the validator says so.
 *
 * <p>Refused ({@link EditException}): a container moved into itself or its own inner states, states
 * of different scopes at once, a move into the scope they are already in, and a move that would
 * leave a Parallel branch or a Map's item steps without a step. A moved state whose name a staying
 * state has is renamed ({@link Names#unique}); {@link #renamesIn} tells which, for the message.
 *
 * @param place the target scope in words, for the description ({@link #of} finds it)
 */
public record MoveIntoScope(Set<StatePath> paths, ScopeId target, String place, double dx, double dy) implements Edit {

    public MoveIntoScope {
        paths = Set.copyOf(Objects.requireNonNull(paths, "paths"));
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(place, "place");
        if (paths.isEmpty()) {
            throw new EditException("nothing to move");
        }
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new EditException("a move needs a finite distance");
        }
    }

    /** @return the edit moving {@code paths} into {@code target}, described in the document's words */
    public static MoveIntoScope of(Document document, Set<StatePath> paths, ScopeId target, double dx, double dy) {
        return new MoveIntoScope(paths, target, MovePlan.place(document, target), dx, dy);
    }

    @Override
    public String description() {
        Set<StatePath> roots = DeleteStates.roots(paths);
        String what = roots.size() == 1 ? "\"" + roots.iterator().next().name() + "\"" : roots.size() + " states";
        StatePath owner = roots.iterator().next().parent();
        if (target.isRoot() && owner != null) {
            return "Move " + what + " out of \"" + owner.name() + "\"";
        }
        return "Move " + what + " into " + place;
    }

    /** @return the moved states this edit would rename in {@code document}, old name to new */
    public Map<String, String> renamesIn(Document document) {
        return MovePlan.of(document, paths, target).renames();
    }

    /** @return where the moved states are after this edit was applied to {@code document} */
    public List<StatePath> movedPathsIn(Document document) {
        MovePlan plan = MovePlan.of(document, paths, target);
        return plan.moved.stream().map(name -> target.pathOf(plan.names.get(name))).toList();
    }

    @Override
    public Document apply(Document document) {
        MovePlan plan = MovePlan.of(document, paths, target);
        StateMachine machine = Scopes.update(document.machine(), plan.source, scope -> leftBehind(plan, scope));
        machine = Scopes.update(machine, target, scope -> received(plan, scope));
        Diagram diagram = document.diagram().translated(Set.copyOf(plan.roots), dx, dy);
        for (StatePath root : plan.roots) {
            diagram = diagram.rekeyed(root, target.pathOf(plan.names.get(root.name())));
        }
        return document.with(machine, Placement.completed(machine, diagram));
    }

    /** A drag that ends over another scope: the drag and the move are one step. */
    @Override
    public Edit mergedAfter(Edit previous) {
        if (previous instanceof MoveStates drag && drag.paths().equals(paths)) {
            return new MoveIntoScope(paths, target, place, drag.dx() + dx, drag.dy() + dy);
        }
        return null;
    }

    private static Scope leftBehind(MovePlan plan, Scope scope) {
        Set<String> ending = new HashSet<>();
        scope.statesOrEmpty().byName().forEach((name, state) -> {
            if (!plan.movedSet.contains(name) && plan.movedSet.contains(state.next()) && plan.exits.get(state.next()) == null) {
                ending.add(name);
            }
        });
        Scope result = Scopes.withoutStates(scope, plan.movedSet, plan.exits::get);
        result = ended(result, ending);
        if (result.startAt() == null && scope.startAt() != null && !result.statesOrEmpty().isEmpty()) {
            result = Scopes.withStartAt(result, firstUnled(result));
        }
        return result;
    }

    private static Scope received(MovePlan plan, Scope scope) {
        Map<String, State> states = new LinkedHashMap<>(scope.statesOrEmpty().byName());
        boolean wasEmpty = states.isEmpty();
        String head = plan.names.get(plan.head);
        String end = wasEmpty ? null : singleEnd(scope);
        for (String name : plan.moved) {
            State state = plan.sourceScope.statesOrEmpty().get(name);
            boolean cut = state.next() != null && !plan.movedSet.contains(state.next());
            State moved = Transitions.retarget(state, to -> plan.movedSet.contains(to) ? plan.names.get(to) : null);
            states.put(plan.names.get(name), cut ? moved.withCommon(moved.common().withNext(null).withEnd(Boolean.TRUE)) : moved);
        }
        if (end != null) {
            State last = states.get(end);
            states.put(end, last.withCommon(last.common().withNext(head).withEnd(null)));
        }
        Scope result = Scopes.withStates(scope, new States(states));
        if (wasEmpty || scope.startAt() == null || !scope.statesOrEmpty().contains(scope.startAt())) {
            result = Scopes.withStartAt(result, head);
        }
        return result;
    }

    /** @return the one state that ends the scope with {@code End: true}, or {@code null} when there is not exactly one */
    private static String singleEnd(Scope scope) {
        String found = null;
        for (var entry : scope.statesOrEmpty().byName().entrySet()) {
            State state = entry.getValue();
            if (state.isEnd() && state.next() == null && (state.type() == null || !state.type().isTerminal())) {
                if (found != null) {
                    return null;
                }
                found = entry.getKey();
            }
        }
        return found;
    }

    private static Scope ended(Scope scope, Set<String> names) {
        if (names.isEmpty()) {
            return scope;
        }
        Map<String, State> states = new LinkedHashMap<>(scope.statesOrEmpty().byName());
        for (String name : names) {
            State state = states.get(name);
            states.put(name, state.withCommon(state.common().withNext(null).withEnd(Boolean.TRUE)));
        }
        return Scopes.withStates(scope, new States(states));
    }

    /** @return the first state of the scope that no other state of it leads to, else its first state */
    private static String firstUnled(Scope scope) {
        Set<String> led = new HashSet<>();
        scope.statesOrEmpty().byName().forEach((name, state) -> {
            for (Transition transition : WorkflowGraph.transitionsOf(new Node(ScopeId.ROOT, name), state)) {
                if (!transition.target().equals(name)) {
                    led.add(transition.target());
                }
            }
        });
        return scope.statesOrEmpty().names().stream().filter(name -> !led.contains(name)).findFirst()
                .orElse(scope.statesOrEmpty().nameList().get(0));
    }
}
