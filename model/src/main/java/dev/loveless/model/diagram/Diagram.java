package dev.loveless.model.diagram;

import dev.loveless.model.StatePath;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the diagram adds to a definition: where each state stands (its bounds) and which Parallel
 * and Map containers are collapsed, keyed by {@link StatePath}. The ASL never carries any of it;
 * it is saved in a sidecar file ({@link DiagramFiles}). Immutable.
 *
 * <p>A container's bounds are those it had when last laid out or moved; when it is expanded, the
 * frame drawn around it also grows to hold its inner states ({@link DiagramGeometry}).
 */
public record Diagram(Map<StatePath, Bounds> bounds, Set<StatePath> collapsed) {

    public static final Diagram EMPTY = new Diagram(Map.of(), Set.of());

    public Diagram {
        bounds = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(bounds, "bounds")));
        collapsed = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(collapsed, "collapsed")));
    }

    /** @return the bounds of a state, or {@code null} when it has no saved place */
    public Bounds boundsOf(StatePath path) {
        return bounds.get(path);
    }

    public boolean isCollapsed(StatePath path) {
        return collapsed.contains(path);
    }

    /** @return this diagram with {@code path} at {@code newBounds} */
    public Diagram with(StatePath path, Bounds newBounds) {
        Map<StatePath, Bounds> copy = new LinkedHashMap<>(bounds);
        copy.put(path, Objects.requireNonNull(newBounds, "newBounds"));
        return new Diagram(copy, collapsed);
    }

    /** @return this diagram with every given bounds set */
    public Diagram withAll(Map<StatePath, Bounds> more) {
        Map<StatePath, Bounds> copy = new LinkedHashMap<>(bounds);
        copy.putAll(more);
        return new Diagram(copy, collapsed);
    }

    /** @return this diagram with {@code path} collapsed or expanded */
    public Diagram withCollapsed(StatePath path, boolean isCollapsed) {
        Set<StatePath> copy = new LinkedHashSet<>(collapsed);
        if (isCollapsed) {
            copy.add(path);
        } else {
            copy.remove(path);
        }
        return new Diagram(bounds, copy);
    }

    /** @return this diagram without {@code path} and everything nested in it */
    public Diagram without(StatePath path) {
        return filter(candidate -> !isWithin(candidate, path));
    }

    /** @return this diagram with {@code path} and everything nested in it moved by {@code (dx, dy)} */
    public Diagram translated(Set<StatePath> roots, double dx, double dy) {
        Map<StatePath, Bounds> copy = new LinkedHashMap<>();
        bounds.forEach((path, box) -> {
            boolean moves = roots.stream().anyMatch(root -> isWithin(path, root));
            copy.put(path, moves ? box.translated(dx, dy) : box);
        });
        return new Diagram(copy, collapsed);
    }

    /** @return this diagram with every key at or under {@code from} re-keyed under {@code to} */
    public Diagram rekeyed(StatePath from, StatePath to) {
        Function<StatePath, StatePath> rename = path -> isWithin(path, from) ? rebase(path, from, to) : path;
        Map<StatePath, Bounds> copy = new LinkedHashMap<>();
        bounds.forEach((path, box) -> copy.put(rename.apply(path), box));
        Set<StatePath> collapsedCopy = new LinkedHashSet<>();
        collapsed.forEach(path -> collapsedCopy.add(rename.apply(path)));
        return new Diagram(copy, collapsedCopy);
    }

    /** @return this diagram keeping only the states {@code keep} accepts */
    public Diagram filter(java.util.function.Predicate<StatePath> keep) {
        Map<StatePath, Bounds> copy = new LinkedHashMap<>();
        bounds.forEach((path, box) -> {
            if (keep.test(path)) {
                copy.put(path, box);
            }
        });
        Set<StatePath> collapsedCopy = new HashSet<>();
        collapsed.stream().filter(keep).forEach(collapsedCopy::add);
        return new Diagram(copy, collapsedCopy);
    }

    /** @return whether {@code path} is {@code ancestor} or nested (at any depth) inside it */
    public static boolean isWithin(StatePath path, StatePath ancestor) {
        int n = ancestor.names().size();
        return path.names().size() >= n
                && path.names().subList(0, n).equals(ancestor.names())
                && path.branches().subList(0, n - 1).equals(ancestor.branches());
    }

    /** @return {@code path}, which is {@code from} or nested in it, moved under {@code to} */
    public static StatePath rebase(StatePath path, StatePath from, StatePath to) {
        int n = from.names().size();
        java.util.List<String> names = new java.util.ArrayList<>(to.names());
        names.addAll(path.names().subList(n, path.names().size()));
        java.util.List<Integer> branches = new java.util.ArrayList<>(to.branches());
        branches.addAll(path.branches().subList(n - 1, path.branches().size()));
        return new StatePath(names, branches);
    }
}
