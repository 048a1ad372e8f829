package dev.loveless.model.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.Extras;
import dev.loveless.model.QueryLanguage;
import dev.loveless.model.Retrier;
import dev.loveless.model.State;
import dev.loveless.model.StateCommon;
import dev.loveless.model.StatePath;
import dev.loveless.model.TaskState;
import dev.loveless.model.WorkerKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Lambda ⇄ Activity switch: makes a Task run on another kind of worker, rewriting only what
 * must change and keeping its name, transitions, input/output processing, retries and catches.
 *
 * <ul>
 *   <li><b>Lambda</b>: {@code arn:aws:states:::lambda:invoke} with {@code FunctionName} (the given
 *       name, else a {@code ${…FunctionArn}} placeholder resolved at deploy) and {@code Payload}:
 *       the task's former input template, else the whole input. The result is unwrapped from the
 *       integration's envelope ({@code OutputPath $.Payload}, or JSONata {@code Output}) when the
 *       state did not shape its output already, so the next state sees what it saw before. AWS's
 *       recommended retrier for Lambda's transient errors goes first in {@code Retry} unless one
 *       already covers them. {@code HeartbeatSeconds} goes: a function sends no heartbeats.</li>
 *   <li><b>Activity</b>: {@code arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:NAME}
 *       (placeholders resolved at deploy); {@code TimeoutSeconds} and {@code HeartbeatSeconds}
 *       proposed when absent; the Lambda payload becomes the activity's input; the Lambda-only
 *       parts this edit adds (the envelope unwrap, the Lambda retrier) go again.</li>
 *   <li><b>Service</b>: another AWS service ({@code sns:publish} to start with), reached through
 *       its optimised integration; the Lambda envelope goes as for an Activity.</li>
 * </ul>
 * Flipping Activity → Lambda → Activity gives back the original state. A Task already of that
 * kind is left as it is.
 *
 * @param name the function name or ARN, activity name, or {@code null} to derive one from the state's name
 */
public record ChangeWorkerKind(StatePath path, WorkerKind kind, String name) implements Edit {

    /** The transient Lambda errors AWS recommends retrying. */
    public static final List<String> LAMBDA_TRANSIENT_ERRORS = List.of("Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException");
    /** The retrier added to a Lambda task: AWS's recommendation. */
    public static final Retrier LAMBDA_RETRIER = new Retrier(LAMBDA_TRANSIENT_ERRORS, 1, 3, new BigDecimal("2"),
            null, "FULL", null, Extras.NONE);
    /** The integration resource a Lambda task calls. */
    public static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
    /** Proposed for a new Activity: an hour to finish, a heartbeat every minute. */
    public static final int ACTIVITY_TIMEOUT = 3600;
    public static final int ACTIVITY_HEARTBEAT = 60;

    private static final String ACTIVITY_PREFIX = "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:";
    private static final String UNWRAP_PATH = "$.Payload";
    private static final String UNWRAP_JSONATA = "{% $states.result.Payload %}";
    private static final String WHOLE_INPUT_JSONATA = "{% $states.input %}";
    private static final Set<String> LAMBDA_ONLY_KEYS = Set.of("FunctionName", "Qualifier", "InvocationType",
            "ClientContext", "LogType");
    private static final Set<String> COVERING = Set.of("States.ALL", "States.TaskFailed");
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    public ChangeWorkerKind {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (kind == WorkerKind.UNKNOWN) {
            throw new EditException("choose Lambda, Activity or an AWS service");
        }
        if (name != null && name.isBlank()) {
            name = null;
        }
    }

    @Override
    public String description() {
        switch (kind) {
            case LAMBDA: return "Run \"" + path.name() + "\" as a Lambda function";
            case ACTIVITY: return "Run \"" + path.name() + "\" as an Activity worker";
            default: return "Run \"" + path.name() + "\" as an AWS service call";
        }
    }

    @Override
    public Document apply(Document document) {
        State state = Scopes.requireState(document.machine(), path);
        if (!(state instanceof TaskState task)) {
            throw new EditException("\"" + path.name() + "\" is not a Task: only a Task runs on a worker.");
        }
        WorkerKind current = task.worker().kind();
        if (current == kind) {
            return document;
        }
        String language = task.common().queryLanguage() != null ? task.common().queryLanguage()
                : document.machine().queryLanguage();
        boolean jsonata = QueryLanguage.parseOr(language, QueryLanguage.JSONPATH) == QueryLanguage.JSONATA;
        TaskState plain = current == WorkerKind.LAMBDA ? withoutLambda(task, jsonata) : task;
        TaskState changed;
        switch (kind) {
            case LAMBDA:
                changed = toLambda(plain, jsonata);
                break;
            case ACTIVITY:
                changed = toActivity(plain);
                break;
            default:
                changed = plain.withResource("arn:aws:states:::sns:publish");
                break;
        }
        return document.withMachine(Scopes.updateState(document.machine(), path, s -> changed));
    }

    private TaskState toLambda(TaskState task, boolean jsonata) {
        StateCommon common = task.common();
        JsonNode input = jsonata ? common.arguments() : common.parameters();
        ObjectNode arguments = JSON.objectNode();
        arguments.put("FunctionName", name != null ? name : "${" + StateKind.identifier(path.name()) + "FunctionArn}");
        if (input != null) {
            arguments.set("Payload", input);
        } else if (jsonata) {
            arguments.put("Payload", WHOLE_INPUT_JSONATA);
        } else {
            arguments.put("Payload.$", "$");
        }
        common = jsonata ? withArguments(common, arguments) : common.withParameters(arguments);
        if (jsonata && common.output() == null) {
            common = withOutput(common, TextNode.valueOf(UNWRAP_JSONATA));
        } else if (!jsonata && common.outputPath() == null && common.resultPath() == null && common.resultSelector() == null) {
            common = withOutputPath(common, TextNode.valueOf(UNWRAP_PATH));
        }
        if (!coversLambdaErrors(common.retry())) {
            List<Retrier> retry = new ArrayList<>();
            retry.add(LAMBDA_RETRIER);
            if (common.retry() != null) {
                retry.addAll(common.retry());
            }
            common = common.withRetry(retry);
        }
        return new TaskState(common, LAMBDA_INVOKE, task.timeoutSeconds(), task.timeoutSecondsPath(),
                null, null, task.credentials(), task.extras());
    }

