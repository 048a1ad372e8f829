package dev.loveless.exporters.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.loveless.exporters.deploy.aws.SdkAwsGateway;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A loopback server that speaks AWS's wire protocols for the operations deploy and run use, with
 * in-memory state: Step Functions (JSON 1.0, {@code X-Amz-Target: AWSStepFunctions.Op}), IAM
 * (Query, form-encoded, XML answers, policy documents URL-encoded as IAM sends them) and STS
 * ({@code GetCallerIdentity}). It records every request and can fail chosen operations, so the real
 * SDK runs end to end in tests with no network and no credentials.
 */
public final class FakeAws implements AutoCloseable {

    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    public static final String CALLER = "arn:aws:iam::" + ACCOUNT + ":user/dev";
    private static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
    /** The retries tests use: quick, so that throttling tests stay fast. */
    public static final RetrySettings FAST = new RetrySettings(4, Duration.ofMillis(1), Duration.ofMillis(5),
            Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofMillis(10));

    /** A recorded request: the service ({@code states}, {@code iam}, {@code sts}), the operation and its parameters. */
    public record Request(String service, String action, Map<String, String> form, JsonNode json) {
    }

    /** How an injected failure answers. */
    public enum Fault {
        THROTTLE, ACCESS_DENIED, ROLE_NOT_ASSUMABLE, SERVER_ERROR
    }

    public static final class Role {
        public String arn;
        public String trust;
        public final Map<String, String> policies = new TreeMap<>();
        public final Map<String, String> tags = new TreeMap<>();
    }

    public static final class Machine {
        public String arn;
        public String name;
        public String type;
        public String definition;
        public String roleArn;
        public JsonNode logging;
        public boolean tracing;
        public int revision;
        public int versions;
        public final Map<String, String> tags = new TreeMap<>();
    }

    public static final class Execution {
        public String arn;
        public String machineArn;
        public String input;
        public String status = "RUNNING";
        public String output;
        public String error;
        public String cause;
        public final List<ObjectNode> events = new ArrayList<>();
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    public final Map<String, Role> roles = new TreeMap<>();
    public final Map<String, String> activities = new TreeMap<>();
    public final Map<String, Machine> machines = new TreeMap<>();
    public final Map<String, Execution> executions = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    /** Plays an execution when it starts (the events and the end a test wants); by default it stays running. */
    public java.util.function.Consumer<Execution> onStart = execution -> { };
    private final Map<String, Deque<Fault>> faults = new LinkedHashMap<>();
    /** Answers of {@code ValidateStateMachineDefinition} beyond the built-in checks: code → message. */
    public final Map<String, String> extraValidationErrors = new LinkedHashMap<>();

