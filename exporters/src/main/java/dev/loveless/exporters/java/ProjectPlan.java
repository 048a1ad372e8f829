package dev.loveless.exporters.java;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.Catcher;
import dev.loveless.model.Retrier;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.Worker;
import dev.loveless.model.WorkerKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a generated Java project contains for one workflow: a {@link TaskPlan} for every Task run
 * by a Lambda function or an Activity worker (service integrations need no code), in document
 * order, and the custom error names their {@code Retry}/{@code Catch} match.
 *
 * @param options  the project's coordinates
 * @param tasks    the Tasks with code, in document order
 * @param errors   the custom error names, in first-use order
 * @param warnings what the user should know (a Task Loveless cannot place, an error Java cannot raise)
 */
public record ProjectPlan(JavaProjectOptions options, List<TaskPlan> tasks, List<ErrorPlan> errors, List<String> warnings) {

    public ProjectPlan {
        Objects.requireNonNull(options, "options");
        tasks = List.copyOf(tasks);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** @return the plan for {@code machine} */
    public static ProjectPlan of(StateMachine machine, JavaProjectOptions options) {
        JavaNames stems = new JavaNames("Task").reserve("Step").reserve("Task").reserve("Json").reserve("Local");
        JavaNames constants = new JavaNames("TASK");
        List<TaskPlan> tasks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> errorNames = new LinkedHashSet<>();
        StateTree.walk(machine, (path, state) -> {
            if (!(state instanceof TaskState task)) {
                return;
            }
            Worker worker = task.worker();
            if (worker.kind() == WorkerKind.UNKNOWN) {
                warnings.add(path + ": its Resource names no Lambda function or activity Loveless recognises, "
                        + "so it gets no handler.");
                return;
            }
            if (worker.kind() == WorkerKind.SERVICE) {
                return;
            }
            List<String> errors = errorsOf(task);
            errorNames.addAll(errors);
            tasks.add(new TaskPlan(path, worker.kind(), constants.constantName(path.name()),
                    stems.typeName(path.name(), ""), worker.kind() == WorkerKind.ACTIVITY ? worker.name() : null,
                    seconds(task.heartbeatSeconds()), seconds(task.timeoutSeconds()), task.comment(), errors));
        });
        return new ProjectPlan(options, tasks, errorPlans(errorNames, options, warnings), warnings);
    }

    private static List<String> errorsOf(TaskState task) {
        Set<String> errors = new LinkedHashSet<>();
        List<Retrier> retry = task.common().retry();
        if (retry != null) {
            retry.forEach(r -> addCustom(r.errorEquals(), errors));
        }
        List<Catcher> catchers = task.common().catchers();
        if (catchers != null) {
            catchers.forEach(c -> addCustom(c.errorEquals(), errors));
        }
        return List.copyOf(errors);
    }

    private static void addCustom(List<String> names, Set<String> into) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            if (name != null && !name.isBlank() && !name.startsWith("States.") && !name.startsWith("Lambda.")) {
                into.add(name);
            }
        }
    }

    private static List<ErrorPlan> errorPlans(Set<String> names, JavaProjectOptions options, List<String> warnings) {
        JavaNames constants = new JavaNames("ERROR");
        List<String> classes = new ArrayList<>();
        List<ErrorPlan> plans = new ArrayList<>();
        for (String name : names) {
            boolean javaClass = canBeAClass(name, options, classes, names);
            if (javaClass) {
                classes.add(name.toLowerCase(Locale.ROOT));
            } else {
                warnings.add("The error name \"" + name + "\" is not a Java class name, so a Lambda function cannot "
                        + "raise it (Lambda reports the exception's class name); an Activity worker can.");
            }
            plans.add(new ErrorPlan(name, constants.constantName(name), javaClass));
        }
        return plans;
    }

    /**
     * A generated class named exactly like the error is how a Java Lambda raises it. It must be a
     * dotted ASCII Java name outside the JDK's and the project's packages, and must not clash
     * (ignoring case) with another error class or package.
     */
    private static boolean canBeAClass(String name, JavaProjectOptions options, List<String> classes, Set<String> all) {
        if (!JavaNames.isQualifiedName(name) || name.length() > 200) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String base = options.basePackage().toLowerCase(Locale.ROOT);
        for (String reserved : List.of("java", "javax", "jdk", "sun", "com.sun", "org.slf4j", "software", "com.amazonaws",
                "com.fasterxml", "org.junit")) {
            if (lower.equals(reserved) || lower.startsWith(reserved + ".")) {
                return false;
            }
        }
        if (prefixes(lower, base)) {
            return false;
        }
        for (String other : all) {
            String otherLower = other.toLowerCase(Locale.ROOT);
            if (!other.equals(name) && (otherLower.equals(lower) || prefixes(lower, otherLower))) {
                return false;
            }
        }
        return !classes.contains(lower);
    }

    private static boolean prefixes(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    private static long seconds(JsonNode value) {
        return value != null && value.canConvertToLong() && value.isIntegralNumber() && value.longValue() > 0
                ? value.longValue() : 0;
    }

    /** @return the tasks of one kind */
    public List<TaskPlan> tasks(WorkerKind kind) {
        return tasks.stream().filter(t -> t.kind() == kind).toList();
    }
}
