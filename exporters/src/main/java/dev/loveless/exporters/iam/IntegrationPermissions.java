package dev.loveless.exporters.iam;

import dev.loveless.model.Worker;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each service integration needs, following the AWS guide "How Step Functions generates IAM
 * policies for integrated services": the action a Task calls, scoped to the resource its
 * parameters name when they name one literally (or through a placeholder), and for {@code .sync}
 * the actions Step Functions uses to watch the job and its managed EventBridge rule.
 */
final class IntegrationPermissions {

    /** AWS SDK service names whose IAM prefix differs from the name in the resource. */
    private static final Map<String, String> IAM_PREFIX = Map.of(
            "sfn", "states",
            "eventbridge", "events",
            "cloudwatchlogs", "logs",
            "cloudwatch", "cloudwatch",
            "elasticloadbalancingv2", "elasticloadbalancing",
            "apigatewayv2", "apigateway",
            "efs", "elasticfilesystem",
            "sesv2", "ses");

    private final PolicyDeriver policy;

    IntegrationPermissions(PolicyDeriver policy) {
        this.policy = policy;
    }

    void lambdaInvoke(String where, Payload payload) {
        String function = payload.text("FunctionName");
        if (function != null) {
            if (function.startsWith("arn:")) {
                String[] parts = function.split(":", -1);
                function = parts.length >= 7 ? String.join(":", java.util.Arrays.copyOf(parts, 7)) : function;
            } else if (!Arns.isArnPlaceholder(function)) {
                // A bare name, possibly NAME:QUALIFIER.
                int colon = function.indexOf(':');
                function = Arns.local("lambda", "function:" + (colon < 0 ? function : function.substring(0, colon)));
            }
            policy.allowLambda(function);
            return;
        }
        policy.allowLambda(Arns.local("lambda", "function:*"));
        policy.warn(where, "the function is chosen at run time, so the role may invoke any function in the "
                + "account and region; name it in FunctionName to narrow the policy.");
    }

    void sdk(String where, Worker worker) {
        String service = worker.service().toLowerCase(Locale.ROOT);
        String prefix = IAM_PREFIX.getOrDefault(service, service);
        String action = worker.action();
        String iamAction = iamAction(prefix, action);
        policy.allow(sid("Sdk", prefix, action), List.of(iamAction), List.of("*"));
        policy.warn(where, "the AWS SDK integration " + worker.service() + ":" + action + " is granted on all resources ("
                + iamAction + " on *); narrow the Resource in the template if you can.");
    }

    void optimised(String where, Worker worker, Payload payload) {
        String service = worker.service();
        String action = worker.action();
        boolean sync = worker.pattern() == Worker.IntegrationPattern.RUN_JOB
                || worker.pattern() == Worker.IntegrationPattern.RUN_JOB_V2;
        switch (service) {
            case "lambda" -> lambdaInvoke(where, payload);
            case "dynamodb" -> dynamodb(where, action, payload);
            case "sns" -> sns(where, payload);
            case "sqs" -> sqs(where, payload);
            case "states" -> stepFunctions(where, sync, payload);
            case "events" -> events(payload);
            case "ecs" -> ecs(where, sync, payload);
            case "batch" -> batch(where, sync);
            case "glue" -> glue(where, sync, payload);
            case "s3" -> s3Items(where, worker, payload);
            case "bedrock" -> bedrock(where, payload);
            default -> {
                String iamAction = iamAction(service, action);
                policy.allow(sid("Call", service, action), List.of(iamAction), List.of("*"));
                policy.warn(where, "Loveless grants " + iamAction + " on all resources for the " + service
                        + " integration; check the integration's documented permissions"
                        + (sync ? " (.sync needs more to watch the job)" : "") + ".");
            }
        }
    }

    private void dynamodb(String where, String action, Payload payload) {
        String table = payload.text("TableName");
        String resource;
        if (table != null) {
            resource = Arns.orLocal(table, "dynamodb", "table/");
        } else {
            resource = Arns.local("dynamodb", "table/*");
            policy.warn(where, "the table is chosen at run time, so the role may use every table in the account and region.");
        }
        String iamAction = iamAction("dynamodb", action);
        policy.allow(sid("DynamoDb", action), List.of(iamAction), List.of(resource));
    }

    private void sns(String where, Payload payload) {
        String topic = payload.text("TopicArn");
        if (topic == null) {
            topic = payload.text("TargetArn");
        }
        if (topic != null) {
            policy.allow("SnsPublish", List.of("sns:Publish"), List.of(topic));
        } else {
            policy.allow("SnsPublish", List.of("sns:Publish"), List.of("*"));
            policy.warn(where, "the topic (or phone number) is chosen at run time, so the role may publish anywhere.");
        }
    }

    private void sqs(String where, Payload payload) {
        String url = payload.text("QueueUrl");
        String arn = url == null ? null : Arns.queueArn(url);
        if (arn == null) {
            arn = Arns.local("sqs", "*");
            policy.warn(where, "the queue is not a literal queue URL, so the role may send to every queue "
                    + "in the account and region.");
        }
        policy.allow("SqsSendMessage", List.of("sqs:SendMessage"), List.of(arn));
    }

