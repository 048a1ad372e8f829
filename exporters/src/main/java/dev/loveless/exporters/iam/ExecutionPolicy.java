package dev.loveless.exporters.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.MapState;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.Worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The least-privilege inline policy of a state machine's execution role, derived from its
 * definition (placeholders already resolved):
 * <ul>
 *   <li>{@code lambda:InvokeFunction} on exactly the functions the Tasks call, and their versions
 *       and aliases ({@code function:NAME} and {@code function:NAME:*});</li>
 *   <li>for each optimised integration, the actions AWS documents for it, on the resources the
 *       Task names (DynamoDB, SNS, SQS, EventBridge, Step Functions, ECS, Batch, Glue), with the
 *       EventBridge rule that {@code .sync} needs;</li>
 *   <li>for AWS SDK integrations, the one action on {@code *}, with a warning to narrow it;</li>
 *   <li>for a Distributed Map, starting and following its child executions, and its S3 reader and writer;</li>
 *   <li>CloudWatch Logs delivery and X-Ray only when logging or tracing is on.</li>
 * </ul>
 * A value only known at run time ({@code FunctionName.$}, a JSONata expression) widens that one
 * resource to the account and region, with a warning. Activities need no permission.
 *
 * <p>Statements come out sorted and deduplicated, so the same definition always gives the same
 * document (redeploys compare equal). Standalone on purpose: the CloudFormation exporter's policy
 * is meant to be merged with this one.
 */
public final class ExecutionPolicy {

    /** The IAM policy language version. */
    public static final String VERSION = "2012-10-17";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SDK_PREFIXES = Map.ofEntries(
            Map.entry("sfn", "states"), Map.entry("cloudwatchlogs", "logs"), Map.entry("sesv2", "ses"),
            Map.entry("efs", "elasticfilesystem"), Map.entry("elasticloadbalancingv2", "elasticloadbalancing"),
            Map.entry("emrcontainers", "emr-containers"), Map.entry("emrserverless", "emr-serverless"),
            Map.entry("mediapackagevod", "mediapackage-vod"), Map.entry("apigatewayv2", "apigateway"),
            Map.entry("cognitoidentityprovider", "cognito-idp"), Map.entry("eventbridge", "events"),
            Map.entry("bedrockruntime", "bedrock"), Map.entry("bedrockagentruntime", "bedrock"));

    /**
     * Where the state machine lives.
     *
     * @param partition        {@code aws}, {@code aws-cn}...
     * @param region           its region
     * @param account          its account id
     * @param stateMachineName its name (a Distributed Map starts executions of itself)
     * @param logging          whether CloudWatch Logs logging is on
     * @param tracing          whether X-Ray tracing is on
     */
    public record Context(String partition, String region, String account, String stateMachineName,
            boolean logging, boolean tracing) {
        public Context {
            Objects.requireNonNull(partition, "partition");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(stateMachineName, "stateMachineName");
        }

        String arn(String service, String resource) {
            return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
        }
    }

