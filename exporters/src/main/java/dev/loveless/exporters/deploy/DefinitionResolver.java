package dev.loveless.exporters.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a definition ready for one account and region:
 * <ul>
 *   <li>{@code ${AWS::Region}}, {@code ${AWS::AccountId}} and {@code ${AWS::Partition}} become the target's;</li>
 *   <li>the user's substitutions replace their placeholders;</li>
 *   <li>a Task whose {@code Resource} is a bare placeholder that nothing else resolves is an Activity task:
 *       its activity is named after the placeholder ({@code ${TranscodeActivityArn}} → {@code TranscodeActivity})
 *       and its ARN in the target replaces the placeholder;</li>
 *   <li>every activity ARN in the target account and region becomes an {@link ActivityRef} (deploy
 *       creates those that are missing); one elsewhere gets a warning;</li>
 *   <li>a placeholder left over gets a warning: Step Functions accepts it as text, but an execution
 *       that reaches it will fail.</li>
 * </ul>
 */
public final class DefinitionResolver {

    private static final Pattern ACTIVITY_ARN =
            Pattern.compile("arn:([^:]+):states:([^:]*):([^:]*):activity:(.+)");
    private static final Pattern NOT_IN_NAME = Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]+");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private final AslReader reader = new AslReader();
    private final AslWriter writer = new AslWriter();

    /**
     * @param machine       the definition as designed
     * @param identity      the target account, partition and region
     * @param substitutions the user's values for placeholders
     */
    public ResolvedDefinition resolve(StateMachine machine, CallerIdentity identity, Map<String, String> substitutions) {
        Map<String, String> values = new LinkedHashMap<>(substitutions);
        values.putIfAbsent("AWS::Region", identity.region());
        values.putIfAbsent("AWS::AccountId", identity.account());
        values.putIfAbsent("AWS::Partition", identity.partition());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, ActivityRef> activities = new LinkedHashMap<>();

        // Bare placeholders as a Task's Resource: activities to create.
        Map<String, List<String>> placeholderStates = new LinkedHashMap<>();
        StateTree.walk(machine, (path, state) -> {
            if (state instanceof TaskState task) {
                String name = Placeholders.bareName(task.resource());
                if (name != null && !values.containsKey(name)) {
                    placeholderStates.computeIfAbsent(name, k -> new ArrayList<>()).add(path.name());
                }
            }
        });
        Map<String, String> placeholderOf = new LinkedHashMap<>();
        placeholderStates.forEach((placeholder, states) -> {
            String name = activityName(placeholder, states.get(0));
            String arn = activityArn(identity, name);
            values.put(placeholder, arn);
            placeholderOf.put(arn, placeholder);
        });

        JsonNode tree = parse(writer.write(machine, Format.JSON));
        Placeholders.substituteIn(tree, values);
        Placeholders.forEachIn(tree, "", (pointer, text) -> {
            for (String name : Placeholders.namesIn(text)) {
                diagnostics.add(new Diagnostic(Diagnostic.Source.PLAN, Diagnostic.Severity.WARNING,
                        "UNRESOLVED_PLACEHOLDER", "${" + name + "} has no value and is deployed as written; an"
                        + " execution that reaches it will fail. Give it a value (--sub " + name + "=VALUE).",
                        pointer));
            }
        });
        StateMachine resolved = read(tree);

        StateTree.walk(resolved, (path, state) -> {
            if (!(state instanceof TaskState task) || task.worker().kind() != WorkerKind.ACTIVITY) {
                return;
            }
            Matcher arn = ACTIVITY_ARN.matcher(task.resource());
            if (!arn.matches()) {
                return;
            }
            boolean here = arn.group(2).equals(identity.region()) && arn.group(3).equals(identity.account())
                    && arn.group(1).equals(identity.partition());
            if (!here) {
                diagnostics.add(new Diagnostic(Diagnostic.Source.PLAN, Diagnostic.Severity.WARNING,
                        "ACTIVITY_ELSEWHERE", "The activity " + task.resource() + " is not in account "
                        + identity.account() + " / region " + identity.region()
                        + ", so deploy does not create it; make sure it exists there.",
                        StateTree.pointerOf(resolved, path)));
                return;
            }
            ActivityRef known = activities.get(task.resource());
            List<String> states = new ArrayList<>(known == null ? List.of() : known.states());
            states.add(path.name());
            activities.put(task.resource(), new ActivityRef(arn.group(4), task.resource(),
                    placeholderOf.get(task.resource()), states));
        });
        return new ResolvedDefinition(writer.write(resolved, Format.JSON), resolved,
                List.copyOf(activities.values()), diagnostics);
    }

    /** @return the ARN an activity of this name has in the target */
    public static String activityArn(CallerIdentity identity, String name) {
        return "arn:" + identity.partition() + ":states:" + identity.region() + ":" + identity.account()
                + ":activity:" + name;
    }

    /** @return an activity name from a placeholder: {@code TranscodeActivityArn} → {@code TranscodeActivity} */
    static String activityName(String placeholder, String stateName) {
        String base = placeholder.replaceFirst("(?i)[-_]?arn$", "");
        if (base.isBlank()) {
            base = stateName;
        }
        String name = NOT_IN_NAME.matcher(base).replaceAll("-").replaceAll("^-+|-+$", "");
        if (name.isEmpty()) {
            name = "activity";
        }
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the canonical writer wrote JSON that does not parse", e);
        }
    }

    private StateMachine read(JsonNode tree) {
        try {
            return reader.read(json.writeValueAsString(tree), Format.JSON).machine();
        } catch (JsonProcessingException | AslParseException e) {
            throw new IllegalStateException("a substituted definition no longer parses: " + e.getMessage(), e);
        }
    }
}
