package dev.loveless.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who runs a Task, derived from its {@code Resource}: the kind, and for service integrations the
 * service, the action and the integration pattern.
 *
 * @param kind      the worker kind
 * @param service   the service name for {@link WorkerKind#SERVICE} ({@code dynamodb}, {@code ecs},
 *                  or the SDK service for {@code aws-sdk:…}), {@code lambda} for Lambda; else {@code null}
 * @param action    the action ({@code putItem}, {@code invoke}…), or {@code null}
 * @param pattern   how Step Functions waits for the work
 * @param name      the function or activity name when the ARN names one, else {@code null}
 * @param sdk       whether this is an AWS SDK integration ({@code arn:aws:states:::aws-sdk:…})
 */
public record Worker(
        WorkerKind kind, String service, String action, IntegrationPattern pattern, String name, boolean sdk) {

    /** How a Task waits for its work: the suffix of an integration's resource. */
    public enum IntegrationPattern {
        REQUEST_RESPONSE(""),
        RUN_JOB(".sync"),
        RUN_JOB_V2(".sync:2"),
        WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

        private final String suffix;

        IntegrationPattern(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private static final String PARTITION = "(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|\\$\\{[^}]*})";
    private static final Pattern INTEGRATION = Pattern.compile(
            "arn:" + PARTITION + ":states:::(aws-sdk:)?([a-zA-Z0-9-]+):([^.:]+(?::[^.]+)?)"
                    + "(\\.sync(?::2)?|\\.waitForTaskToken)?");
    /** A region or account: literal, or a placeholder that may itself hold colons ({@code ${AWS::Region}}). */
    private static final String SEGMENT = "(?:\\$\\{[^}]*}|[^:]*)";
    private static final Pattern ACTIVITY = Pattern.compile(
            "arn:" + PARTITION + ":states:" + SEGMENT + ":" + SEGMENT + ":activity:(.+)");
    private static final Pattern FUNCTION = Pattern.compile(
            "arn:" + PARTITION + ":lambda:" + SEGMENT + ":" + SEGMENT + ":function:([^:]+)(?::.+)?");

    /** @return the worker named by a Task's {@code Resource} (any text, {@code null} included) */
    public static Worker of(String resource) {
        if (resource == null) {
            return unknown();
        }
        Matcher function = FUNCTION.matcher(resource);
        if (function.matches()) {
            return new Worker(WorkerKind.LAMBDA, "lambda", "invoke", IntegrationPattern.REQUEST_RESPONSE,
                    function.group(2), false);
        }
        Matcher activity = ACTIVITY.matcher(resource);
        if (activity.matches()) {
            return new Worker(WorkerKind.ACTIVITY, null, null, IntegrationPattern.REQUEST_RESPONSE,
                    activity.group(2), false);
        }
        Matcher integration = INTEGRATION.matcher(resource);
        if (integration.matches()) {
            boolean sdk = integration.group(2) != null;
            String service = integration.group(3);
            String action = integration.group(4);
            IntegrationPattern pattern = patternOf(integration.group(5));
            WorkerKind kind = !sdk && "lambda".equals(service) && "invoke".equals(action)
                    ? WorkerKind.LAMBDA : WorkerKind.SERVICE;
            return new Worker(kind, service, action, pattern, null, sdk);
        }
        return unknown();
    }

    private static Worker unknown() {
        return new Worker(WorkerKind.UNKNOWN, null, null, IntegrationPattern.REQUEST_RESPONSE, null, false);
    }

    private static IntegrationPattern patternOf(String suffix) {
        if (suffix == null) {
            return IntegrationPattern.REQUEST_RESPONSE;
        }
        for (IntegrationPattern pattern : IntegrationPattern.values()) {
            if (pattern.suffix.equals(suffix)) {
                return pattern;
            }
        }
        return IntegrationPattern.REQUEST_RESPONSE;
    }
}