    private void stepFunctions(String where, boolean sync, Payload payload) {
        String machine = payload.text("StateMachineArn");
        String executions;
        if (machine == null) {
            machine = Arns.local("states", "stateMachine:*");
            executions = Arns.local("states", "execution:*");
            policy.warn(where, "the state machine to start is chosen at run time, so the role may start any.");
        } else if (machine.contains(":stateMachine:")) {
            executions = machine.replace(":stateMachine:", ":execution:") + ":*";
        } else {
            executions = Arns.local("states", "execution:*");
        }
        policy.allow("StartExecution", List.of("states:StartExecution"), List.of(machine));
        if (sync) {
            policy.allow("WatchExecution", List.of("states:DescribeExecution", "states:StopExecution"), List.of(executions));
            eventRule("StepFunctionsGetEventsForStepFunctionsExecutionRule");
        }
    }

    private void events(Payload payload) {
        policy.allow("PutEvents", List.of("events:PutEvents"), List.of(Arns.local("events", "event-bus/*")));
    }

    private void ecs(String where, boolean sync, Payload payload) {
        String definition = payload.text("TaskDefinition");
        String resource = definition == null ? "*" : Arns.orLocal(definition, "ecs", "task-definition/");
        policy.allow("EcsRunTask", List.of("ecs:RunTask"), List.of(resource));
        if (sync) {
            policy.allow("EcsWatchTask", List.of("ecs:DescribeTasks", "ecs:StopTask"), List.of("*"));
            eventRule("StepFunctionsGetEventsForECSTaskRule");
        }
        policy.warn(where, "ECS tasks with task or execution roles also need iam:PassRole on those roles; "
                + "add it for the roles your task definition names.");
    }

    private void batch(String where, boolean sync) {
        policy.allow("BatchSubmitJob", List.of("batch:SubmitJob"), List.of(Arns.local("batch", "job-definition/*"),
                Arns.local("batch", "job-queue/*")));
        if (sync) {
            policy.allow("BatchWatchJob", List.of("batch:DescribeJobs", "batch:TerminateJob"), List.of("*"));
            eventRule("StepFunctionsGetEventsForBatchJobsRule");
        }
        policy.warn(where, "Batch jobs are granted on every job definition and queue in the account and region.");
    }

    private void glue(String where, boolean sync, Payload payload) {
        String job = payload.text("JobName");
        String resource = job == null ? Arns.local("glue", "job/*") : Arns.orLocal(job, "glue", "job/");
        policy.allow("GlueStartJobRun", List.of("glue:StartJobRun"), List.of(resource));
        if (sync) {
            policy.allow("GlueWatchJobRun", List.of("glue:BatchStopJobRun", "glue:GetJobRun", "glue:GetJobRuns"),
                    List.of(resource));
        }
        if (job == null) {
            policy.warn(where, "the Glue job is chosen at run time, so the role may start every job.");
        }
    }

    private void bedrock(String where, Payload payload) {
        String model = payload.text("ModelId");
        String resource = model == null ? "arn:" + Arns.PARTITION + ":bedrock:" + Arns.REGION + "::foundation-model/*"
                : model.startsWith("arn:") || Arns.isArnPlaceholder(model) ? model
                : "arn:" + Arns.PARTITION + ":bedrock:" + Arns.REGION + "::foundation-model/" + model;
        policy.allow("BedrockInvokeModel", List.of("bedrock:InvokeModel"), List.of(resource));
        if (model == null) {
            policy.warn(where, "the model is chosen at run time, so the role may invoke any foundation model.");
        }
    }

    /** S3 reads and writes, for an {@code s3:…} Task and a distributed Map's ItemReader and ResultWriter. */
    void s3Items(String where, Worker worker, Payload payload) {
        String bucket = payload.text("Bucket");
        String key = payload.text("Key");
        if (key == null) {
            key = payload.text("Prefix");
        }
        String bucketArn = bucket == null ? "arn:" + Arns.PARTITION + ":s3:::*" : "arn:" + Arns.PARTITION + ":s3:::" + bucket;
        String objects = bucketArn + "/" + (key == null ? "*" : key.endsWith("/") ? key + "*" : key);
        if (bucket == null) {
            policy.warn(where, "the S3 bucket is chosen at run time, so the role may use every bucket.");
        }
        String action = worker.action() == null ? "" : worker.action();
        switch (action) {
            case "getObject" -> policy.allow("S3Read", List.of("s3:GetObject"), List.of(objects));
            case "listObjectsV2" -> policy.allow("S3List", List.of("s3:ListBucket"), List.of(bucketArn));
            case "putObject" -> policy.allow("S3Write", List.of("s3:PutObject"), List.of(objects));
            default -> {
                String iamAction = action.isEmpty() ? "s3:GetObject" : iamAction("s3", action);
                policy.allow(sid("S3", action), List.of(iamAction), List.of(bucketArn, objects));
            }
        }
    }

    /** @return the IAM action for an API call: {@code iamAction("dynamodb", "putItem")} → {@code dynamodb:PutItem} */
    static String iamAction(String service, String action) {
        String prefix = service.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        String name = action.replaceAll("[^A-Za-z0-9]", "");
        if (prefix.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("no IAM action for " + service + ":" + action);
        }
        return prefix + ":" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void eventRule(String rule) {
        policy.allow("ManagedEventRule", List.of("events:DescribeRule", "events:PutRule", "events:PutTargets"),
                List.of(Arns.local("events", "rule/" + rule)));
    }

    /** @return a statement id from words: {@code sid("Sdk", "s3", "getObject")} → {@code SdkS3GetObject} */
    private static String sid(String... words) {
        StringBuilder sid = new StringBuilder();
        for (String word : words) {
            String clean = word.replaceAll("[^A-Za-z0-9]", "");
            if (!clean.isEmpty()) {
                sid.append(Character.toUpperCase(clean.charAt(0))).append(clean.substring(1));
            }
        }
        return sid.toString();
    }
}
