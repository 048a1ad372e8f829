package dev.loveless.model.layout;

import java.util.Objects;

/**
 * Where one scope's states go: the top-left corner of each (indexed as the layout was given them),
 * relative to the top-left corner of the scope's content, and the size of that content (start and
 * end markers included). What both {@link ElkScopeLayout} and {@link LayeredLayout} produce.
 */
record ScopePlacement(double[] x, double[] y, double width, double height) {

    ScopePlacement {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("one x and one y per state");
        }
    }
}