    private TaskState toActivity(TaskState task) {
        String activity = name != null ? name : StateKind.slug(path.name());
        JsonNode timeout = task.timeoutSeconds();
        JsonNode heartbeat = task.heartbeatSeconds();
        if (timeout == null && task.timeoutSecondsPath() == null) {
            timeout = IntNode.valueOf(ACTIVITY_TIMEOUT);
        }
        if (heartbeat == null && task.heartbeatSecondsPath() == null) {
            int limit = timeout != null && timeout.isIntegralNumber() ? timeout.intValue() : ACTIVITY_TIMEOUT;
            heartbeat = IntNode.valueOf(Math.max(1, Math.min(ACTIVITY_HEARTBEAT, limit / 2)));
        }
        return new TaskState(task.common(), ACTIVITY_PREFIX + activity, timeout, task.timeoutSecondsPath(), heartbeat,
                task.heartbeatSecondsPath(), task.credentials(), task.extras());
    }

    /** @return the task without what makes it a Lambda call: the envelope, the added retrier, the function's fields */
    private static TaskState withoutLambda(TaskState task, boolean jsonata) {
        StateCommon common = task.common();
        if (task.resource() == null || !task.resource().contains(":states:::lambda:invoke")) {
            return task; // a function ARN as Resource: its Parameters are the payload already, no envelope
        }
        JsonNode arguments = jsonata ? common.arguments() : common.parameters();
        JsonNode input = arguments;
        if (arguments != null && arguments.isObject()) {
            JsonNode payload = arguments.get("Payload");
            JsonNode payloadPath = arguments.get("Payload.$");
            if (jsonata && payload != null) {
                input = WHOLE_INPUT_JSONATA.equals(payload.asText(null)) ? null : payload;
            } else if (!jsonata && payloadPath != null && "$".equals(payloadPath.asText(null)) && onlyLambdaKeysBesides(arguments, "Payload.$")) {
                input = null;
            } else if (!jsonata && payload != null && onlyLambdaKeysBesides(arguments, "Payload")) {
                input = payload;
            } else {
                ObjectNode rest = ((ObjectNode) arguments).deepCopy();
                rest.remove(LAMBDA_ONLY_KEYS);
                input = rest.isEmpty() ? null : rest;
            }
        }
        common = jsonata ? withArguments(common, input) : common.withParameters(input);
        if (jsonata && common.output() != null && UNWRAP_JSONATA.equals(common.output().asText(null))) {
            common = withOutput(common, null);
        }
        if (!jsonata && common.outputPath() != null && UNWRAP_PATH.equals(common.outputPath().asText(null))) {
            common = withOutputPath(common, null);
        }
        if (common.retry() != null && common.retry().contains(LAMBDA_RETRIER)) {
            List<Retrier> retry = new ArrayList<>(common.retry());
            retry.remove(LAMBDA_RETRIER);
            common = common.withRetry(retry.isEmpty() ? null : retry);
        }
        return new TaskState(common, task.resource(), task.timeoutSeconds(), task.timeoutSecondsPath(),
                task.heartbeatSeconds(), task.heartbeatSecondsPath(), task.credentials(), task.extras());
    }

    private static boolean onlyLambdaKeysBesides(JsonNode arguments, String payloadKey) {
        for (Iterator<Map.Entry<String, JsonNode>> it = arguments.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!key.equals(payloadKey) && !LAMBDA_ONLY_KEYS.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a retrier already retries Lambda's transient errors (as the LAMBDA_NO_RETRY rule judges) */
    static boolean coversLambdaErrors(List<Retrier> retry) {
        if (retry == null) {
            return false;
        }
        for (Retrier retrier : retry) {
            if (retrier.errorEquals() == null || retrier.maxAttempts() != null && retrier.maxAttempts() == 0) {
                continue;
            }
            for (String error : retrier.errorEquals()) {
                if (COVERING.contains(error) || LAMBDA_TRANSIENT_ERRORS.contains(error)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static StateCommon withArguments(StateCommon c, JsonNode value) {
        return new StateCommon(c.comment(), c.queryLanguage(), c.next(), c.end(), c.inputPath(), c.outputPath(),
                c.parameters(), value, c.resultSelector(), c.resultPath(), c.output(), c.assign(), c.retry(), c.catchers());
    }

    private static StateCommon withOutput(StateCommon c, JsonNode value) {
        return new StateCommon(c.comment(), c.queryLanguage(), c.next(), c.end(), c.inputPath(), c.outputPath(),
                c.parameters(), c.arguments(), c.resultSelector(), c.resultPath(), value, c.assign(), c.retry(), c.catchers());
    }

    private static StateCommon withOutputPath(StateCommon c, JsonNode value) {
        return new StateCommon(c.comment(), c.queryLanguage(), c.next(), c.end(), c.inputPath(), value,
                c.parameters(), c.arguments(), c.resultSelector(), c.resultPath(), c.output(), c.assign(), c.retry(), c.catchers());
    }

}
