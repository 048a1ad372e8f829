package dev.loveless.exporters.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.StateMachine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The least-privilege policy of a state machine's execution role, derived from its definition:
 * {@code lambda:InvokeFunction} on each function it calls and that function's versions and
 * aliases ({@code …:function:NAME:*}); for each optimised service integration, the actions that
 * integration needs ({@code .sync} adds the polling and EventBridge rule actions); for AWS SDK
 * integrations the one action called; for a distributed Map, starting its child executions and
 * reading and writing its S3 items; logging and X-Ray actions when asked for. Actions are always
 * specific, never {@code service:*}. Activities need no permission (workers call Step Functions).
 *
 * <p>Resources are ARN templates: a definition placeholder such as {@code ${CheckUploadFunctionArn}}
 * stays a {@code ${…}} variable, as do {@code ${AWS::Partition}}, {@code ${AWS::Region}},
 * {@code ${AWS::AccountId}} and {@link #STATE_MACHINE_NAME}; CloudFormation resolves them with
 * {@code Fn::Sub}, a deploy with {@link #toDocument(Function)} and concrete values. Where the
 * definition leaves a resource to run time ({@code "FunctionName.$"}), the resource is scoped to
 * the account and region and a warning says so.
 *
 * @param statements the statements, merged by action set, in the order first needed
 * @param warnings   what a reviewer should look at, one sentence each
 */
public record ExecutionPolicy(List<PolicyStatement> statements, List<String> warnings) {

    /** The variable that names the state machine itself (a distributed Map starts child executions of it). */
    public static final String STATE_MACHINE_NAME = "StateMachineName";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    public ExecutionPolicy {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    /** What the role needs beyond the definition's tasks. */
    public record Options(boolean logging, boolean tracing) {
        public static final Options NONE = new Options(false, false);
    }

    /** @return the policy a role needs to run {@code machine} */
    public static ExecutionPolicy derive(StateMachine machine, Options options) {
        return new PolicyDeriver(options).derive(machine);
    }

    /** @return every {@code ${…}} variable the resources use, in first-use order */
    public Set<String> variables() {
        Set<String> variables = new LinkedHashSet<>();
        for (PolicyStatement statement : statements) {
            for (String resource : statement.resources()) {
                Matcher matcher = VARIABLE.matcher(resource);
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
            }
        }
        return variables;
    }

    /** @return every action of every statement */
    public Set<String> actions() {
        Set<String> actions = new LinkedHashSet<>();
        statements.forEach(statement -> actions.addAll(statement.actions()));
        return actions;
    }

    /**
     * @param resource renders one ARN template as the document's resource value: a
     *                 {@code {"Fn::Sub": …}} object for CloudFormation, a concrete ARN for a deploy
     * @return the IAM policy document ({@code Version 2012-10-17})
     */
    public ObjectNode toDocument(Function<String, JsonNode> resource) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode document = json.objectNode();
        document.put("Version", "2012-10-17");
        ArrayNode list = document.putArray("Statement");
        for (PolicyStatement statement : statements) {
            ObjectNode node = list.addObject();
            node.put("Sid", statement.sid());
            node.put("Effect", "Allow");
            ArrayNode actions = node.putArray("Action");
            statement.actions().forEach(actions::add);
            ArrayNode resources = node.putArray("Resource");
            statement.resources().forEach(r -> resources.add(resource.apply(r)));
        }
        return document;
    }

    /**
     * @return {@code template} with every {@code ${name}} replaced by {@code values.apply(name)};
     *         a {@code null} value leaves the variable as it is
     */
    public static String substitute(String template, Function<String, String> values) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
