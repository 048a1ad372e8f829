package dev.loveless.model.validation.check;

import dev.loveless.model.Worker.IntegrationPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reusable checkers the designer's inspector calls while the user types. */
class CheckersTest {

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a.b", "$['a b'].c", "$.a[0]", "$.books[-2]", "$$.Execution.Id", "$var.x",
        "$.path-with-hyphen"})
    void referencePathsParseAsReferences(String path) {
        // when
        PathSyntax.Result result = PathSyntax.parse(path);
        // then
        assertTrue(result.ok(), path + ": " + result.error());
        assertTrue(result.reference(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.a[*]", "$..a", "$.a[?(@.price < 10)]", "$.a[1:]", "$.a[0,1]", "$.a.length()"})
    void jsonPathsThatAreNotReferencesParseButAreNotReferences(String path) {
        // when
        PathSyntax.Result result = PathSyntax.parse(path);
        // then
        assertTrue(result.ok(), path + ": " + result.error());
        assertFalse(result.reference(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b", ".guid", "$...", "$.a[", "$.a ", "bug$.x", "$$23x", "()"})
    void malformedPathsAreRejectedWithAReason(String path) {
        // when
        PathSyntax.Result result = PathSyntax.parse(path);
        // then
        assertFalse(result.ok(), path);
        assertNotNull(result.error());
    }

    @Test
    void pathRootsAreTold() {
        assertEquals(PathSyntax.Root.CONTEXT, PathSyntax.parse("$$.Map.Item").root());
        assertEquals(PathSyntax.Root.VARIABLE, PathSyntax.parse("$order.id").root());
        assertEquals("order", PathSyntax.parse("$order.id").variable());
        assertEquals(PathSyntax.Root.INPUT, PathSyntax.parse("$.x").root());
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Format('Hello {}', $.name)", "States.Array()", "States.UUID()",
        "States.MathAdd(States.ArrayLength($.a), -1)", "States.Hash($.x, 'SHA-512')",
        "States.Format('\\{\\} and \\' quoted {}', $$.Execution.Id)",
        "States.Format('{} + {} = {}', 1, $.b, States.MathAdd(1, $.b))", "States.Format($.template, $.a, $.b)",
        "States.ArrayRange(1, 1000, 1)", "States.ArrayRange(0, 9, 3)", "States.JsonMerge($.a, $.b, false)",
        "States.MathRandom(1, 999, 42)",
        "States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array())))))))))", "States.ArrayGetItem($.a[0].b, 2)",
        "States.JsonMerge($.a, $.b, false)", "States.StringSplit($.s, ',')"})
    void wellFormedIntrinsicCallsPass(String call) {
        IntrinsicFunctions.Result result = IntrinsicFunctions.check(call);
        assertTrue(result.ok(), call + ": " + result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Xyz($.a)", "States.MathAdd(1)", "States.MathAdd('a', 1)", "States.UUID() ",
        "States.Format('\\n')", "States.JsonToString($", "States.StringToJson $.x)", "States. ",
        "States.Hash($.x, 'SHA-2')", "States.ArrayRange(1, 2.5, 1)", "States.Format('x', )",
        "States.Format('Hello {}')", "States.Format('{} and {}', $.a)", "States.Format('no placeholder', $.a)",
        "States.ArrayRange(1, 1001, 1)", "States.ArrayRange(1, 9, 0)",
        "States.MathAdd(1.5, 2)", "States.JsonMerge($.a, $.b, true)", "States.UUID(1)",
        "States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array()))))))))))"})
    void malformedIntrinsicCallsFailWithAReason(String call) {
        IntrinsicFunctions.Result result = IntrinsicFunctions.check(call);
        assertFalse(result.ok(), call);
        assertNotNull(result.error());
    }

    @Test
    void intrinsicReturnTypesAreKnown() {
        assertEquals(IntrinsicFunctions.Type.STRING, IntrinsicFunctions.check("States.Format('{}', 1)").returns());
        assertEquals(IntrinsicFunctions.Type.INTEGER, IntrinsicFunctions.check("States.MathAdd(1, 2)").returns());
        assertEquals(18, IntrinsicFunctions.functions().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{% 1 + 2 %}", "{% $states.input.a & 'x' %}", "{% ( $x := 1; $x ) %}",
        "{% 'two\\nlines' %}",
        "{% $sum($states.input.items.price) %}"})
    void wellFormedJsonataPasses(String value) {
        JsonataExpressions.Result result = JsonataExpressions.check(value);
        assertTrue(result.ok(), value + ": " + result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{%10%}", "10 %}", "{% 10", "{% sum(1, %}", "{% $.a %}", "{%  %}",
        "{% $.store.book[?(@.price < 10)].title %}", "{% \n10         %}", "{% (\n  $x := 1;\n  $x\n) %}",
        "{% 1 +\r2 %}", "{% 1 +\u20282 %}"})
    void malformedJsonataFails(String value) {
        assertTrue(JsonataExpressions.isExpression(value));
        assertFalse(JsonataExpressions.check(value).ok(), value);
    }

    @Test
    void resourcesAreClassified() {
        assertEquals(ResourceArns.Kind.LAMBDA_FUNCTION,
                ResourceArns.classify("arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST").kind());
        assertEquals(ResourceArns.Kind.ACTIVITY,
                ResourceArns.classify("arn:aws-us-gov:states:us-gov-west-1:123456789012:activity:gpu").kind());
        ResourceArns.Resource sync = ResourceArns.classify("arn:aws:states:::states:startExecution.sync:2");
        assertEquals(ResourceArns.Kind.SERVICE_INTEGRATION, sync.kind());
        assertEquals(IntegrationPattern.RUN_JOB_V2, sync.pattern());
        assertEquals(ResourceArns.Kind.SDK_INTEGRATION,
                ResourceArns.classify("arn:aws-cn:states:::aws-sdk:dynamodb:query").kind());
        assertEquals(ResourceArns.Kind.PLACEHOLDER, ResourceArns.classify("${WorkerArn}").kind());
        assertEquals(ResourceArns.Kind.LAMBDA_FUNCTION,
                ResourceArns.classify("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}")
                        .kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo:bar", "arn:aws:states:::dynamodb:query", "arn:aws:states:::sns:publish.sync",
        "arn:aws:states:::aws-sdk:s3:listBuckets.sync", "${lambdaArn", "arn:aws:lambda:us-east-1:1:function:f:",
        "arn:aws:lambda:us-east-1:1:function:f:$*#", "arn:azure:lambda:us-east-1:1:function:f",
        "arn:aws:states:::athena:getNamedQuery", "arn:aws:states:::athena:getQueryResults.sync",
        "arn:aws:states:::codebuild:retryBuild", "arn:aws:states:::glue:startCrawler",
        "arn:aws:states:::eks:call.sync", "arn:aws:states:::lambda:invoke.sync:2"})
    void badResourcesSayWhy(String resource) {
        ResourceArns.Resource result = ResourceArns.classify(resource);
        assertEquals(ResourceArns.Kind.INVALID, result.kind(), resource);
        assertNotNull(result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:states:::codebuild:retryBuildBatch.sync", "arn:aws:states:::athena:startQueryExecution.sync",
        "arn:aws:states:::mediaconvert:createJob.sync", "arn:aws:states:::emr-serverless:startJobRun.sync",
        "arn:aws:states:::eks:runJob.sync", "arn:aws:states:::bedrock:createModelCustomizationJob.sync",
        "arn:aws:states:::ecs:runTask.waitForTaskToken", "arn:aws:states:::events:putEvents.waitForTaskToken",
        "arn:aws:states:::apigateway:invoke.waitForTaskToken", "arn:aws:states:::databrew:startJobRun.sync",
        "arn:aws:states:::emr-containers:deleteVirtualCluster.sync", "arn:aws:states:::http:invoke"})
    void documentedOptimisedIntegrationsAreAccepted(String resource) {
        assertEquals(ResourceArns.Kind.SERVICE_INTEGRATION, ResourceArns.classify(resource).kind(), resource);
    }

    @Test
    void timestampsFollowRfc3339AsAwsReadsThem() {
        assertNull(Timestamps.problem("2016-03-14T01:59:00Z"));
        assertNull(Timestamps.problem("2024-02-29T23:59:59.999+05:30"));
        assertNotNull(Timestamps.problem("2016-03-14 01:59:00Z"));
        assertNotNull(Timestamps.problem("2016-03-14T01:59:00z"));
        assertNotNull(Timestamps.problem("2023-02-29T00:00:00Z"));
        assertNotNull(Timestamps.problem("2016-03-14T01:59:00"));
    }
}
