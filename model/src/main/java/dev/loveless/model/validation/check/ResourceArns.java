package dev.loveless.model.validation.check;

import dev.loveless.model.Worker.IntegrationPattern;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Classifies a Task's {@code Resource}: a Lambda function ARN (with an optional version or alias),
 * an Activity ARN, an optimised service integration ({@code arn:aws:states:::sqs:sendMessage}, with
 * the suffixes that integration supports), an AWS SDK integration
 * ({@code arn:aws:states:::aws-sdk:service:action}), a deploy-time placeholder ({@code ${name}}),
 * in any partition — or says what is wrong with it. {@code ${name}} placeholders may stand for any
 * part. One pass over the ARN's parts, no regular expressions. Thread-safe.
 */
public final class ResourceArns {

    /** What a resource names. */
    public enum Kind { LAMBDA_FUNCTION, ACTIVITY, SERVICE_INTEGRATION, SDK_INTEGRATION, PLACEHOLDER, OTHER_ARN, INVALID }

    /**
     * A classified resource.
     *
     * @param kind    what it names
     * @param error   what is wrong when {@code kind} is {@link Kind#INVALID}, else {@code null}
     * @param service the integrated service ({@code sqs}; the SDK service for {@code aws-sdk:}), the ARN's
     *                service for {@link Kind#OTHER_ARN}, else {@code null}
     * @param action  the integration's action, else {@code null}
     * @param pattern the integration pattern its suffix asks for
     */
    public record Resource(Kind kind, String error, String service, String action, IntegrationPattern pattern) {
        public boolean ok() {
            return kind != Kind.INVALID;
        }

        /** @return whether the task waits for a job ({@code .sync}) or a token ({@code .waitForTaskToken}) */
        public boolean waits() {
            return pattern != IntegrationPattern.REQUEST_RESPONSE;
        }
    }

