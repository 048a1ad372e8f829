package dev.loveless.model.layout;

import dev.loveless.model.StatePath;

import java.util.Objects;
import java.util.Set;

/**
 * How to lay a workflow out.
 *
 * @param collapsed        containers drawn as a single box, their inner states not laid out
 * @param nodeSpacing      space between two states of the same rank
 * @param rankSpacing      space between two ranks
 * @param largeScope       from this many states in one scope on, the scope is laid out by our own
 *                         linear-time layered layout instead of ELK: some polish (fewer crossing
 *                         sweeps, simpler placement) for a large machine that opens at once
 */
public record LayoutOptions(Set<StatePath> collapsed, double nodeSpacing, double rankSpacing, int largeScope) {

    public static final LayoutOptions DEFAULT = new LayoutOptions(Set.of(), 36, 48, 400);

    public LayoutOptions {
        collapsed = Set.copyOf(Objects.requireNonNull(collapsed, "collapsed"));
        if (nodeSpacing < 0 || rankSpacing < 0 || largeScope < 1) {
            throw new IllegalArgumentException("spacings are not negative and the large-scope threshold is positive");
        }
    }

    /** @return these options with other collapsed containers */
    public LayoutOptions withCollapsed(Set<StatePath> newCollapsed) {
        return new LayoutOptions(newCollapsed, nodeSpacing, rankSpacing, largeScope);
    }
}
