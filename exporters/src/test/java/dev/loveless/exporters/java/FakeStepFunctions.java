package dev.loveless.exporters.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A loopback server that speaks the Step Functions JSON 1.0 protocol for the calls an activity
 * worker makes: GetActivityTask (a short long-poll over a queue of tasks), SendTaskHeartbeat,
 * SendTaskSuccess and SendTaskFailure. It records every call it receives.
 */
final class FakeStepFunctions implements AutoCloseable {

    /** One call received: the operation and its JSON body. */
    record Call(String operation, JsonNode body) {
        String token() {
            return body.path("taskToken").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final BlockingQueue<ObjectNode> tasks = new LinkedBlockingQueue<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeStepFunctions() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-sfn");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    SfnClient client() {
        return SfnClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("fake", "fake")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Queues a task for the next GetActivityTask. */
    void offer(String token, String input) {
        ObjectNode task = JSON.createObjectNode();
        task.put("taskToken", token);
        task.put("input", input);
        tasks.add(task);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        calls.add(new Call(operation, body));
        String response = "{}";
        if (operation.equals("GetActivityTask")) {
            try {
                ObjectNode task = tasks.poll(200, TimeUnit.MILLISECONDS);
                if (task != null) {
                    response = JSON.writeValueAsString(task);
                    calls.add(new Call("TaskHandedOut", task));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** @return the first call matching, waiting up to {@code timeout}; fails the test when none comes */
    Call await(String operation, Predicate<Call> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call call : calls) {
                if (call.operation().equals(operation) && matching.test(call)) {
                    return call;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + operation + " within " + timeout + "; calls: " + calls);
    }

    long count(String operation, String token) {
        return calls.stream().filter(c -> c.operation().equals(operation) && c.token().equals(token)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
