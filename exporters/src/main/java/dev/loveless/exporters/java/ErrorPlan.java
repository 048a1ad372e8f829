package dev.loveless.exporters.java;

import java.util.Objects;

/**
 * A custom error name the workflow's {@code Retry}/{@code Catch} match.
 *
 * @param name      the error name, e.g. {@code UnreadableVideo}
 * @param constant  its constant in {@code ErrorNames}, e.g. {@code UNREADABLE_VIDEO}
 * @param javaClass whether a class of exactly that name is generated, so that a Lambda function
 *                  (whose error name is the thrown exception's class name) can raise it
 */
public record ErrorPlan(String name, String constant, boolean javaClass) {

    public ErrorPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(constant, "constant");
    }
}