    /**
     * A permission the policy could not make exact.
     *
     * @param state   the state it concerns, or {@code null}
     * @param message what was granted or left out, and what to do
     */
    public record Warning(StatePath state, String message) {
        public Warning {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The policy.
     *
     * @param statements the statements, sorted; empty when the machine needs no permission
     * @param warnings   where the policy is wider than exact, or incomplete
     * @param functions  the Lambda function ARNs the machine calls (unqualified)
     */
    public record Result(List<PolicyStatement> statements, List<Warning> warnings, Set<String> functions) {
        public Result {
            statements = List.copyOf(statements);
            warnings = List.copyOf(warnings);
            functions = Set.copyOf(functions);
        }

        /** @return whether there is anything to grant (IAM refuses a policy with no statement) */
        public boolean isEmpty() {
            return statements.isEmpty();
        }

        /** @return the policy document as compact JSON */
        public String document() {
            ObjectNode document = JSON.createObjectNode();
            document.put("Version", VERSION);
            ArrayNode list = document.putArray("Statement");
            for (PolicyStatement statement : statements) {
                ObjectNode node = list.addObject();
                node.put("Sid", statement.sid());
                node.put("Effect", "Allow");
                ArrayNode actions = node.putArray("Action");
                statement.actions().forEach(actions::add);
                ArrayNode resources = node.putArray("Resource");
                statement.resources().forEach(resources::add);
            }
            return document.toString();
        }
    }

    /** Collects grants: one statement per set of actions. */
    private static final class Grants {
        final Map<String, Set<String>> resourcesByActions = new TreeMap<>();
        final Map<String, String> sidByActions = new TreeMap<>();
        final List<Warning> warnings = new ArrayList<>();
        final Set<String> functions = new TreeSet<>();

        void allow(String sid, List<String> actions, String... resources) {
            String key = String.join(",", new TreeSet<>(actions));
            resourcesByActions.computeIfAbsent(key, k -> new TreeSet<>()).addAll(List.of(resources));
            sidByActions.putIfAbsent(key, sid);
        }

        void warn(StatePath state, String message) {
            warnings.add(new Warning(state, message));
        }

        Result result() {
            Map<String, PolicyStatement> bySid = new TreeMap<>();
            resourcesByActions.forEach((actions, resources) -> {
                String sid = sidByActions.get(actions);
                String unique = sid;
                for (int i = 2; bySid.containsKey(unique); i++) {
                    unique = sid + i;
                }
                Set<String> narrowed = resources.contains("*") ? Set.of("*") : resources;
                bySid.put(unique, new PolicyStatement(unique, List.of(actions.split(",")), List.copyOf(narrowed)));
            });
            return new Result(List.copyOf(bySid.values()), warnings, functions);
        }
    }

    /** @return the policy for {@code machine} in {@code context} */
    public Result build(StateMachine machine, Context context) {
        Grants grants = new Grants();
        StateTree.walk(machine, (path, state) -> {
            if (state instanceof TaskState task) {
                task(path, task, context, grants);
            } else if (state instanceof MapState map && map.isDistributed()) {
                distributedMap(path, map, context, grants);
            }
        });
        if (context.logging()) {
            grants.allow("CloudWatchLogsDelivery", List.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
                    "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries",
                    "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"), "*");
        }
        if (context.tracing()) {
            grants.allow("XRayTracing", List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
                    "xray:GetSamplingRules", "xray:GetSamplingTargets"), "*");
        }
        return grants.result();
    }

    private void task(StatePath path, TaskState task, Context context, Grants grants) {
        Worker worker = task.worker();
        JsonNode payload = task.common().parameters() != null ? task.common().parameters() : task.common().arguments();
        Payload args = new Payload(payload);
        switch (worker.kind()) {
            case ACTIVITY -> { }
            case LAMBDA -> {
                if (task.resource().contains(":lambda:") && task.resource().contains(":function:")) {
                    lambda(path, task.resource(), context, grants);
                } else {
                    lambda(path, args.literal("FunctionName"), context, grants);
                }
            }
            case SERVICE -> {
                if (worker.sdk()) {
                    sdk(path, worker, context, grants);
                } else {
                    Integrations.grant(path, worker, args, context, grants);
                }
            }
            case UNKNOWN -> grants.warn(path, "The Resource '" + task.resource()
                    + "' names no service Loveless knows, so the policy grants nothing for it.");
            default -> throw new IllegalStateException("unknown worker kind " + worker.kind());
        }
    }

    private static void lambda(StatePath path, String function, Context context, Grants grants) {
        if (function == null || function.contains("${")) {
            grants.warn(path, "The function is only known at run time"
                    + (function == null ? "" : " ('" + function + "')")
                    + ", so the policy allows invoking any function in " + context.account() + " / "
                    + context.region() + ". Name the function to narrow it.");
            grants.allow("InvokeLambdaFunctions", List.of("lambda:InvokeFunction"), context.arn("lambda", "function:*"));
            return;
        }
        String base = functionArn(function, context);
        grants.functions.add(base);
        grants.allow("InvokeLambdaFunctions", List.of("lambda:InvokeFunction"), base, base + ":*");
    }

