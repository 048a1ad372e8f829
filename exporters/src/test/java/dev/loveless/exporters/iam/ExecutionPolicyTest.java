package dev.loveless.exporters.iam;

import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionPolicyTest {

    private static final ExecutionPolicy.Context HERE =
            new ExecutionPolicy.Context("aws", "eu-west-1", "111122223333", "orders", false, false);

    private static StateMachine machine(String states) throws Exception {
        return new AslReader().read("{\"StartAt\": \"A\", \"States\": {" + states + "}}", Format.JSON).machine();
    }

    private static PolicyStatement statement(ExecutionPolicy.Result result, String action) {
        return result.statements().stream().filter(s -> s.actions().contains(action)).findFirst().orElseThrow();
    }

    @Test
    void lambdaInvokeIsGrantedOnExactlyTheFunctionsAndTheirVersions() throws Exception {
        // given
        StateMachine machine = machine("""
                "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"FunctionName": "charge:live", "Payload.$": "$"}, "Next": "B"},
                "B": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:111122223333:function:ship:3", "Next": "C"},
                "C": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                      "Parameters": {"FunctionName": "444455556666:function:approve"}, "End": true}
                """);

        // when
        ExecutionPolicy.Result result = new ExecutionPolicy().build(machine, HERE);

        // then
        assertEquals(List.of(
                "arn:aws:lambda:eu-west-1:111122223333:function:charge",
                "arn:aws:lambda:eu-west-1:111122223333:function:charge:*",
                "arn:aws:lambda:eu-west-1:111122223333:function:ship",
                "arn:aws:lambda:eu-west-1:111122223333:function:ship:*",
                "arn:aws:lambda:eu-west-1:444455556666:function:approve",
                "arn:aws:lambda:eu-west-1:444455556666:function:approve:*"),
                statement(result, "lambda:InvokeFunction").resources());
        assertEquals(1, result.statements().size());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aFunctionOnlyKnownAtRunTimeWidensToTheAccountWithAWarning() throws Exception {
        // given
        StateMachine machine = machine("""
                "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"FunctionName.$": "$.fn"}, "End": true}
                """);

        // when
        ExecutionPolicy.Result result = new ExecutionPolicy().build(machine, HERE);

        // then
        assertEquals(List.of("arn:aws:lambda:eu-west-1:111122223333:function:*"),
                statement(result, "lambda:InvokeFunction").resources());
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).message().contains("only known at run time"));
    }

    @Test
    void optimisedIntegrationsGetTheActionsAwsDocumentsOnTheirResources() throws Exception {
        // given
        StateMachine machine = machine("""
                "A": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                      "Parameters": {"TableName": "orders", "Key": {}}, "Next": "B"},
                "B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                      "Parameters": {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/111122223333/outbox"}, "Next": "C"},
                "C": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                      "Parameters": {"StateMachineArn": "arn:aws:states:eu-west-1:111122223333:stateMachine:child"}, "Next": "D"},
                "D": {"Type": "Task", "Resource": "arn:aws:states:::events:putEvents",
                      "Parameters": {"Entries": [{"Detail": {}, "DetailType": "x", "Source": "y"}]}, "End": true}
                """);

        // when
        ExecutionPolicy.Result result = new ExecutionPolicy().build(machine, HERE);

        // then
        assertEquals(List.of("arn:aws:dynamodb:eu-west-1:111122223333:table/orders"),
                statement(result, "dynamodb:GetItem").resources());
        assertEquals(List.of("arn:aws:sqs:eu-west-1:111122223333:outbox"), statement(result, "sqs:SendMessage").resources());
        assertEquals(List.of("arn:aws:states:eu-west-1:111122223333:stateMachine:child"),
                statement(result, "states:StartExecution").resources());
        assertEquals(List.of("arn:aws:states:eu-west-1:111122223333:execution:child:*"),
                statement(result, "states:DescribeExecution").resources());
        assertEquals(List.of("arn:aws:events:eu-west-1:111122223333:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"),
                statement(result, "events:PutRule").resources());
        assertEquals(List.of("arn:aws:events:eu-west-1:111122223333:event-bus/default"),
                statement(result, "events:PutEvents").resources());
    }

    @Test
    void logsAndXRayAreGrantedOnlyWhenEnabled() throws Exception {
        // given
        StateMachine machine = machine("\"A\": {\"Type\": \"Pass\", \"End\": true}");

        // when
        ExecutionPolicy.Result off = new ExecutionPolicy().build(machine, HERE);
        ExecutionPolicy.Result on = new ExecutionPolicy().build(machine,
                new ExecutionPolicy.Context("aws", "eu-west-1", "111122223333", "orders", true, true));

        // then
        assertTrue(off.isEmpty());
        Set<String> actions = new java.util.TreeSet<>();
        on.statements().forEach(s -> actions.addAll(s.actions()));
        assertTrue(actions.contains("logs:CreateLogDelivery") && actions.contains("xray:PutTraceSegments"), actions.toString());
    }

    @Test
    void anAwsSdkIntegrationIsGrantedItsActionWithAWarningToNarrowIt() throws Exception {
        // given
        StateMachine machine = machine("""
                "A": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
                      "Parameters": {"Bucket": "b", "Key": "k"}, "End": true}
                """);

        // when
        ExecutionPolicy.Result result = new ExecutionPolicy().build(machine, HERE);

        // then
        assertEquals(List.of("*"), statement(result, "s3:GetObject").resources());
        assertTrue(result.warnings().get(0).message().contains("narrow it"));
    }

    @Test
    void theDocumentIsDeterministic() throws Exception {
        // given
        StateMachine machine = machine("""
                "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                      "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:111122223333:t"}, "End": true}
                """);

        // when
        String document = new ExecutionPolicy().build(machine, HERE).document();

        // then
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"SnsPublish\",\"Effect\":\"Allow\","
                + "\"Action\":[\"sns:Publish\"],\"Resource\":[\"arn:aws:sns:eu-west-1:111122223333:t\"]}]}", document);
        assertEquals(document, new ExecutionPolicy().build(machine, HERE).document());
    }
}
