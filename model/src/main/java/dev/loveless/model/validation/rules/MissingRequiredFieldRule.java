package dev.loveless.model.validation.rules;

import dev.loveless.model.Branch;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.Extras;
import dev.loveless.model.ItemProcessor;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.Retrier;
import dev.loveless.model.Scope;
import dev.loveless.model.StateMachine;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.List;

/**
 * {@code MISSING_REQUIRED_FIELD}: the fields ASL requires are there: the machine's and every
 * branch's and processor's {@code StartAt} and {@code States}; a Task's {@code Resource}; a
 * Choice's {@code Choices}; a Parallel's {@code Branches}; a Map's {@code ItemProcessor}; a
 * Wait's duration; {@code ErrorEquals} and a catcher's {@code Next}; a distributed Map's
 * {@code ItemReader.Resource}, {@code WriterConfig} fields and {@code ExecutionType}. A field that
 * is present with the wrong type is left to {@code INVALID_FIELD_TYPE}.
 */
public final class MissingRequiredFieldRule extends AbstractRule {

    public MissingRequiredFieldRule() {
        super("MISSING_REQUIRED_FIELD", Phase.STRUCTURE, "The fields ASL requires are present.");
    }

    @Override
    public void check(ValidationContext context) {
        StateMachine machine = context.machine();
        if (machine.startAt() == null && !machine.extras().has("StartAt")) {
            context.reportMachine("The state machine has no StartAt: name the state to start at.", "StartAt");
        }
        if (machine.states() == null && !machine.extras().has("States")) {
            context.reportMachine("The state machine has no States: add an object of named states.", "States");
        }
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof TaskState task && task.resource() == null && !task.extras().has("Resource")) {
                context.report(entry, "A Task state needs a Resource: the ARN of a Lambda function, an activity or"
                        + " a service integration.", "Resource");
            }
            if (entry.state() instanceof ChoiceState choice) {
                if (choice.choices() == null && !choice.extras().has("Choices")) {
                    context.report(entry, "A Choice state needs Choices: an array of at least one rule.", "Choices");
                } else if (choice.choices() != null && choice.choices().isEmpty()) {
                    context.report(entry, "Choices is empty: a Choice state needs at least one rule.", "Choices");
                }
            }
            if (entry.state() instanceof ParallelState parallel) {
                if (parallel.branches() == null && !parallel.extras().has("Branches")) {
                    context.report(entry, "A Parallel state needs Branches: an array of at least one branch.",
                            "Branches");
                } else if (parallel.branches() != null && parallel.branches().isEmpty()) {
                    context.report(entry, "Branches is empty: a Parallel state needs at least one branch.",
                            "Branches");
                }
                List<Branch> branches = parallel.branchesOrEmpty();
                for (int i = 0; i < branches.size(); i++) {
                    scope(context, entry, branches.get(i), branches.get(i).extras(), "Branches", i);
                }
            }
            if (entry.state() instanceof MapState map) {
                map(context, entry, map);
            }
            if (entry.state() instanceof WaitState wait && wait.seconds() == null && wait.secondsPath() == null
                    && wait.timestamp() == null && wait.timestampPath() == null && !anyOf(wait.extras(),
                    "Seconds", "SecondsPath", "Timestamp", "TimestampPath")) {
                context.report(entry, "A Wait state needs one of Seconds, SecondsPath, Timestamp or TimestampPath.");
            }
            errorHandlers(context, entry);
        }
    }

    private static void map(ValidationContext context, StateEntry entry, MapState map) {
        if (map.itemProcessor() == null && map.iterator() == null
                && !anyOf(map.extras(), "ItemProcessor", "Iterator")) {
            context.report(entry, "A Map state needs an ItemProcessor: the states to run for each item.",
                    "ItemProcessor");
        }
        if (map.itemProcessor() != null) {
            processor(context, entry, map.itemProcessor(), "ItemProcessor");
        }
        if (map.iterator() != null) {
            processor(context, entry, map.iterator(), "Iterator");
        }
        if (map.itemReader() != null && map.itemReader().resource() == null
                && !map.itemReader().extras().has("Resource")) {
            context.report(entry, "ItemReader needs a Resource, e.g. arn:aws:states:::s3:getObject.",
                    "ItemReader", "Resource");
        }
        if (map.resultWriter() != null && map.resultWriter().writerConfig() != null) {
            var config = map.resultWriter().writerConfig();
            if (config.outputType() == null && !config.extras().has("OutputType")) {
                context.report(entry, "WriterConfig needs an OutputType (JSON or JSONL).",
                        "ResultWriter", "WriterConfig", "OutputType");
            }
        }
    }

    private static void processor(ValidationContext context, StateEntry entry, ItemProcessor processor, String field) {
        scope(context, entry, processor, processor.extras(), field);
        if (processor.isDistributed() && processor.processorConfig().executionType() == null
                && !processor.processorConfig().extras().has("ExecutionType")) {
            context.report(entry, "A DISTRIBUTED processor needs an ExecutionType (STANDARD or EXPRESS) for its"
                    + " child executions.", field, "ProcessorConfig", "ExecutionType");
        }
    }

    private static void scope(ValidationContext context, StateEntry entry, Scope scope, Extras extras,
                              Object... tokens) {
        String what = tokens[0].equals("Branches") ? "A branch" : tokens[0] + "";
        if (scope.startAt() == null && !extras.has("StartAt")) {
            context.report(entry, what + " needs a StartAt: the name of its first state.", append(tokens, "StartAt"));
        }
        if (scope.states() == null && !extras.has("States")) {
            context.report(entry, what + " needs States: an object of named states.", append(tokens, "States"));
        }
    }

    private static void errorHandlers(ValidationContext context, StateEntry entry) {
        List<Retrier> retry = entry.state().common().retry();
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                if (retry.get(i).errorEquals() == null && !retry.get(i).extras().has("ErrorEquals")) {
                    context.report(entry, "A retrier needs ErrorEquals: the errors it retries.", "Retry", i,
                            "ErrorEquals");
                }
            }
        }
        List<Catcher> catchers = entry.state().common().catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                Catcher catcher = catchers.get(i);
                if (catcher.errorEquals() == null && !catcher.extras().has("ErrorEquals")) {
                    context.report(entry, "A catcher needs ErrorEquals: the errors it catches.", "Catch", i,
                            "ErrorEquals");
                }
                if (catcher.next() == null && !catcher.extras().has("Next")) {
                    context.report(entry, "A catcher needs Next: the state to go to when it catches an error.",
                            "Catch", i, "Next");
                }
            }
        }
    }

    private static boolean anyOf(Extras extras, String... fields) {
        for (String field : fields) {
            if (extras.has(field)) {
                return true;
            }
        }
        return false;
    }

    static Object[] append(Object[] tokens, Object... more) {
        Object[] all = new Object[tokens.length + more.length];
        System.arraycopy(tokens, 0, all, 0, tokens.length);
        System.arraycopy(more, 0, all, tokens.length, more.length);
        return all;
    }
}