    /** @return the unqualified ARN of a function given by name, name:qualifier, partial or full ARN */
    static String functionArn(String function, Context context) {
        String[] parts = function.split(":");
        if (function.startsWith("arn:") && parts.length >= 7) {
            return String.join(":", List.of(parts).subList(0, 7));
        }
        if (parts.length >= 3 && parts[1].equals("function")) {
            return "arn:" + context.partition() + ":lambda:" + context.region() + ":" + parts[0] + ":function:" + parts[2];
        }
        return context.arn("lambda", "function:" + parts[0]);
    }

    private static void sdk(StatePath path, Worker worker, Context context, Grants grants) {
        String prefix = SDK_PREFIXES.getOrDefault(worker.service(), worker.service());
        String action = worker.action().isEmpty() ? worker.action()
                : Character.toUpperCase(worker.action().charAt(0)) + worker.action().substring(1);
        grants.allow("AwsSdk" + sid(prefix), List.of(prefix + ":" + action), "*");
        grants.warn(path, "The AWS SDK integration " + worker.service() + ":" + worker.action() + " is granted "
                + prefix + ":" + action + " on every resource; narrow it to the resources it touches"
                + " (or name an existing role with --role-arn).");
    }

    private static void distributedMap(StatePath path, MapState map, Context context, Grants grants) {
        String self = context.arn("states", "stateMachine:" + context.stateMachineName());
        grants.allow("DistributedMapStart", List.of("states:StartExecution"), self);
        grants.allow("DistributedMapFollow", List.of("states:DescribeExecution", "states:StopExecution"),
                context.arn("states", "execution:" + context.stateMachineName() + "/*"));
        if (map.itemReader() != null && map.itemReader().resource() != null) {
            Payload reader = new Payload(map.itemReader().parameters() != null
                    ? map.itemReader().parameters() : map.itemReader().arguments());
            String bucket = S3.bucket(reader, path, "ItemReader", grants);
            String resource = map.itemReader().resource();
            if (resource.endsWith(":listObjectsV2")) {
                grants.allow("DistributedMapListItems", List.of("s3:ListBucket"), S3.arn(context, bucket, null));
            } else {
                String key = reader.literal("Key");
                grants.allow("DistributedMapReadItems", List.of("s3:GetObject"),
                        S3.arn(context, bucket, key == null ? "*" : key));
            }
        }
        if (map.resultWriter() != null && map.resultWriter().resource() != null) {
            Payload writer = new Payload(map.resultWriter().parameters() != null
                    ? map.resultWriter().parameters() : map.resultWriter().arguments());
            String bucket = S3.bucket(writer, path, "ResultWriter", grants);
            String prefix = writer.literal("Prefix");
            grants.allow("DistributedMapWriteResults", List.of("s3:PutObject", "s3:GetObject",
                    "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"),
                    S3.arn(context, bucket, (prefix == null ? "" : prefix.replaceAll("/+$", "") + "/") + "*"));
        }
    }

    /** S3 ARNs for a Distributed Map's reader and writer. */
    private static final class S3 {
        static String bucket(Payload payload, StatePath path, String field, Grants grants) {
            String bucket = payload.literal("Bucket");
            if (bucket == null || bucket.contains("${")) {
                grants.warn(path, "The " + field + "'s bucket is only known at run time, so the policy allows"
                        + " every bucket. Name the bucket to narrow it.");
                return "*";
            }
            return bucket;
        }

        static String arn(Context context, String bucket, String key) {
            return "arn:" + context.partition() + ":s3:::" + bucket + (key == null ? "" : "/" + key);
        }
    }

    /** @return {@code text} as a statement-id word: letters and digits, each part capitalised */
    static String sid(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    /** Reads a Task's Parameters (JSONPath) or Arguments (JSONata): literal values, or "only known at run time". */
    static final class Payload {
        private final JsonNode node;

        Payload(JsonNode node) {
            this.node = node;
        }

        /** @return the literal text of {@code field}; {@code null} if absent or computed at run time */
        String literal(String field) {
            if (node == null || !node.isObject()) {
                return null;
            }
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.textValue().startsWith("{%")) {
                return null;
            }
            return value.textValue();
        }

        /** @return the objects of an array field (e.g. EventBridge {@code Entries}) as payloads */
        List<Payload> list(String field) {
            List<Payload> list = new ArrayList<>();
            if (node != null && node.isObject() && node.get(field) != null && node.get(field).isArray()) {
                node.get(field).forEach(item -> list.add(new Payload(item)));
            }
            return list;
        }

        boolean has(String field) {
            return node != null && node.isObject() && (node.has(field) || node.has(field + ".$"));
        }
    }

