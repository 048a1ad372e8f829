package dev.loveless.exporters.cloudformation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.loveless.exporters.Export;
import dev.loveless.exporters.Exporter;
import dev.loveless.exporters.FileNames;
import dev.loveless.exporters.GeneratedFile;
import dev.loveless.exporters.iam.ExecutionPolicy;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.Worker;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Exports a CloudFormation or SAM template that deploys the workflow: the state machine with its
 * definition embedded as it is (every {@code ${…}} placeholder filled through
 * {@code DefinitionSubstitutions}, from a template parameter or a pseudo parameter), one
 * {@code AWS::StepFunctions::Activity} for each activity its Tasks name, the execution role with
 * the {@link ExecutionPolicy least-privilege policy}, and optionally a log group and X-Ray tracing.
 * What differs per environment is a parameter: the state machine's name, each placeholder, the log level.
 */
public final class CloudFormationExporter implements Exporter {

    static final String MACHINE = "StateMachine";
    static final String ROLE = "StateMachineRole";
    static final String LOG_GROUP = "StateMachineLogGroup";
    static final String LOG_LEVEL = "LogLevel";

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private final TemplateOptions options;
    private final AslWriter aslWriter = new AslWriter();
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public CloudFormationExporter(TemplateOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.json = configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);
        this.yaml = configure(new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build()));
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.setNodeFactory(JSON);
        return mapper;
    }

    @Override
    public String id() {
        return options.flavor() == TemplateOptions.Flavor.SAM ? "sam" : "cloudformation";
    }

    /** @return the template's file name for a workflow */
    public String fileName(String workflowName) {
        String extension = options.format() == Format.JSON ? ".json" : ".yaml";
        return options.flavor() == TemplateOptions.Flavor.SAM ? "template" + extension
                : FileNames.safe(workflowName, "workflow") + ".template" + extension;
    }

    @Override
    public Export export(StateMachine machine, String workflowName) {
        List<String> warnings = new ArrayList<>();
        ObjectNode template = template(machine, workflowName, warnings);
        String text;
        try {
            text = options.format() == Format.JSON ? json.writeValueAsString(template) + "\n" : yaml.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always has a text form", e);
        }
        return new Export(id(), List.of(GeneratedFile.regenerated(fileName(workflowName), text)), warnings);
    }

    /** @return the template as a JSON tree */
    public ObjectNode template(StateMachine machine, String workflowName, List<String> warnings) {
        JsonNode definition = definitionTree(machine);
        LogicalIds ids = new LogicalIds();
        for (String reserved : List.of(MACHINE, ROLE, LOG_GROUP, LOG_LEVEL, ExecutionPolicy.STATE_MACHINE_NAME)) {
            ids.reserve(reserved);
        }
        ObjectNode template = JSON.objectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        if (options.flavor() == TemplateOptions.Flavor.SAM) {
            template.put("Transform", "AWS::Serverless-2016-10-31");
        }
        template.put("Description", machine.comment() != null && !machine.comment().isBlank()
                ? oneLine(machine.comment()) : "The " + workflowName + " workflow, exported by Loveless.");
        ObjectNode parameters = template.putObject("Parameters");
        ObjectNode resources = template.putObject("Resources");
        ObjectNode outputs = JSON.objectNode();

        ObjectNode name = parameters.putObject(ExecutionPolicy.STATE_MACHINE_NAME);
        name.put("Type", "String");
        name.put("Default", FileNames.safe(workflowName, "workflow"));
        name.put("Description", "The state machine's name; differs per environment when several share an account.");

        // Each placeholder gets a parameter (or is a pseudo parameter): variable name → Ref target.
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(ExecutionPolicy.STATE_MACHINE_NAME, ExecutionPolicy.STATE_MACHINE_NAME);
        ObjectNode substitutions = JSON.objectNode();
        for (String placeholder : Placeholders.in(definition)) {
            String target = refTarget(placeholder, ids, parameters, variables);
            substitutions.set(placeholder, ref(target));
        }
        if (options.logging()) {
            ObjectNode level = parameters.putObject(LOG_LEVEL);
            level.put("Type", "String");
            level.put("Default", "ERROR");
            ArrayNode allowed = level.putArray("AllowedValues");
            List.of("ALL", "ERROR", "FATAL", "OFF").forEach(allowed::add);
            level.put("Description", "How much of each execution goes to the log group.");
        }

        List<String> activityIds = activities(machine, ids, variables, resources, outputs);

        ExecutionPolicy policy = ExecutionPolicy.derive(machine,
                new ExecutionPolicy.Options(options.logging(), options.tracing()));
        warnings.addAll(policy.warnings());
        for (String variable : policy.variables()) {
            if (!variables.containsKey(variable) && !Placeholders.PSEUDO.contains(variable)) {
                refTarget(variable, ids, parameters, variables);
            }
        }
        resources.set(ROLE, role(policy, variables));
        if (options.logging()) {
            ObjectNode group = resources.putObject(LOG_GROUP);
            group.put("Type", "AWS::Logs::LogGroup");
            ObjectNode properties = group.putObject("Properties");
            properties.set("LogGroupName", sub("/aws/vendedlogs/states/${" + ExecutionPolicy.STATE_MACHINE_NAME + "}", variables));
            properties.put("RetentionInDays", 30);
        }
        resources.set(MACHINE, stateMachine(machine, definition, substitutions, activityIds, warnings));

        outputs.set("StateMachineArn", output(ref(MACHINE), "The state machine's ARN."));
        outputs.set("StateMachineRoleArn", output(getAtt(ROLE, "Arn"), "The execution role's ARN."));
        template.set("Outputs", outputs);
        if (parameters.isEmpty()) {
            template.remove("Parameters");
        }
        return template;
    }

    private String refTarget(String placeholder, LogicalIds ids, ObjectNode parameters, Map<String, String> variables) {
        if (Placeholders.PSEUDO.contains(placeholder)) {
            return placeholder;
        }
        String existing = variables.get(placeholder);
        if (existing != null) {
            return existing;
        }
        String parameter = LogicalIds.isValid(placeholder) && ids.isFree(placeholder) ? placeholder
                : ids.allocate(placeholder, "");
        ids.reserve(parameter);
        ObjectNode node = parameters.putObject(parameter);
        node.put("Type", "String");
        node.put("Description", "The value of ${" + placeholder + "} in the definition.");
        variables.put(placeholder, parameter);
        return parameter;
    }

    private List<String> activities(StateMachine machine, LogicalIds ids, Map<String, String> variables,
            ObjectNode resources, ObjectNode outputs) {
        Map<String, String> byName = new LinkedHashMap<>();
        StateTree.walk(machine, (path, state) -> {
            if (state instanceof TaskState task) {
                Worker worker = task.worker();
                if (worker.kind() == WorkerKind.ACTIVITY && worker.name() != null && !byName.containsKey(worker.name())) {
                    byName.put(worker.name(), null);
                }
            }
        });
        List<String> logicalIds = new ArrayList<>();
        for (String activityName : byName.keySet()) {
            String id = ids.allocate(activityName, "Activity");
            ObjectNode activity = resources.putObject(id);
            activity.put("Type", "AWS::StepFunctions::Activity");
            activity.putObject("Properties").set("Name", sub(activityName, variables));
            outputs.set(id + "Arn", output(ref(id), "The ARN the " + oneLine(activityName) + " worker polls."));
            logicalIds.add(id);
        }
        return logicalIds;
    }

    private ObjectNode role(ExecutionPolicy policy, Map<String, String> variables) {
        ObjectNode role = JSON.objectNode();
        role.put("Type", "AWS::IAM::Role");
        ObjectNode properties = role.putObject("Properties");
        ObjectNode trust = properties.putObject("AssumeRolePolicyDocument");
        trust.put("Version", "2012-10-17");
        ObjectNode statement = trust.putArray("Statement").addObject();
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put("Service", "states.amazonaws.com");
        statement.put("Action", "sts:AssumeRole");
        statement.putObject("Condition").putObject("StringEquals").set("aws:SourceAccount", ref("AWS::AccountId"));
        if (!policy.statements().isEmpty()) {
            ObjectNode inline = properties.putArray("Policies").addObject();
            inline.put("PolicyName", "least-privilege");
            inline.set("PolicyDocument", policy.toDocument(resource -> sub(resource, variables)));
        }
        return role;
    }

    private ObjectNode stateMachine(StateMachine machine, JsonNode definition, ObjectNode substitutions,
            List<String> activityIds, List<String> warnings) {
        boolean sam = options.flavor() == TemplateOptions.Flavor.SAM;
        ObjectNode resource = JSON.objectNode();
        resource.put("Type", sam ? "AWS::Serverless::StateMachine" : "AWS::StepFunctions::StateMachine");
        if (!activityIds.isEmpty()) {
            ArrayNode dependsOn = resource.putArray("DependsOn");
            activityIds.forEach(dependsOn::add);
        }
        ObjectNode properties = resource.putObject("Properties");
        properties.set(sam ? "Name" : "StateMachineName", ref(ExecutionPolicy.STATE_MACHINE_NAME));
        properties.put(sam ? "Type" : "StateMachineType", "STANDARD");
        properties.set(sam ? "Role" : "RoleArn", getAtt(ROLE, "Arn"));
        if (hasIntrinsicKeys(definition) && !sam) {
            warnings.add("The definition has a key CloudFormation would read as a function (Ref, Condition or "
                    + "Fn::…), so it is embedded as DefinitionString text.");
            properties.put("DefinitionString", aslWriter.write(machine, Format.JSON));
        } else {
            if (hasIntrinsicKeys(definition)) {
                warnings.add("The definition has a key CloudFormation would read as a function (Ref, Condition or "
                        + "Fn::…); SAM embeds definitions inline, so export CloudFormation for this one.");
            }
            properties.set("Definition", definition);
        }
        if (!substitutions.isEmpty()) {
            properties.set("DefinitionSubstitutions", substitutions);
        }
        if (options.logging()) {
            ObjectNode logging = properties.putObject(sam ? "Logging" : "LoggingConfiguration");
            logging.set("Level", ref(LOG_LEVEL));
            logging.put("IncludeExecutionData", false);
            logging.putArray("Destinations").addObject().putObject("CloudWatchLogsLogGroup")
                    .set("LogGroupArn", getAtt(LOG_GROUP, "Arn"));
        }
        if (options.tracing()) {
            properties.putObject(sam ? "Tracing" : "TracingConfiguration").put("Enabled", true);
        }
        return resource;
    }

    private JsonNode definitionTree(StateMachine machine) {
        try {
            return json.readTree(aslWriter.write(machine, Format.JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the canonical writer writes JSON", e);
        }
    }

    private static boolean hasIntrinsicKeys(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("Ref") || field.getKey().startsWith("Fn::") || field.getKey().equals("Condition")
                        || hasIntrinsicKeys(field.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (hasIntrinsicKeys(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return a literal, or {@code Fn::Sub} with each variable renamed to its parameter */
    static JsonNode sub(String text, Map<String, String> variables) {
        if (!text.contains("${")) {
            return TextNode.valueOf(text);
        }
        Matcher matcher = Placeholders.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String target = Placeholders.PSEUDO.contains(name) ? name : variables.getOrDefault(name, name);
            matcher.appendReplacement(out, Matcher.quoteReplacement("${" + target + "}"));
        }
        matcher.appendTail(out);
        ObjectNode node = JSON.objectNode();
        node.put("Fn::Sub", out.toString());
        return node;
    }

    static ObjectNode ref(String target) {
        ObjectNode node = JSON.objectNode();
        node.put("Ref", target);
        return node;
    }

    static ObjectNode getAtt(String resource, String attribute) {
        ObjectNode node = JSON.objectNode();
        node.putArray("Fn::GetAtt").add(resource).add(attribute);
        return node;
    }

    private static ObjectNode output(JsonNode value, String description) {
        ObjectNode node = JSON.objectNode();
        node.put("Description", description);
        node.set("Value", value);
        return node;
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 1000 ? line.substring(0, 1000) : line;
    }
}
