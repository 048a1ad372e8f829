package dev.loveless.app.designer;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.EditRules;
import dev.loveless.model.edit.MoveIntoScope;
import dev.loveless.model.graph.ScopeId;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One drag of selected states on the canvas, and where it would move them: into the branch or
 * item steps under the pointer, or out onto the workflow. The scope under the pointer is looked up
 * in the shapes as they were when the drag began, so that the container the states are dragged
 * out of (whose frame grows to hold them while they move) does not keep them; the dragged
 * containers' own lanes are never a target. A drop in the scope the states started in is a plain
 * move. Whether a move is allowed is asked of {@link EditRules#whyNoMove} once per scope.
 */
public final class ScopeDrag {

    /**
     * A scope the dragged states would move into, with why they may not (or {@code null}) and what
     * the status bar says while the pointer is there: the move ("Move "Wait" into branch 2 of
     * "Publish"") or the refusal.
     */
    public record Target(ScopeId scope, String refusal, String description) {
        public Target {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(description, "description");
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    private final DiagramGeometry start;
    private final Set<StatePath> paths;
    private final Set<StatePath> roots = new LinkedHashSet<>();
    private final ScopeId origin;
    private final Map<ScopeId, Target> targets = new HashMap<>();

    ScopeDrag(DiagramGeometry start, Set<StatePath> selection) {
        this.start = Objects.requireNonNull(start, "start");
        this.paths = Set.copyOf(selection);
        for (StatePath path : paths) {
            if (paths.stream().noneMatch(other -> !other.equals(path) && Diagram.isWithin(path, other))) {
                roots.add(path);
            }
        }
        ScopeId common = roots.isEmpty() ? null : ScopeId.of(roots.iterator().next());
        for (StatePath root : roots) {
            if (!ScopeId.of(root).equals(common)) {
                common = null; // states of several scopes only move on the diagram
                break;
            }
        }
        this.origin = common;
    }

    /** @return the selection being dragged, as the edits of the drag name it */
    Set<StatePath> paths() {
        return paths;
    }

    /** @return the scope the states would move into when dropped at a diagram point, or {@code null} for a plain move */
    Target targetAt(Document document, double x, double y) {
        if (origin == null) {
            return null;
        }
        ScopeId scope = scopeAt(x, y);
        if (scope.equals(origin)) {
            return null;
        }
        return targets.computeIfAbsent(scope, s -> {
            String refusal = EditRules.whyNoMove(document, paths, s);
            String description = refusal != null ? refusal
                    : MoveIntoScope.of(document, paths, s, 0, 0).description();
            return new Target(s, refusal, description);
        });
    }

    /** @return the innermost lane under the point when the drag began, not one of the dragged states' own; else the workflow */
    ScopeId scopeAt(double x, double y) {
        DiagramGeometry.LaneShape found = null;
        for (DiagramGeometry.LaneShape lane : start.lanes()) {
            if (lane.frame().contains(x, y) && !dragged(lane.scope())
                    && (found == null || lane.scope().owner().depth() >= found.scope().owner().depth())) {
                found = lane;
            }
        }
        return found == null ? ScopeId.ROOT : found.scope();
    }

    private boolean dragged(ScopeId scope) {
        return roots.stream().anyMatch(root -> Diagram.isWithin(scope.owner(), root));
    }

    /** @return the frame to highlight for a target in the shapes drawn now, if it is a lane */
    public static Optional<Bounds> frameOf(DiagramGeometry geometry, Target target) {
        if (target == null || target.scope().isRoot() || geometry == null) {
            return Optional.empty();
        }
        return geometry.lanes().stream().filter(lane -> lane.scope().equals(target.scope()))
                .map(DiagramGeometry.LaneShape::frame).findFirst();
    }
}