    /** The optimised integrations: what each needs, as AWS documents it. */
    private static final class Integrations {

        static void grant(StatePath path, Worker worker, Payload args, Context context, Grants grants) {
            String service = worker.service();
            String action = worker.action();
            boolean sync = worker.pattern() == Worker.IntegrationPattern.RUN_JOB
                    || worker.pattern() == Worker.IntegrationPattern.RUN_JOB_V2;
            switch (service) {
                case "dynamodb" -> dynamodb(path, action, args, context, grants);
                case "sns" -> sns(path, args, context, grants);
                case "sqs" -> sqs(path, args, context, grants);
                case "events" -> events(args, context, grants);
                case "states" -> states(path, args, sync, context, grants);
                case "ecs" -> ecs(path, args, sync, context, grants);
                case "batch" -> batch(path, args, sync, context, grants);
                case "glue" -> glue(path, args, sync, context, grants);
                default -> grants.warn(path, "Loveless does not know the permissions of the " + service + ":"
                        + action + " integration, so the policy grants nothing for it; add them to the role"
                        + " (or name an existing role with --role-arn).");
            }
        }

        private static String named(StatePath path, Payload args, String field, String what, String wildcard,
                Grants grants) {
            String value = args.literal(field);
            if (value == null || value.contains("${")) {
                grants.warn(path, "The " + what + " is only known at run time, so the policy allows " + wildcard
                        + ". Name it to narrow the policy.");
                return null;
            }
            return value;
        }

        private static void dynamodb(StatePath path, String action, Payload args, Context context, Grants grants) {
            String iamAction = switch (action) {
                case "getItem" -> "dynamodb:GetItem";
                case "putItem" -> "dynamodb:PutItem";
                case "updateItem" -> "dynamodb:UpdateItem";
                case "deleteItem" -> "dynamodb:DeleteItem";
                default -> null;
            };
            if (iamAction == null) {
                grants.warn(path, "Loveless does not know the dynamodb:" + action + " integration; the policy grants nothing for it.");
                return;
            }
            String table = named(path, args, "TableName", "table", "every table in the account", grants);
            String arn = table == null ? context.arn("dynamodb", "table/*")
                    : table.startsWith("arn:") ? table : context.arn("dynamodb", "table/" + table);
            grants.allow("DynamoDb" + sid(action), List.of(iamAction), arn);
        }

        private static void sns(StatePath path, Payload args, Context context, Grants grants) {
            if (args.has("PhoneNumber")) {
                // AWS documents Resource "*" for SMS: a phone number is no resource.
                grants.allow("SnsPublish", List.of("sns:Publish"), "*");
                return;
            }
            String field = args.has("TargetArn") ? "TargetArn" : "TopicArn";
            String topic = named(path, args, field, "SNS topic", "every topic in the account", grants);
            grants.allow("SnsPublish", List.of("sns:Publish"), topic == null ? context.arn("sns", "*") : topic);
        }

        private static void sqs(StatePath path, Payload args, Context context, Grants grants) {
            String url = named(path, args, "QueueUrl", "SQS queue", "every queue in the account", grants);
            grants.allow("SqsSendMessage", List.of("sqs:SendMessage"),
                    url == null ? context.arn("sqs", "*") : queueArn(url, context));
        }

        /** https://sqs.REGION.amazonaws.com/ACCOUNT/NAME → arn:PARTITION:sqs:REGION:ACCOUNT:NAME */
        static String queueArn(String url, Context context) {
            String rest = url.replaceFirst("^https?://", "");
            String[] parts = rest.split("/");
            if (parts.length < 3) {
                return context.arn("sqs", "*");
            }
            String region = context.region();
            String host = parts[0];
            if (host.startsWith("sqs.") && host.split("\\.").length > 2) {
                region = host.split("\\.")[1];
            }
            return "arn:" + context.partition() + ":sqs:" + region + ":" + parts[1] + ":" + parts[2];
        }

