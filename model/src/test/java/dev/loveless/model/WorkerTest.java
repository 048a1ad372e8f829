package dev.loveless.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Task's worker kind comes from its Resource alone. */
class WorkerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "arn:aws:states:::lambda:invoke|LAMBDA|lambda|invoke|REQUEST_RESPONSE|",
        "arn:aws:states:::lambda:invoke.waitForTaskToken|LAMBDA|lambda|invoke|WAIT_FOR_TASK_TOKEN|",
        "arn:aws:lambda:us-east-1:123456789012:function:charge|LAMBDA|lambda|invoke|REQUEST_RESPONSE|charge",
        "arn:aws:lambda:us-east-1:123456789012:function:charge:prod|LAMBDA|lambda|invoke|REQUEST_RESPONSE|charge",
        "arn:aws-cn:lambda:cn-north-1:123456789012:function:charge:7|LAMBDA|lambda|invoke|REQUEST_RESPONSE|charge",
        "arn:aws:states:us-east-1:123456789012:activity:transcode|ACTIVITY|||REQUEST_RESPONSE|transcode",
        "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:gpu-transcode|ACTIVITY|||REQUEST_RESPONSE|gpu-transcode",
        "arn:aws-us-gov:states:us-gov-west-1:123456789012:activity:a|ACTIVITY|||REQUEST_RESPONSE|a",
        "arn:aws:states:::dynamodb:putItem|SERVICE|dynamodb|putItem|REQUEST_RESPONSE|",
        "arn:aws:states:::ecs:runTask.sync|SERVICE|ecs|runTask|RUN_JOB|",
        "arn:aws:states:::states:startExecution.sync:2|SERVICE|states|startExecution|RUN_JOB_V2|",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken|SERVICE|sqs|sendMessage|WAIT_FOR_TASK_TOKEN|",
        "arn:aws:states:::aws-sdk:s3:listObjectsV2|SERVICE|s3|listObjectsV2|REQUEST_RESPONSE|",
        "arn:aws:states:::aws-sdk:lambda:invoke|SERVICE|lambda|invoke|REQUEST_RESPONSE|",
        "${lambdaArn}|UNKNOWN|||REQUEST_RESPONSE|",
        "foo:bar|UNKNOWN|||REQUEST_RESPONSE|",
    })
    void theResourceTellsTheWorker(String resource, WorkerKind kind, String service, String action,
                                   Worker.IntegrationPattern pattern, String name) {
        // when
        Worker worker = Worker.of(resource);
        // then
        assertEquals(kind, worker.kind());
        assertEquals(service, worker.service());
        assertEquals(action, worker.action());
        assertEquals(pattern, worker.pattern());
        assertEquals(name, worker.name());
    }

    @org.junit.jupiter.api.Test
    void noResourceIsUnknown() {
        assertEquals(WorkerKind.UNKNOWN, Worker.of(null).kind());
        assertEquals(WorkerKind.UNKNOWN, TaskState.of(null, StateCommon.ending()).worker().kind());
    }
}
