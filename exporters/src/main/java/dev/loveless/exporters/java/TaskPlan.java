package dev.loveless.exporters.java;

import dev.loveless.model.StatePath;
import dev.loveless.model.WorkerKind;

import java.util.List;
import java.util.Objects;

/**
 * One Task of the workflow that runs the user's code, with the Java names allocated for it.
 * Names depend only on the state's path and name, never on its kind, so that flipping a Task
 * between Lambda and Activity keeps its handler class.
 *
 * @param path             where the state is
 * @param kind             {@link WorkerKind#LAMBDA} or {@link WorkerKind#ACTIVITY}
 * @param constant         the {@code Task} enum constant, e.g. {@code CHECK_UPLOAD}
 * @param stem             the class-name stem, e.g. {@code CheckUpload}
 * @param activityName     the activity's name for an Activity task (from its ARN), else {@code null}
 * @param heartbeatSeconds {@code HeartbeatSeconds} when a literal number, else 0
 * @param timeoutSeconds   {@code TimeoutSeconds} when a literal number, else 0
 * @param comment          the state's {@code Comment}, or {@code null}
 * @param errors           the error names its {@code Retry} and {@code Catch} match that the handler may raise
 */
public record TaskPlan(StatePath path, WorkerKind kind, String constant, String stem, String activityName,
        long heartbeatSeconds, long timeoutSeconds, String comment, List<String> errors) {

    public TaskPlan {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(stem, "stem");
        errors = List.copyOf(errors);
        if (kind != WorkerKind.LAMBDA && kind != WorkerKind.ACTIVITY) {
            throw new IllegalArgumentException("only Lambda and Activity tasks run generated code: " + kind);
        }
    }

    public String stateName() {
        return path.name();
    }

    public String handlerClass() {
        return stem + "Handler";
    }

    public String functionClass() {
        return stem + "Function";
    }
}
