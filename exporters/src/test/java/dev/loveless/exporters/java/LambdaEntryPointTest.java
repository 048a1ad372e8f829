package dev.loveless.exporters.java;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LambdaEntryPointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static GeneratedProject project;

    @BeforeAll
    static void generate() throws Exception {
        project = WorkerProject.create(dir);
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
    }

    private static Context lambdaContext() {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemainingTimeInMillis" -> 30_000;
                    case "getMemoryLimitInMB" -> 512;
                    case "getAwsRequestId" -> "request-1";
                    default -> null;
                });
    }

    private static String invoke(String event) throws Exception {
        RequestStreamHandler function = (RequestStreamHandler) project.load("com.example.worker.lambda.QuickStepFunction")
                .getConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        function.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, lambdaContext());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void invokedWithAJsonStreamItReturnsTheHandlersOutput() throws Exception {
        // when
        String output = invoke("{\"sleepMillis\": 0}");
        // then
        assertEquals(JSON.readTree("{\"done\": \"Quick step\", \"attempt\": 1}"), JSON.readTree(output));
    }

    @Test
    void aFailureIsThrownAsAClassNamedLikeTheErrorSoRetryAndCatchMatchIt() {
        // when
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> invoke("{\"fail\": \"UnreadableVideo\"}"));
        // then
        assertEquals("UnreadableVideo", thrown.getClass().getName(), "Lambda reports the class name as the error");
        assertEquals("asked to fail", thrown.getMessage());
    }

    @Test
    void anErrorWithoutAGeneratedClassKeepsItsNameInTheMessage() {
        // when
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> invoke("{\"fail\": \"Not Generated\"}"));
        // then
        assertEquals("com.example.worker.runtime.LambdaErrors$UnmappedStepFailure", thrown.getClass().getName());
        assertTrue(thrown.getMessage().startsWith("Not Generated: "), thrown.getMessage());
    }
}
