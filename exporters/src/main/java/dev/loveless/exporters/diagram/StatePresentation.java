package dev.loveless.exporters.diagram;

import dev.loveless.model.MapState;
import dev.loveless.model.State;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;
import dev.loveless.model.Worker;
import dev.loveless.model.WorkerKind;

import java.util.Map;

/**
 * How a state presents itself to a non-technical reader: its icon, its accent colour and the line
 * under its name saying what kind of step it is ("Lambda function", "Activity worker",
 * "Amazon SNS · publish", "Wait 30 s").
 */
public record StatePresentation(String icon, int accent, String kind) {

    public static final int LAMBDA = 0xFFE8710A;
    public static final int ACTIVITY = 0xFF7C3AED;
    public static final int SERVICE = 0xFFDB2777;
    public static final int PASS = 0xFF64748B;
    public static final int CHOICE = 0xFF2563EB;
    public static final int WAIT = 0xFF0891B2;
    public static final int PARALLEL = 0xFF4F46E5;
    public static final int MAP = 0xFF059669;
    public static final int SUCCEED = 0xFF16A34A;
    public static final int FAIL = 0xFFDC2626;
    public static final int UNKNOWN = 0xFF6B7280;

    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("sns", "Amazon SNS"), Map.entry("sqs", "Amazon SQS"), Map.entry("dynamodb", "Amazon DynamoDB"),
            Map.entry("s3", "Amazon S3"), Map.entry("ecs", "Amazon ECS"), Map.entry("eks", "Amazon EKS"),
            Map.entry("batch", "AWS Batch"), Map.entry("glue", "AWS Glue"), Map.entry("events", "Amazon EventBridge"),
            Map.entry("eventbridge", "Amazon EventBridge"), Map.entry("states", "Step Functions"),
            Map.entry("sagemaker", "Amazon SageMaker"), Map.entry("bedrock", "Amazon Bedrock"),
            Map.entry("athena", "Amazon Athena"), Map.entry("apigateway", "API Gateway"), Map.entry("http", "HTTP call"),
            Map.entry("codebuild", "AWS CodeBuild"), Map.entry("emr", "Amazon EMR"), Map.entry("lambda", "AWS Lambda"),
            Map.entry("sesv2", "Amazon SES"), Map.entry("ses", "Amazon SES"), Map.entry("mediaconvert", "MediaConvert"));

    /** @return how {@code state} is drawn */
    public static StatePresentation of(State state) {
        if (state instanceof TaskState task) {
            Worker worker = task.worker();
            switch (worker.kind()) {
                case LAMBDA:
                    return new StatePresentation("lambda", LAMBDA, "Lambda function" + pattern(worker));
                case ACTIVITY:
                    return new StatePresentation("activity", ACTIVITY, "Activity worker");
                case SERVICE:
                    return new StatePresentation("service", SERVICE, serviceName(worker.service())
                            + (worker.action() != null ? " · " + worker.action() : "") + pattern(worker));
                default:
                    return new StatePresentation("unknown-task", UNKNOWN, "Task");
            }
        }
        if (state.type() == null) {
            return new StatePresentation("unknown", UNKNOWN, "Unknown type");
        }
        switch (state.type()) {
            case PASS:
                return new StatePresentation("pass", PASS, "Pass data on");
            case CHOICE:
                return new StatePresentation("choice", CHOICE, "Decision");
            case WAIT:
                return new StatePresentation("wait", WAIT, waitText((WaitState) state));
            case PARALLEL:
                return new StatePresentation("parallel", PARALLEL, "Parallel branches");
            case MAP:
                return ((MapState) state).isDistributed()
                        ? new StatePresentation("distributed-map", MAP, "Distributed map")
                        : new StatePresentation("map", MAP, "For each item");
            case SUCCEED:
                return new StatePresentation("succeed", SUCCEED, "Success");
            case FAIL:
                return new StatePresentation("fail", FAIL, "Failure");
            default:
                return new StatePresentation("unknown", UNKNOWN, state.type().aslName());
        }
    }

    /** @return the worker kind in one word for the inspector ("Lambda", "Activity", "Amazon SNS"), or {@code null} */
    public static String workerWord(State state) {
        if (!(state instanceof TaskState task)) {
            return null;
        }
        Worker worker = task.worker();
        if (worker.kind() == WorkerKind.LAMBDA) {
            return "Lambda";
        }
        if (worker.kind() == WorkerKind.ACTIVITY) {
            return "Activity";
        }
        if (worker.kind() == WorkerKind.SERVICE) {
            return serviceName(worker.service());
        }
        return "Unknown";
    }

    private static String pattern(Worker worker) {
        switch (worker.pattern()) {
            case RUN_JOB:
            case RUN_JOB_V2:
                return " · waits";
            case WAIT_FOR_TASK_TOKEN:
                return " · callback";
            default:
                return "";
        }
    }

    private static String serviceName(String service) {
        if (service == null) {
            return "AWS service";
        }
        return SERVICES.getOrDefault(service.toLowerCase(java.util.Locale.ROOT), service);
    }

    private static String waitText(WaitState wait) {
        if (wait.seconds() != null && wait.seconds().isNumber()) {
            long seconds = wait.seconds().asLong();
            if (seconds % 3600 == 0 && seconds >= 3600) {
                return "Wait " + seconds / 3600 + " h";
            }
            if (seconds % 60 == 0 && seconds >= 60) {
                return "Wait " + seconds / 60 + " min";
            }
            return "Wait " + seconds + " s";
        }
        if (wait.timestamp() != null || wait.timestampPath() != null) {
            return "Wait until a date";
        }
        return "Wait";
    }
}
