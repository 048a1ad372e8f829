package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.Worker;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.edit.SetStateField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Task's own sections: Worker (the Lambda ⇄ Activity switch, then what that worker needs) and
 * Timeouts. The service fields (service, action, pattern, SDK) are read from and written into
 * {@code Resource}; the activity name too.
 */
final class TaskForms {

    static final String ACTIVITY_MARK = ":activity:";

    private TaskForms() {
    }

    static Section worker(FormBuilder form, TaskState task, Map<WorkerKind, String> remembered) {
        List<FormRow> rows = new ArrayList<>();
        rows.add(new WorkerModel(form.path(), form::execute, remembered));
        Worker worker = task.worker();
        String input = form.jsonata() ? "/Arguments" : "/Parameters";
        boolean invoke = task.resource() != null && task.resource().contains(":states:::lambda:invoke");
        switch (worker.kind()) {
            case LAMBDA:
                if (invoke) {
                    rows.add(form.field(input + "/FunctionName", "Function",
                            "The function's name or ARN, optionally with :version or :alias, or a ${Placeholder} filled at deploy.",
                            FieldKind.TEXT));
                    rows.add(form.field(input + "/Payload", "Payload", form.jsonata()
                            ? "What the function receives: JSON with {% … %} values, or {% $states.input %}."
                            : "What the function receives, as a JSON template (keys ending in .$ take a path).", FieldKind.JSON));
                    if (!form.jsonata()) {
                        rows.add(form.field("/Parameters/Payload.$", "Payload from a path",
                                "Or a path to the payload in the input: $ sends the whole input.", FieldKind.PATH));
                    }
                    rows.add(form.field(input + "/InvocationType", "Invocation", "Wait for the function's answer, or just start it.",
                            FieldKind.CHOICE, FormBuilder.options("", "Wait for the result (default)",
                                    "RequestResponse", "RequestResponse", "Event", "Event (do not wait)")));
                } else {
                    rows.add(resource(form, "Function ARN", "The function's ARN (called directly, without the lambda:invoke integration)."));
                    rows.add(form.field(input, "Payload", "What the function receives.", FieldKind.JSON));
                }
                break;
            case ACTIVITY:
                rows.add(form.custom("/#activity", "Activity name",
                        "The activity your worker polls; its ARN is formed for the deploy region and account.",
                        FieldKind.TEXT, List.of(), (value, typing) -> writeActivity(form, value, typing)));
                rows.add(form.field(input, "Worker input", "What the worker receives; empty: the whole input.", FieldKind.JSON));
                break;
            case SERVICE:
                rows.add(form.custom("/#service", "Service", "The AWS service, e.g. sns, sqs, dynamodb, ecs, glue, states.",
                        FieldKind.TEXT, List.of(), (value, typing) -> writeService(form, "service", value, typing)));
                rows.add(form.custom("/#action", "Action", "What to ask of it, e.g. publish, sendMessage, putItem, runTask.",
                        FieldKind.TEXT, List.of(), (value, typing) -> writeService(form, "action", value, typing)));
                rows.add(form.custom("/#pattern", "Wait for", "Request-response returns at once; .sync waits for the job;"
                                + " .waitForTaskToken waits until someone sends the task token back.",
                        FieldKind.CHOICE, FormBuilder.options("", "The response (request-response)", ".sync", "The job to finish (.sync)",
                                ".sync:2", "The job to finish, JSON output (.sync:2)", ".waitForTaskToken", "A callback with the task token"),
                        (value, typing) -> writeService(form, "pattern", value, typing)));
                rows.add(form.custom("/#sdk", "AWS SDK integration", "Call any API action of the service through the AWS SDK.",
                        FieldKind.BOOLEAN, List.of(), (value, typing) -> writeService(form, "sdk", value, typing)));
                rows.add(form.field(input, form.jsonata() ? "Arguments" : "Parameters",
                        "The request, as JSON (keys as in the service's API).", FieldKind.JSON));
                break;
            default:
                rows.add(form.field(input, form.jsonata() ? "Arguments" : "Parameters", "What the task receives.", FieldKind.JSON));
                break;
        }
        if (worker.kind() != WorkerKind.LAMBDA || invoke) {
            rows.add(resource(form, "Resource (ARN)", "The full resource this task calls; the fields above write it for you."));
        }
        rows.add(form.field("/Credentials", "Credentials", "A role to assume for this call, e.g. {\"RoleArn\": \"arn:aws:iam::…\"}.",
                FieldKind.JSON));
        return new Section("worker", "Worker", "Who does this step's work.", rows);
    }