        private static void events(Payload args, Context context, Grants grants) {
            Set<String> buses = new TreeSet<>();
            for (Payload entry : args.list("Entries")) {
                String bus = entry.literal("EventBusName");
                if (entry.has("EventBusName") && (bus == null || bus.contains("${"))) {
                    buses.add(context.arn("events", "event-bus/*"));
                } else {
                    String name = bus == null ? "default" : bus;
                    buses.add(name.startsWith("arn:") ? name : context.arn("events", "event-bus/" + name));
                }
            }
            if (buses.isEmpty()) {
                buses.add(context.arn("events", "event-bus/*"));
            }
            grants.allow("EventBridgePutEvents", List.of("events:PutEvents"), buses.toArray(String[]::new));
        }

        private static void syncRule(String rule, Context context, Grants grants) {
            grants.allow("SyncEventRules", List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"),
                    context.arn("events", "rule/" + rule));
        }

        private static void states(StatePath path, Payload args, boolean sync, Context context, Grants grants) {
            String machine = named(path, args, "StateMachineArn", "state machine", "every state machine in the account", grants);
            String arn = machine == null ? context.arn("states", "stateMachine:*") : machine;
            grants.allow("StartNestedExecutions", List.of("states:StartExecution"), arn);
            if (sync) {
                String name = machine == null ? "*" : machine.substring(machine.lastIndexOf(":stateMachine:") + 14)
                        .replaceFirst(":.*$", "");
                grants.allow("FollowNestedExecutions", List.of("states:DescribeExecution", "states:StopExecution"),
                        context.arn("states", "execution:" + name + ":*"));
                syncRule("StepFunctionsGetEventsForStepFunctionsExecutionRule", context, grants);
            }
        }

        private static void ecs(StatePath path, Payload args, boolean sync, Context context, Grants grants) {
            String definition = named(path, args, "TaskDefinition", "ECS task definition", "every task definition", grants);
            String arn;
            if (definition == null) {
                arn = context.arn("ecs", "task-definition/*");
            } else if (definition.startsWith("arn:")) {
                arn = definition.replaceFirst(":\\d+$", "") + ":*";
            } else {
                arn = context.arn("ecs", "task-definition/" + definition.replaceFirst(":\\d+$", "") + ":*");
            }
            grants.allow("EcsRunTask", List.of("ecs:RunTask"), arn);
            if (sync) {
                grants.allow("EcsFollowTask", List.of("ecs:StopTask", "ecs:DescribeTasks"), "*");
                syncRule("StepFunctionsGetEventsForECSTaskRule", context, grants);
            }
            grants.warn(path, "An ECS task usually needs iam:PassRole on its task and execution roles; the policy"
                    + " does not grant it. Add it for those roles.");
        }

        private static void batch(StatePath path, Payload args, boolean sync, Context context, Grants grants) {
            String definition = named(path, args, "JobDefinition", "Batch job definition", "every job definition", grants);
            String queue = named(path, args, "JobQueue", "Batch job queue", "every job queue", grants);
            String definitionArn = definition == null ? context.arn("batch", "job-definition/*")
                    : definition.startsWith("arn:") ? definition
                    : context.arn("batch", "job-definition/" + definition.replaceFirst(":\\d+$", "") + "*");
            String queueArn = queue == null ? context.arn("batch", "job-queue/*")
                    : queue.startsWith("arn:") ? queue : context.arn("batch", "job-queue/" + queue);
            grants.allow("BatchSubmitJob", List.of("batch:SubmitJob"), definitionArn, queueArn);
            if (sync) {
                grants.allow("BatchFollowJob", List.of("batch:DescribeJobs", "batch:TerminateJob"), "*");
                syncRule("StepFunctionsGetEventsForBatchJobsRule", context, grants);
            }
        }

        private static void glue(StatePath path, Payload args, boolean sync, Context context, Grants grants) {
            String job = named(path, args, "JobName", "Glue job", "every Glue job", grants);
            String arn = context.arn("glue", "job/" + (job == null ? "*" : job));
            grants.allow("GlueStartJobRun", List.of("glue:StartJobRun"), arn);
            if (sync) {
                grants.allow("GlueFollowJobRun", List.of("glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun"), arn);
            }
        }
    }
}
