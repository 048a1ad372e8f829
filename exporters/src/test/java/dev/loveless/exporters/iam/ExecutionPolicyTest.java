package dev.loveless.exporters.iam;

import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionPolicyTest {

    private static StateMachine read(String json) throws Exception {
        return new AslReader().read(json, Format.JSON).machine();
    }

    private static PolicyStatement statementWith(ExecutionPolicy policy, String action) {
        return policy.statements().stream().filter(s -> s.actions().contains(action)).findFirst().orElseThrow();
    }

    @Test
    void theSampleGetsExactlyItsFunctionsTableAndTopics() {
        // given
        StateMachine sample = Samples.sample().machine();
        // when
        ExecutionPolicy policy = ExecutionPolicy.derive(sample, ExecutionPolicy.Options.NONE);
        // then
        assertEquals(Set.of("lambda:InvokeFunction", "dynamodb:PutItem", "sns:Publish"), policy.actions());
        assertEquals(List.of("${CheckUploadFunctionArn}", "${CheckUploadFunctionArn}:*",
                "${RenderThumbnailFunctionArn}", "${RenderThumbnailFunctionArn}:*"),
                statementWith(policy, "lambda:InvokeFunction").resources());
        assertEquals(List.of("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${CatalogueTable}"),
                statementWith(policy, "dynamodb:PutItem").resources());
        assertEquals(List.of("${NewVideosTopicArn}", "${UploaderAlertsTopicArn}"),
                statementWith(policy, "sns:Publish").resources());
        assertTrue(policy.warnings().isEmpty(), policy.warnings().toString());
    }

    @Test
    void aFunctionArnWithAQualifierGrantsTheFunctionAndItsVersions() throws Exception {
        // given
        StateMachine machine = read("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Task","Resource":"arn:aws:lambda:eu-west-1:123456789012:function:resize:live","Next":"B"},
                  "B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"crop:3"},"End":true}}}
                """);
        // when
        ExecutionPolicy policy = ExecutionPolicy.derive(machine, ExecutionPolicy.Options.NONE);
        // then
        assertEquals(List.of("arn:aws:lambda:eu-west-1:123456789012:function:resize",
                "arn:aws:lambda:eu-west-1:123456789012:function:resize:*",
                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:crop",
                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:crop:*"),
                statementWith(policy, "lambda:InvokeFunction").resources());
    }

    @Test
    void aSyncIntegrationAddsTheWatchingActionsAndItsEventRule() throws Exception {
        // given
        StateMachine machine = read("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
                  "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:child","Input.$":"$"},
                  "End":true}}}
                """);
        // when
        ExecutionPolicy policy = ExecutionPolicy.derive(machine, ExecutionPolicy.Options.NONE);
        // then
        assertEquals(Set.of("states:StartExecution", "states:DescribeExecution", "states:StopExecution",
                "events:DescribeRule", "events:PutRule", "events:PutTargets"), policy.actions());
        assertEquals(List.of("arn:aws:states:us-east-1:123456789012:execution:child:*"),
                statementWith(policy, "states:DescribeExecution").resources());
    }

    @Test
    void aFunctionChosenAtRunTimeIsScopedToTheAccountAndWarned() throws Exception {
        // given
        StateMachine machine = read("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                  "Parameters":{"FunctionName.$":"$.fn"},"End":true}}}
                """);
        // when
        ExecutionPolicy policy = ExecutionPolicy.derive(machine, ExecutionPolicy.Options.NONE);
        // then
        assertEquals(List.of("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*",
                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*:*"),
                statementWith(policy, "lambda:InvokeFunction").resources());
        assertEquals(1, policy.warnings().size());
    }

    @Test
    void sdkIntegrationsUseTheIamPrefixAndOneSpecificAction() throws Exception {
        // given
        StateMachine machine = read("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:listStateMachines","Next":"B"},
                  "B":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:s3:getObject","End":true}}}
                """);
        // when
        ExecutionPolicy policy = ExecutionPolicy.derive(machine, ExecutionPolicy.Options.NONE);
        // then
        assertEquals(Set.of("states:ListStateMachines", "s3:GetObject"), policy.actions());
    }

    @Test
    void activitiesNeedNoPermissionAndLoggingAndTracingAddTheirs() throws Exception {
        // given
        StateMachine machine = read("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:us-east-1:123456789012:activity:gpu","End":true}}}
                """);
        // when
        ExecutionPolicy policy = ExecutionPolicy.derive(machine, new ExecutionPolicy.Options(true, true));
        // then
        assertTrue(policy.actions().contains("logs:CreateLogDelivery"));
        assertTrue(policy.actions().contains("xray:PutTraceSegments"));
        assertFalse(policy.actions().stream().anyMatch(a -> a.startsWith("states:")));
    }

    @Test
    void noActionIsEverAWildcard() {
        // given
        ExecutionPolicy policy = ExecutionPolicy.derive(Samples.sample().machine(), new ExecutionPolicy.Options(true, true));
        // then
        policy.actions().forEach(action -> assertFalse(action.contains("*"), action));
    }

    @Test
    void substituteFillsKnownVariablesAndLeavesOthers() {
        // when
        String arn = ExecutionPolicy.substitute("arn:${AWS::Partition}:lambda:${AWS::Region}:${X}",
                Map.of("AWS::Partition", "aws", "AWS::Region", "eu-west-1")::get);
        // then
        assertEquals("arn:aws:lambda:eu-west-1:${X}", arn);
    }
}