    private static FieldModel resource(FormBuilder form, String label, String help) {
        return form.field("/Resource", label, help, FieldKind.TEXT);
    }

    static Section timeouts(FormBuilder form) {
        List<FormRow> rows = new ArrayList<>();
        rows.add(form.field("/TimeoutSeconds", "Time limit (s)", "Fail with States.Timeout when the work takes longer.",
                FieldKind.INTEGER));
        rows.add(form.field("/HeartbeatSeconds", "Heartbeat (s)",
                "Fail when a worker goes silent this long; must be less than the time limit.", FieldKind.INTEGER));
        if (!form.jsonata()) {
            rows.add(form.field("/TimeoutSecondsPath", "Time limit from the input", "A path to a number of seconds.",
                    FieldKind.REFERENCE_PATH));
            rows.add(form.field("/HeartbeatSecondsPath", "Heartbeat from the input", "A path to a number of seconds.",
                    FieldKind.REFERENCE_PATH));
        }
        return new Section("timeouts", "Timeouts", "How long the step may run.", rows);
    }

    /** Adds the parts of a Task's resource to the JSON its form reads, as virtual fields ({@code #service}…). */
    static void addVirtualFields(com.fasterxml.jackson.databind.node.ObjectNode source, TaskState task) {
        Worker worker = task.worker();
        String resource = task.resource();
        if (worker.kind() == WorkerKind.ACTIVITY && resource != null) {
            source.put("#activity", resource.substring(resource.indexOf(ACTIVITY_MARK) + ACTIVITY_MARK.length()));
        }
        if (worker.kind() == WorkerKind.SERVICE) {
            source.put("#service", worker.service());
            source.put("#action", worker.action());
            if (!worker.pattern().suffix().isEmpty()) {
                source.put("#pattern", worker.pattern().suffix());
            }
            if (worker.sdk()) {
                source.put("#sdk", true);
            }
        }
    }

    private static void writeActivity(FormBuilder form, JsonNode value, boolean typing) {
        TaskState task = current(form);
        if (task == null || task.resource() == null || value == null) {
            return;
        }
        String resource = task.resource();
        int mark = resource.indexOf(ACTIVITY_MARK);
        String prefix = mark < 0 ? "arn:aws:states:${AWS::Region}:${AWS::AccountId}" : resource.substring(0, mark);
        form.editor().execute(new SetStateField(form.path(), "/Resource", TextNode.valueOf(prefix + ACTIVITY_MARK + value.asText()),
                "Change the activity of \"" + form.path().name() + "\"", typing));
    }

    private static void writeService(FormBuilder form, String part, JsonNode value, boolean typing) {
        TaskState task = current(form);
        if (task == null) {
            return;
        }
        Worker worker = task.worker();
        String service = worker.service() == null ? "sns" : worker.service();
        String action = worker.action() == null ? "publish" : worker.action();
        String pattern = worker.pattern().suffix();
        boolean sdk = worker.sdk();
        String text = value == null ? "" : value.asText();
        if ((part.equals("service") || part.equals("action")) && text.isBlank()) {
            return; // a service call needs both: keep the last complete resource until something is typed
        }
        switch (part) {
            case "service":
                service = text;
                break;
            case "action":
                action = text;
                break;
            case "pattern":
                pattern = text;
                break;
            default:
                sdk = value != null && value.asBoolean();
                break;
        }
        String resource = "arn:aws:states:::" + (sdk ? "aws-sdk:" : "") + service + ":" + action + pattern;
        form.editor().execute(new SetStateField(form.path(), "/Resource", TextNode.valueOf(resource),
                "Change the service call of \"" + form.path().name() + "\"", typing));
        if (!typing) {
            form.editor().endGesture();
        }
    }

    private static TaskState current(FormBuilder form) {
        var state = StateTree.resolve(form.editor().document().machine(), form.path());
        return state instanceof TaskState task ? task : null;
    }
}
