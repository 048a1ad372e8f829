package dev.loveless.exporters.cloudformation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loveless.exporters.Export;
import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudFormationExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonNode export(StateMachine machine, TemplateOptions options) throws Exception {
        Export export = new CloudFormationExporter(options).export(machine, "video-pipeline");
        String text = export.files().get(0).content();
        return options.format() == Format.JSON ? JSON.readTree(text) : YAML.readTree(text);
    }

    static List<TemplateOptions> allOptions() {
        List<TemplateOptions> all = new ArrayList<>();
        for (TemplateOptions.Flavor flavor : TemplateOptions.Flavor.values()) {
            for (Format format : Format.values()) {
                all.add(new TemplateOptions(flavor, format, true, true));
                all.add(new TemplateOptions(flavor, format, false, false));
            }
        }
        return all;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("allOptions")
    void everyRefGetAttAndSubResolvesInsideTheTemplate(TemplateOptions options) throws Exception {
        // given
        JsonNode template = export(Samples.sample().machine(), options);
        Set<String> names = new HashSet<>(Placeholders.PSEUDO);
        template.path("Parameters").fieldNames().forEachRemaining(names::add);
        Set<String> resources = new HashSet<>();
        template.path("Resources").fieldNames().forEachRemaining(resources::add);
        names.addAll(resources);
        // when
        List<String> unresolved = new ArrayList<>();
        check(template.path("Resources"), names, resources, unresolved, false);
        check(template.path("Outputs"), names, resources, unresolved, false);
        template.path("Resources").forEach(resource -> resource.path("DependsOn")
                .forEach(dep -> { if (!resources.contains(dep.asText())) unresolved.add("DependsOn " + dep); }));
        // then
        assertTrue(unresolved.isEmpty(), "unresolved: " + unresolved);
    }

    /** Collects references that name nothing; the definition itself is only checked through its substitutions. */
    private static void check(JsonNode node, Set<String> names, Set<String> resources, List<String> unresolved, boolean inDefinition) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("Definition")) {
                    continue;
                }
                if (key.equals("Ref") && !names.contains(value.asText())) {
                    unresolved.add("Ref " + value.asText());
                } else if (key.equals("Fn::GetAtt") && !resources.contains(value.get(0).asText())) {
                    unresolved.add("GetAtt " + value);
                } else if (key.equals("Fn::Sub")) {
                    for (String variable : Placeholders.in(value.asText())) {
                        if (!names.contains(variable)) {
                            unresolved.add("Sub ${" + variable + "}");
                        }
                    }
                } else if (key.startsWith("Fn::") && !key.equals("Fn::GetAtt")) {
                    unresolved.add("unexpected " + key);
                }
                check(value, names, resources, unresolved, inDefinition);
            }
        } else if (node.isArray()) {
            node.forEach(child -> check(child, names, resources, unresolved, inDefinition));
        }
    }

    @ParameterizedTest
    @EnumSource(TemplateOptions.Flavor.class)
    void everyPlaceholderOfTheDefinitionHasASubstitution(TemplateOptions.Flavor flavor) throws Exception {
        // given
        JsonNode template = export(Samples.sample().machine(), TemplateOptions.defaults(flavor));
        JsonNode properties = template.path("Resources").path("StateMachine").path("Properties");
        // when
        Set<String> placeholders = Placeholders.in(properties.path("Definition"));
        Set<String> substituted = new HashSet<>();
        properties.path("DefinitionSubstitutions").fieldNames().forEachRemaining(substituted::add);
        // then
        assertEquals(Set.of("CheckUploadFunctionArn", "AWS::Region", "AWS::AccountId", "RenderThumbnailFunctionArn",
                "CatalogueTable", "NewVideosTopicArn", "UploaderAlertsTopicArn"), placeholders);
        assertEquals(placeholders, substituted);
        assertEquals("AWS::Region", properties.path("DefinitionSubstitutions").path("AWS::Region").path("Ref").asText());
        assertEquals("String", template.path("Parameters").path("CheckUploadFunctionArn").path("Type").asText());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("allOptions")
    void theEmbeddedDefinitionIsTheDesignersModel(TemplateOptions options) throws Exception {
        // given
        StateMachine machine = Samples.sample().machine();
        // when
        JsonNode definition = export(machine, options).path("Resources").path("StateMachine").path("Properties").path("Definition");
        // then
        StateMachine embedded = new AslReader().read(JSON.writeValueAsString(definition), Format.JSON).machine();
        assertEquals(machine, embedded);
    }

    @Test
    void noPolicyUsesAWildcardActionAndTheRoleTrustsOnlyStepFunctions() throws Exception {
        // given
        JsonNode role = export(Samples.sample().machine(), new TemplateOptions(TemplateOptions.Flavor.CLOUDFORMATION,
                Format.JSON, true, true)).path("Resources").path("StateMachineRole");
        // when
        List<String> actions = new ArrayList<>();
        role.path("Properties").path("Policies").forEach(p -> p.path("PolicyDocument").path("Statement")
                .forEach(s -> s.path("Action").forEach(a -> actions.add(a.asText()))));
        // then
        assertFalse(actions.isEmpty());
        actions.forEach(action -> assertFalse(action.contains("*") || action.contains("?"), action));
        assertEquals("states.amazonaws.com", role.path("Properties").path("AssumeRolePolicyDocument")
                .path("Statement").get(0).path("Principal").path("Service").asText());
    }

    @Test
    void eachActivityBecomesAnActivityResourceTheMachineDependsOn() throws Exception {
        // given
        JsonNode template = export(Samples.sample().machine(), TemplateOptions.defaults(TemplateOptions.Flavor.CLOUDFORMATION));
        // when
        JsonNode activity = template.path("Resources").path("TranscodeOnGpuActivity");
        // then
        assertEquals("AWS::StepFunctions::Activity", activity.path("Type").asText());
        assertEquals("transcode-on-gpu", activity.path("Properties").path("Name").asText());
        assertEquals("TranscodeOnGpuActivity", template.path("Resources").path("StateMachine").path("DependsOn").get(0).asText());
        assertEquals("TranscodeOnGpuActivity", template.path("Outputs").path("TranscodeOnGpuActivityArn").path("Value").path("Ref").asText());
    }

    @Test
    void samUsesTheServerlessStateMachineAndTracingWhenAsked() throws Exception {
        // given
        TemplateOptions options = new TemplateOptions(TemplateOptions.Flavor.SAM, Format.YAML, true, true);
        // when
        JsonNode template = export(Samples.sample().machine(), options);
        // then
        assertEquals("AWS::Serverless-2016-10-31", template.path("Transform").asText());
        JsonNode machine = template.path("Resources").path("StateMachine");
        assertEquals("AWS::Serverless::StateMachine", machine.path("Type").asText());
        assertTrue(machine.path("Properties").path("Tracing").path("Enabled").asBoolean());
        assertEquals("LogLevel", machine.path("Properties").path("Logging").path("Level").path("Ref").asText());
        assertEquals("template.yaml", new CloudFormationExporter(options).fileName("video-pipeline"));
    }

    @Test
    void placeholdersThatAreNotParameterNamesGetReadableParameters() throws Exception {
        // given
        StateMachine machine = new AslReader().read("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::sns:publish",
                  "Parameters":{"TopicArn":"${alerts-topic.arn}","Message":"hi"},"End":true}}}
                """, Format.JSON).machine();
        // when
        JsonNode template = export(machine, TemplateOptions.defaults(TemplateOptions.Flavor.CLOUDFORMATION));
        // then
        JsonNode substitutions = template.path("Resources").path("StateMachine").path("Properties").path("DefinitionSubstitutions");
        assertEquals("AlertsTopicArn", substitutions.path("alerts-topic.arn").path("Ref").asText());
        JsonNode statement = template.path("Resources").path("StateMachineRole").path("Properties").path("Policies").get(0)
                .path("PolicyDocument").path("Statement").get(0);
        assertEquals("${AlertsTopicArn}", statement.path("Resource").get(0).path("Fn::Sub").asText());
    }
}
