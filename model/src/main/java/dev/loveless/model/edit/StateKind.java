package dev.loveless.model.edit;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.Branch;
import dev.loveless.model.Extras;
import dev.loveless.model.FailState;
import dev.loveless.model.ItemProcessor;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.PassState;
import dev.loveless.model.ProcessorConfig;
import dev.loveless.model.State;
import dev.loveless.model.StateCommon;
import dev.loveless.model.States;
import dev.loveless.model.SucceedState;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;
import dev.loveless.model.ChoiceState;

import java.util.List;
import java.util.Set;

/**
 * The kinds of state a person can add from the palette, in plain words, each with a ready-to-run
 * default: a Task as a Lambda function, as an Activity worker or as another AWS service call, and
 * one per other ASL type (Map inline or distributed). A new Parallel or Map comes with one step
 * inside each branch so that it reads as a container at once.
 */
public enum StateKind {
    LAMBDA("Lambda", "Lambda step", "Lambda: run your code as an AWS Lambda function (up to 15 minutes)."),
    ACTIVITY("Activity", "Activity step", "Activity: a worker you run yourself (a container, a GPU machine) picks up the work; for long or special jobs."),
    SERVICE("AWS service", "Service call", "AWS service: call another AWS service directly, such as sending a notification or saving a record."),
    PASS("Pass", "Pass", "Pass: hand the data on, optionally reshaping it; does no work."),
    CHOICE("Choice", "Decide", "Choice: take one path or another depending on the data."),
    WAIT("Wait", "Wait", "Wait: pause the workflow for a time or until a date."),
    PARALLEL("Parallel", "Do in parallel", "Parallel: run several branches at the same time and wait for all of them."),
    MAP_INLINE("Map", "For each item", "Map: repeat steps for every item of a list, several at a time."),
    MAP_DISTRIBUTED("Distributed Map", "For each file", "Distributed Map: process a very large set of items (such as files in S3) as child workflows."),
    SUCCEED("Succeed", "Done", "Succeed: end this path successfully."),
    FAIL("Fail", "Failed", "Fail: stop the workflow with an error and a cause.");

    private final String label;
    private final String defaultName;
    private final String tooltip;

    StateKind(String label, String defaultName, String tooltip) {
        this.label = label;
        this.defaultName = defaultName;
        this.tooltip = tooltip;
    }

    /** @return the palette label ("Lambda") */
    public String label() {
        return label;
    }

    /** @return the name a new state of this kind starts from ("Lambda step") */
    public String defaultName() {
        return defaultName;
    }

    /** @return a plain-words explanation for a tooltip */
    public String tooltip() {
        return tooltip;
    }

    /**
     * @param name  the new state's (unique) name, used in its placeholders
     * @param taken every name in use, to which the names of nested states are added
     * @return a new state of this kind, ending its scope ({@code End: true}) where the type allows
     */
    public State create(String name, Set<String> taken) {
        StateCommon end = StateCommon.ending();
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (this) {
            case LAMBDA: {
                ObjectNode parameters = json.objectNode();
                parameters.put("FunctionName", "${" + identifier(name) + "FunctionArn}");
                parameters.put("Payload.$", "$");
                return TaskState.of("arn:aws:states:::lambda:invoke", end.withParameters(parameters));
            }
            case ACTIVITY:
                return TaskState.of("arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:" + slug(name), end);
            case SERVICE: {
                ObjectNode parameters = json.objectNode();
                parameters.put("TopicArn", "${" + identifier(name) + "TopicArn}");
                parameters.put("Message.$", "$");
                return TaskState.of("arn:aws:states:::sns:publish", end.withParameters(parameters));
            }
            case PASS:
                return PassState.of(end);
            case CHOICE:
                return ChoiceState.of(List.of(), null);
            case WAIT:
                return new WaitState(end, IntNode.valueOf(60), null, null, null, Extras.NONE);
            case PARALLEL: {
                String first = claim("First branch step", taken);
                String second = claim("Second branch step", taken);
                return ParallelState.of(List.of(
                        Branch.of(first, new States(java.util.Map.of(first, PassState.of(StateCommon.ending())))),
                        Branch.of(second, new States(java.util.Map.of(second, PassState.of(StateCommon.ending()))))),
                        end);
            }
            case MAP_INLINE:
            case MAP_DISTRIBUTED: {
                String step = claim(this == MAP_INLINE ? "Process item" : "Process file", taken);
                ProcessorConfig config = new ProcessorConfig(this == MAP_INLINE ? "INLINE" : "DISTRIBUTED",
                        this == MAP_INLINE ? null : "STANDARD", Extras.NONE);
                ItemProcessor processor = new ItemProcessor(config, null, step,
                        new States(java.util.Map.of(step, PassState.of(StateCommon.ending()))), Extras.NONE);
                return MapState.inline(this == MAP_INLINE ? "$.items" : null, processor, end);
            }
            case SUCCEED:
                return SucceedState.of();
            case FAIL:
                return FailState.of(identifier(name) + "Error", "Describe what went wrong.");
            default:
                throw new IllegalStateException("unknown kind " + this);
        }
    }

    private static String claim(String base, Set<String> taken) {
        String name = Names.unique(base, taken);
        taken.add(name);
        return name;
    }

    /** @return {@code "Make thumbnails"} as {@code MakeThumbnails}, for placeholders */
    static String identifier(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.length() == 0 ? "Step" : out.toString();
    }

    /** @return {@code "Transcode on GPU"} as {@code transcode-on-gpu}, for an activity name */
    static String slug(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "activity" : slug;
    }
}