    public FakeAws() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return a gateway over the real SDK, pointed at this server with static test credentials */
    public AwsGateway gateway() {
        return SdkAwsGateway.open(new AwsTarget(null, REGION, endpoint()), FAST,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "test-secret")), REGION);
    }

    /** Makes the next {@code times} calls of {@code action} fail with {@code fault}. */
    public synchronized void fail(String action, Fault fault, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(action, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /** Forgets every failure still to come. */
    public synchronized void clearFaults() {
        faults.clear();
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    /** @return the operations called, in order, e.g. {@code iam:CreateRole} */
    public synchronized List<String> calls() {
        return requests.stream().map(r -> r.service() + ":" + r.action()).toList();
    }

    /** @return the calls that change something */
    public synchronized List<String> writes() {
        Set<String> reads = Set.of("GetCallerIdentity", "GetRole", "GetRolePolicy", "DescribeActivity",
                "DescribeStateMachine", "ListTagsForResource", "ValidateStateMachineDefinition", "DescribeExecution",
                "GetExecutionHistory");
        return calls().stream().filter(call -> !reads.contains(call.substring(call.indexOf(':') + 1))).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // --- HTTP ---

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            Answer answer;
            if (target != null && target.startsWith("AWSStepFunctions.")) {
                String action = target.substring("AWSStepFunctions.".length());
                JsonNode request = json.readTree(body.isEmpty() ? "{}" : body);
                answer = stepFunctions(action, request);
            } else {
                Map<String, String> form = form(body);
                answer = query(form);
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + System.nanoTime());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private record Answer(int status, String contentType, String body) {
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    private synchronized Fault nextFault(String action) {
        Deque<Fault> queue = faults.get(action);
        return queue == null ? null : queue.poll();
    }

    // --- Step Functions (JSON 1.0) ---

    private synchronized Answer stepFunctions(String action, JsonNode request) {
        requests.add(new Request("states", action, Map.of(), request));
        Fault fault = nextFault(action);
        if (fault != null) {
            return switch (fault) {
                case THROTTLE -> sfnError(400, "ThrottlingException", "Rate exceeded");
                case ACCESS_DENIED -> sfnError(400, "AccessDeniedException", "User: " + CALLER
                        + " is not authorized to perform: states:" + action + " on resource: *");
                case ROLE_NOT_ASSUMABLE -> sfnError(400, "AccessDeniedException", "Neither the global service"
                        + " principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.");
                case SERVER_ERROR -> sfnError(500, "InternalServerError", "Something went wrong");
            };
        }
        ObjectNode out = json.createObjectNode();
        switch (action) {
            case "DescribeStateMachine" -> {
                Machine m = machines.get(request.path("stateMachineArn").asText());
                if (m == null) {
                    return sfnError(400, "StateMachineDoesNotExist", "State Machine Does Not Exist: '"
                            + request.path("stateMachineArn").asText() + "'");
                }
                out.put("stateMachineArn", m.arn).put("name", m.name).put("status", "ACTIVE")
                        .put("definition", m.definition).put("roleArn", m.roleArn).put("type", m.type)
                        .put("creationDate", 1.7e9).put("revisionId", "rev-" + m.revision);
                if (m.logging != null) {
                    out.set("loggingConfiguration", m.logging);
                } else {
                    out.putObject("loggingConfiguration").put("level", "OFF").put("includeExecutionData", false);
                }
                out.putObject("tracingConfiguration").put("enabled", m.tracing);
            }
            case "ListTagsForResource" -> {
                Machine m = machines.get(request.path("resourceArn").asText());
                ArrayNode tags = out.putArray("tags");
                if (m != null) {
                    m.tags.forEach((k, v) -> tags.addObject().put("key", k).put("value", v));
                }
            }
            case "DescribeActivity" -> {
                String arn = request.path("activityArn").asText();
                if (!activities.containsKey(arn)) {
                    return sfnError(400, "ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
                }
                out.put("activityArn", arn).put("name", activities.get(arn)).put("creationDate", 1.7e9);
            }
            case "CreateActivity" -> {
                String name = request.path("name").asText();
                String arn = "arn:aws:states:" + REGION + ":" + ACCOUNT + ":activity:" + name;
                activities.put(arn, name);
                out.put("activityArn", arn).put("creationDate", 1.7e9);
            }
            case "ValidateStateMachineDefinition" -> validate(request.path("definition").asText(), out);
            case "CreateStateMachine" -> {
                String name = request.path("name").asText();
                String arn = "arn:aws:states:" + REGION + ":" + ACCOUNT + ":stateMachine:" + name;
                if (machines.containsKey(arn)) {
                    return sfnError(400, "StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
                }
                String roleArn = request.path("roleArn").asText();
                if (!roleExists(roleArn)) {
                    return sfnError(400, "AccessDeniedException", "Neither the global service principal"
                            + " states.amazonaws.com, nor the regional one is authorized to assume the provided role.");
                }
                Machine m = new Machine();
                m.arn = arn;
                m.name = name;
                m.type = request.path("type").asText("STANDARD");
                m.definition = request.path("definition").asText();
                m.roleArn = roleArn;
                m.logging = normalizedLogging(request.get("loggingConfiguration"));
                m.tracing = request.path("tracingConfiguration").path("enabled").asBoolean(false);
                request.path("tags").forEach(tag -> m.tags.put(tag.path("key").asText(), tag.path("value").asText()));
                machines.put(arn, m);
                out.put("stateMachineArn", arn).put("creationDate", 1.7e9);
                if (request.path("publish").asBoolean(false)) {
                    out.put("stateMachineVersionArn", arn + ":" + (++m.versions));
                }
            }
            case "UpdateStateMachine" -> {
                Machine m = machines.get(request.path("stateMachineArn").asText());
                if (m == null) {
                    return sfnError(400, "StateMachineDoesNotExist", "State Machine Does Not Exist");
                }
                if (request.has("definition")) {
                    m.definition = request.path("definition").asText();
                }
                if (request.has("roleArn")) {
                    m.roleArn = request.path("roleArn").asText();
                }
                if (request.has("loggingConfiguration")) {
                    m.logging = normalizedLogging(request.get("loggingConfiguration"));
                }
                if (request.has("tracingConfiguration")) {
                    m.tracing = request.path("tracingConfiguration").path("enabled").asBoolean(false);
                }
                m.revision++;
                out.put("updateDate", 1.7e9).put("revisionId", "rev-" + m.revision);
                if (request.path("publish").asBoolean(false)) {
                    out.put("stateMachineVersionArn", m.arn + ":" + (++m.versions));
                }
            }
            case "TagResource" -> {
                Machine m = machines.get(request.path("resourceArn").asText());
                if (m == null) {
                    return sfnError(400, "ResourceNotFound", "Resource not found");
                }
                request.path("tags").forEach(tag -> m.tags.put(tag.path("key").asText(), tag.path("value").asText()));
            }
            case "StartExecution" -> {
                Machine m = machines.get(request.path("stateMachineArn").asText());
                if (m == null) {
                    return sfnError(400, "StateMachineDoesNotExist", "State Machine Does Not Exist");
                }
                Execution e = new Execution();
                String name = request.path("name").asText("run-" + (executions.size() + 1));
                e.arn = "arn:aws:states:" + REGION + ":" + ACCOUNT + ":execution:" + m.name + ":" + name;
                e.machineArn = m.arn;
                e.input = request.path("input").asText("{}");
                executions.put(e.arn, e);
                event(e, "ExecutionStarted", "executionStartedEventDetails", null, e.input);
                onStart.accept(e);
                out.put("executionArn", e.arn).put("startDate", 1.7e9);
            }
            case "DescribeExecution" -> {
                Execution e = executions.get(request.path("executionArn").asText());
                if (e == null) {
                    return sfnError(400, "ExecutionDoesNotExist", "Execution Does Not Exist");
                }
                out.put("executionArn", e.arn).put("stateMachineArn", e.machineArn).put("status", e.status)
                        .put("startDate", 1.7e9).put("input", e.input);
                if (e.output != null) {
                    out.put("output", e.output);
                }
                if (e.error != null) {
                    out.put("error", e.error).put("cause", e.cause);
                }
                if (!e.status.equals("RUNNING")) {
                    out.put("stopDate", 1.7e9 + 5);
                }
            }
            case "GetExecutionHistory" -> {
                Execution e = executions.get(request.path("executionArn").asText());
                if (e == null) {
                    return sfnError(400, "ExecutionDoesNotExist", "Execution Does Not Exist");
                }
                // Two pages when there is more than one event, to exercise paging.
                int from = request.has("nextToken") ? Integer.parseInt(request.path("nextToken").asText()) : 0;
                int to = from == 0 && e.events.size() > 1 ? e.events.size() / 2 : e.events.size();
                ArrayNode events = out.putArray("events");
                e.events.subList(from, to).forEach(events::add);
                if (to < e.events.size()) {
                    out.put("nextToken", String.valueOf(to));
                }
            }
            case "StopExecution" -> {
                Execution e = executions.get(request.path("executionArn").asText());
                if (e == null) {
                    return sfnError(400, "ExecutionDoesNotExist", "Execution Does Not Exist");
                }
                e.status = "ABORTED";
                event(e, "ExecutionAborted", "executionAbortedEventDetails", null, null);
                out.put("stopDate", 1.7e9);
            }
            default -> {
                return sfnError(400, "UnknownOperationException", "Unknown operation " + action);
            }
        }
        return new Answer(200, "application/x-amz-json-1.0", out.toString());
    }

    private JsonNode normalizedLogging(JsonNode logging) {
        if (logging == null || "OFF".equals(logging.path("level").asText("OFF"))) {
            return null;
        }
        return logging;
    }

    private boolean roleExists(String roleArn) {
        return roles.values().stream().anyMatch(role -> role.arn.equals(roleArn));
    }

    private void validate(String definition, ObjectNode out) {
        ArrayNode diagnostics = out.putArray("diagnostics");
        JsonNode parsed;
        try {
            parsed = json.readTree(definition);
        } catch (IOException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isObject()) {
            diagnostics.addObject().put("severity", "ERROR").put("code", "INVALID_JSON_DESCRIPTION")
                    .put("message", "The definition is not valid JSON.").put("location", "/");
        } else if (!parsed.path("States").has(parsed.path("StartAt").asText("\u0000"))) {
            diagnostics.addObject().put("severity", "ERROR").put("code", "MISSING_TRANSITION_TARGET")
                    .put("message", "Missing 'Next' target: " + parsed.path("StartAt").asText())
                    .put("location", "/StartAt");
        }
        extraValidationErrors.forEach((code, message) -> diagnostics.addObject().put("severity", "ERROR")
                .put("code", code).put("message", message).put("location", "/States"));
        out.put("result", diagnostics.isEmpty() ? "OK" : "FAIL");
        out.put("truncated", false);
    }

    private static Answer sfnError(int status, String code, String message) {
        ObjectNode error = new ObjectMapper().createObjectNode();
        error.put("__type", "com.amazonaws.swf.service.v2.model#" + code).put("message", message);
        return new Answer(status, "application/x-amz-json-1.0", error.toString());
    }

    /** Appends a history event; {@code detailsField} carries name/input/output/error/cause. */
    public synchronized ObjectNode event(Execution e, String type, String detailsField, String stateName, String data) {
        ObjectNode event = json.createObjectNode();
        event.put("timestamp", 1.7e9 + e.events.size()).put("type", type).put("id", e.events.size() + 1)
                .put("previousEventId", e.events.size());
        if (detailsField != null) {
            ObjectNode details = event.putObject(detailsField);
            if (stateName != null) {
                details.put("name", stateName);
            }
            if (data != null) {
                details.put(type.endsWith("Exited") || type.endsWith("Succeeded") ? "output" : "input", data);
            }
        }
        e.events.add(event);
        return event;
    }

    // --- IAM and STS (Query protocol, XML) ---

    private synchronized Answer query(Map<String, String> form) {
        String action = form.getOrDefault("Action", "");
        String service = action.equals("GetCallerIdentity") ? "sts" : "iam";
        requests.add(new Request(service, action, Map.copyOf(form), null));
        if (service.equals("iam") && !"2010-05-08".equals(form.get("Version"))) {
            return iamError(400, "InvalidParameterValue", "Version must be 2010-05-08");
        }
        Fault fault = nextFault(action);
        if (fault != null) {
            return switch (fault) {
                case THROTTLE -> iamError(400, "Throttling", "Rate exceeded");
                case ACCESS_DENIED -> iamError(403, "AccessDenied", "User: " + CALLER
                        + " is not authorized to perform: iam:" + action + " on resource: role "
                        + form.getOrDefault("RoleName", "*") + " because no identity-based policy allows the iam:"
                        + action + " action");
                case SERVER_ERROR, ROLE_NOT_ASSUMABLE -> iamError(500, "ServiceFailure", "Service failure");
            };
        }
        String role = form.get("RoleName");
        switch (action) {
            case "GetCallerIdentity" -> {
                return xml("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<GetCallerIdentityResult><Arn>" + CALLER + "</Arn><UserId>AIDAEXAMPLE</UserId><Account>"
                        + ACCOUNT + "</Account></GetCallerIdentityResult>" + metadata() + "</GetCallerIdentityResponse>");
            }
            case "GetRole" -> {
                Role r = roles.get(role);
                if (r == null) {
                    return noSuchRole(role);
                }
                return iamResult("GetRole", roleXml(role, r));
            }
            case "CreateRole" -> {
                if (roles.containsKey(role)) {
                    return iamError(409, "EntityAlreadyExists", "Role with name " + role + " already exists.");
                }
                Role r = new Role();
                r.arn = "arn:aws:iam::" + ACCOUNT + ":role/" + role;
                r.trust = form.get("AssumeRolePolicyDocument");
                for (int i = 1; form.containsKey("Tags.member." + i + ".Key"); i++) {
                    r.tags.put(form.get("Tags.member." + i + ".Key"), form.get("Tags.member." + i + ".Value"));
                }
                roles.put(role, r);
                return iamResult("CreateRole", roleXml(role, r));
            }
            case "UpdateAssumeRolePolicy" -> {
                Role r = roles.get(role);
                if (r == null) {
                    return noSuchRole(role);
                }
                r.trust = form.get("PolicyDocument");
                return iamEmpty("UpdateAssumeRolePolicy");
            }
            case "GetRolePolicy" -> {
                Role r = roles.get(role);
                String policy = r == null ? null : r.policies.get(form.get("PolicyName"));
                if (policy == null) {
                    return iamError(404, "NoSuchEntity", "The role policy with name " + form.get("PolicyName")
                            + " cannot be found.");
                }
                return iamResult("GetRolePolicy", "<RoleName>" + role + "</RoleName><PolicyName>"
                        + form.get("PolicyName") + "</PolicyName><PolicyDocument>" + encode(policy) + "</PolicyDocument>");
            }
            case "PutRolePolicy" -> {
                Role r = roles.get(role);
                if (r == null) {
                    return noSuchRole(role);
                }
                r.policies.put(form.get("PolicyName"), form.get("PolicyDocument"));
                return iamEmpty("PutRolePolicy");
            }
            case "DeleteRolePolicy" -> {
                Role r = roles.get(role);
                if (r == null || r.policies.remove(form.get("PolicyName")) == null) {
                    return iamError(404, "NoSuchEntity", "The role policy cannot be found.");
                }
                return iamEmpty("DeleteRolePolicy");
            }
            default -> {
                return iamError(400, "InvalidAction", "Could not find operation " + action);
            }
        }
    }

    private static String roleXml(String name, Role r) {
        return "<Role><Path>/</Path><RoleName>" + name + "</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>" + r.arn
                + "</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>" + encode(r.trust)
                + "</AssumeRolePolicyDocument></Role>";
    }

    /** IAM sends policy documents URL-encoded (RFC 3986), then XML-escaped. */
    private static String encode(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer noSuchRole(String role) {
        return iamError(404, "NoSuchEntity", "The role with name " + role + " cannot be found.");
    }

    private static String metadata() {
        return "<ResponseMetadata><RequestId>req-" + System.nanoTime() + "</RequestId></ResponseMetadata>";
    }

    private static Answer iamResult(String action, String result) {
        return xml("<" + action + "Response xmlns=\"" + IAM_NS + "\"><" + action + "Result>" + result + "</" + action
                + "Result>" + metadata() + "</" + action + "Response>");
    }

    private static Answer iamEmpty(String action) {
        return xml("<" + action + "Response xmlns=\"" + IAM_NS + "\">" + metadata() + "</" + action + "Response>");
    }

    private static Answer iamError(int status, String code, String message) {
        return new Answer(status, "text/xml", "<ErrorResponse xmlns=\"" + IAM_NS + "\"><Error><Type>Sender</Type><Code>"
                + code + "</Code><Message>" + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>"
                + "<RequestId>req-1</RequestId></ErrorResponse>");
    }

    private static Answer xml(String body) {
        return new Answer(200, "text/xml", body);
    }
}