    private static final char HOLE = '\u0001';
    private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b",
            "aws-iso-e", "aws-iso-f", "aws-eusc");
    private static final Set<IntegrationPattern> RR = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE);
    private static final Set<IntegrationPattern> RR_SYNC = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE,
            IntegrationPattern.RUN_JOB);
    private static final Set<IntegrationPattern> RR_TOKEN = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE,
            IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    private static final Set<IntegrationPattern> RR_SYNC_TOKEN = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE,
            IntegrationPattern.RUN_JOB, IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    /**
     * Optimised integrations ({@code service:action}) and the patterns each supports, from each
     * service's page of the Step Functions developer guide ("Integrating optimized services",
     * checked 2025; docs/rules/aws-alignment.md). Run a Job ({@code .sync}) only where the page's
     * per-API table allows it; Wait for Callback where the service table allows it (for Batch and
     * Glue the service table says "not supported" while their IAM pages give a "Request Response and
     * Callback" policy, so the token is accepted there rather than refuse what AWS may run).
     */
    private static final Map<String, Set<IntegrationPattern>> OPTIMISED = new HashMap<>();

    static {
        optimised(RR_TOKEN, "lambda:invoke", "sns:publish", "sqs:sendMessage", "events:putEvents", "apigateway:invoke");
        optimised(RR_SYNC_TOKEN, "batch:submitJob", "ecs:runTask", "glue:startJobRun");
        optimised(RR, "dynamodb:getItem", "dynamodb:putItem", "dynamodb:updateItem", "dynamodb:deleteItem",
                "http:invoke", "bedrock:invokeModel", "sagemaker:createEndpoint", "sagemaker:createEndpointConfig",
                "sagemaker:createModel", "sagemaker:updateEndpoint", "elasticmapreduce:cancelStep",
                "elasticmapreduce:setClusterTerminationProtection",
                "elasticmapreduce:modifyInstanceFleetByName", "elasticmapreduce:modifyInstanceGroupByName",
                "emr-containers:createVirtualCluster", "athena:stopQueryExecution", "athena:getQueryExecution",
                "athena:getQueryResults", "codebuild:stopBuild", "codebuild:batchDeleteBuilds",
                "codebuild:batchGetReports", "codebuild:deleteBuildBatch", "codebuild:stopBuildBatch", "eks:call");
        optimised(RR_SYNC, "sagemaker:createTrainingJob", "sagemaker:createTransformJob",
                "sagemaker:createHyperParameterTuningJob", "sagemaker:createLabelingJob",
                "sagemaker:createProcessingJob", "elasticmapreduce:createCluster",
                "elasticmapreduce:terminateCluster", "elasticmapreduce:addStep", "emr-containers:startJobRun",
                "emr-containers:deleteVirtualCluster", "emr-serverless:createApplication",
                "emr-serverless:startApplication", "emr-serverless:stopApplication",
                "emr-serverless:deleteApplication", "emr-serverless:startJobRun", "emr-serverless:cancelJobRun",
                "codebuild:startBuild", "codebuild:startBuildBatch", "codebuild:retryBuildBatch",
                "eks:createCluster", "eks:deleteCluster", "eks:createFargateProfile", "eks:deleteFargateProfile",
                "eks:createNodegroup", "eks:deleteNodegroup", "eks:runJob", "databrew:startJobRun",
                "bedrock:createModelCustomizationJob", "athena:startQueryExecution", "mediaconvert:createJob");
        optimised(EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB,
                IntegrationPattern.RUN_JOB_V2, IntegrationPattern.WAIT_FOR_TASK_TOKEN), "states:startExecution");
    }

    private static void optimised(Set<IntegrationPattern> patterns, String... integrations) {
        for (String integration : integrations) {
            OPTIMISED.put(integration, EnumSet.copyOf(patterns));
        }
    }

    private ResourceArns() {
    }

    /** @return the patterns an optimised integration {@code service:action} supports, or an empty set if it is not one */
    public static Set<IntegrationPattern> patternsOf(String service, String action) {
        Set<IntegrationPattern> patterns = OPTIMISED.get(service + ":" + action);
        return patterns == null ? Set.of() : EnumSet.copyOf(patterns);
    }

    /**
     * @return where an unterminated {@code ${} placeholder starts in {@code text}, or -1 when every
     *         {@code ${} is closed by a {@code }} around a non-empty name
     */
    public static int unterminatedPlaceholder(String text) {
        int from = 0;
        while (true) {
            int open = text.indexOf("${", from);
            if (open < 0) {
                return -1;
            }
            int close = text.indexOf('}', open + 2);
            if (close < 0 || close == open + 2 || text.substring(open + 2, close).contains("${")) {
                return open;
            }
            from = close + 1;
        }
    }

    /** @return {@code resource} classified */
    public static Resource classify(String resource) {
        if (resource == null || resource.isEmpty()) {
            return invalid("the resource is empty");
        }
        if (unterminatedPlaceholder(resource) >= 0) {
            return invalid("the placeholder '${' at position " + (unterminatedPlaceholder(resource) + 1)
                    + " is not closed by '}'");
        }
        String text = resource.indexOf("${") >= 0 ? fillHoles(resource) : resource;
        if (text.length() == 1 && text.charAt(0) == HOLE) {
            return new Resource(Kind.PLACEHOLDER, null, null, null, IntegrationPattern.REQUEST_RESPONSE);
        }
        String[] parts = text.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn")) {
            return invalid("'" + resource + "' is not an ARN (arn:partition:service:region:account:resource)");
        }
        String partition = parts[1];
        if (!PARTITIONS.contains(partition) && !isHole(partition)) {
            return invalid("'" + partition + "' is not an AWS partition (aws, aws-cn, aws-us-gov…)");
        }
        String service = parts[2];
        String region = parts[3];
        String account = parts[4];
        String rest = parts[5];
        if (!isRegion(region)) {
            return invalid("'" + region + "' is not a region");
        }
        if (!isAccount(account)) {
            return invalid("'" + account + "' is not an account ID (digits)");
        }
        if (service.equals("states") && region.isEmpty() && account.isEmpty()) {
            return integration(resource, rest);
        }
        if (service.equals("lambda")) {
            return lambda(resource, rest);
        }
        if (service.equals("states")) {
            if (!rest.startsWith("activity:") || rest.length() == "activity:".length()) {
                return invalid("'" + resource + "' is neither an activity (…:activity:NAME) nor an integration"
                        + " (arn:aws:states:::service:action)");
            }
            String name = rest.substring("activity:".length());
            if (name.length() > 80 || !isHole(name) && !isName(name, true)) {
                return invalid("'" + name + "' is not an activity name (1–80 letters, digits, - and _)");
            }
            return new Resource(Kind.ACTIVITY, null, null, null, IntegrationPattern.REQUEST_RESPONSE);
        }
        if (service.isEmpty() || rest.isEmpty()) {
            return invalid("'" + resource + "' is not a complete ARN");
        }
        return new Resource(Kind.OTHER_ARN, null, service, null, IntegrationPattern.REQUEST_RESPONSE);
    }

    private static Resource lambda(String resource, String rest) {
        if (!rest.startsWith("function:")) {
            return invalid("'" + resource + "' is not a Lambda function ARN (…:function:NAME[:ALIAS])");
        }
        String function = rest.substring("function:".length());
        int colon = function.indexOf(':');
        String name = colon < 0 ? function : function.substring(0, colon);
        if (name.isEmpty() || name.length() > 64 || !isName(name, false)) {
            return invalid("'" + name + "' is not a Lambda function name (1–64 letters, digits, - and _)");
        }
        if (colon >= 0) {
            String qualifier = function.substring(colon + 1);
            if (qualifier.isEmpty() || qualifier.length() > 128 || !isQualifier(qualifier)) {
                return invalid("'" + qualifier + "' is not a Lambda version or alias ($LATEST, a number, or"
                        + " letters, digits, - and _)");
            }
        }
        return new Resource(Kind.LAMBDA_FUNCTION, null, "lambda", "invoke", IntegrationPattern.REQUEST_RESPONSE);
    }

    private static Resource integration(String resource, String rest) {
        boolean sdk = rest.startsWith("aws-sdk:");
        String body = sdk ? rest.substring("aws-sdk:".length()) : rest;
        IntegrationPattern pattern = IntegrationPattern.REQUEST_RESPONSE;
        int dot = body.indexOf('.');
        String suffix = dot < 0 ? "" : body.substring(dot);
        String call = dot < 0 ? body : body.substring(0, dot);
        if (dot >= 0) {
            pattern = null;
            for (IntegrationPattern candidate : IntegrationPattern.values()) {
                if (candidate.suffix().equals(suffix)) {
                    pattern = candidate;
                }
            }
            if (pattern == null) {
                return invalid("'" + suffix + "' is not an integration pattern (.sync, .sync:2 or .waitForTaskToken)");
            }
        }
        int colon = call.indexOf(':');
        if (colon <= 0 || colon == call.length() - 1) {
            return invalid("'" + resource + "' does not name a service and an action (arn:aws:states:::service:action)");
        }
        String service = call.substring(0, colon);
        String action = call.substring(colon + 1);
        if (isHole(service) || isHole(action)) {
            return new Resource(sdk ? Kind.SDK_INTEGRATION : Kind.SERVICE_INTEGRATION, null, service, action, pattern);
        }
        if (sdk) {
            if (pattern == IntegrationPattern.RUN_JOB || pattern == IntegrationPattern.RUN_JOB_V2) {
                return invalid("AWS SDK integrations do not support " + suffix
                        + " (only request-response and .waitForTaskToken)");
            }
            if (!isName(service, false) || !isName(action, false) || !Character.isLowerCase(action.charAt(0))) {
                return invalid("'" + service + ":" + action + "' is not an AWS SDK service and action"
                        + " (e.g. aws-sdk:s3:listBuckets, the action in camelCase)");
            }
            return new Resource(Kind.SDK_INTEGRATION, null, service, action, pattern);
        }
        Set<IntegrationPattern> supported = OPTIMISED.get(service + ":" + action);
        if (supported == null) {
            return invalid("'" + service + ":" + action + "' is not an optimised integration of Step Functions;"
                    + " use arn:aws:states:::aws-sdk:" + service + ":" + action + " for other API actions");
        }
        if (!supported.contains(pattern)) {
            return invalid(service + ":" + action + " does not support " + suffix + " (it supports "
                    + describe(supported) + ")");
        }
        return new Resource(Kind.SERVICE_INTEGRATION, null, service, action, pattern);
    }

    private static String describe(Set<IntegrationPattern> patterns) {
        StringBuilder text = new StringBuilder();
        for (IntegrationPattern pattern : patterns) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(pattern == IntegrationPattern.REQUEST_RESPONSE ? "request-response" : pattern.suffix());
        }
        return text.toString();
    }

    private static String fillHoles(String text) {
        StringBuilder filled = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("${", i)) {
                int close = text.indexOf('}', i + 2);
                filled.append(HOLE);
                i = close + 1;
            } else {
                filled.append(text.charAt(i++));
            }
        }
        return filled.toString();
    }

    private static boolean isHole(String part) {
        return part.indexOf(HOLE) >= 0;
    }

    private static boolean isRegion(String region) {
        if (isHole(region)) {
            return true;
        }
        for (int i = 0; i < region.length(); i++) {
            char c = region.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAccount(String account) {
        if (isHole(account)) {
            return true;
        }
        for (int i = 0; i < account.length(); i++) {
            if (account.charAt(i) < '0' || account.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String name, boolean allowHole) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' && allowHole || c == HOLE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQualifier(String qualifier) {
        if (qualifier.equals("$LATEST") || isHole(qualifier)) {
            return true;
        }
        return isName(qualifier, false);
    }

    private static Resource invalid(String message) {
        return new Resource(Kind.INVALID, message, null, null, IntegrationPattern.REQUEST_RESPONSE);
    }
}
