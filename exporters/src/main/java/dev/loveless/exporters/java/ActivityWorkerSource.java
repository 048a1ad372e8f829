package dev.loveless.exporters.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;

import javax.lang.model.element.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates the Activity worker runtime: long-polls {@code GetActivityTask} for each activity it
 * serves, runs the Task's handler, sends heartbeats every third of the state's
 * {@code HeartbeatSeconds}, reports {@code SendTaskSuccess}/{@code SendTaskFailure}, never runs
 * more than its concurrency at once, backs off (exponentially, with jitter) when Step Functions
 * cannot be reached, and on shutdown stops polling, lets running tasks finish within a grace
 * period and fails the rest with {@code WorkerShutdown}. Independent of the definition.
 */
final class ActivityWorkerSource {

    private final Types types;
    private final ClassName running;
    private final ClassName builder;

    ActivityWorkerSource(Types types) {
        this.types = types;
        this.running = types.activityWorker.nestedClass("RunningTask");
        this.builder = types.activityWorker.nestedClass("Builder");
    }

    TypeSpec activityWorker() {
        ParameterizedTypeName activities = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), types.task);
        ParameterizedTypeName handlers = ParameterizedTypeName.get(ClassName.get(Map.class), types.task, types.stepHandler);
        ParameterizedTypeName runningSet = ParameterizedTypeName.get(ClassName.get(Set.class), running);
        return TypeSpec.classBuilder(types.activityWorker)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Serves activities: long-polls Step Functions for tasks, runs each with its Task's handler,\n"
                        + "sends heartbeats every third of the state's HeartbeatSeconds while it runs, and reports success\n"
                        + "or failure. It runs at most {@code concurrency} tasks at once and only polls when it can take one.\n"
                        + "When Step Functions cannot be reached it backs off exponentially, with jitter.\n\n"
                        + "<p>{@link #shutdown(Duration)} (on SIGTERM, see {@link $T}) stops polling at once, lets running\n"
                        + "tasks finish within the grace period and report as usual, then fails the tasks still running\n"
                        + "with {@link StepFailure#WORKER_SHUTDOWN} so that the state's Retry can send them to another\n"
                        + "worker. A task that arrives from a poll already in flight while stopping is failed the same way,\n"
                        + "without being started.\n", types.activityWorkerMain)
                .addField(FieldSpec.builder(Types.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", Types.LOGGER_FACTORY, types.activityWorker).build())
                .addField(Types.SFN_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
                .addField(activities, "activities", Modifier.PRIVATE, Modifier.FINAL)
                .addField(handlers, "handlers", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "concurrency", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "workerName", Modifier.PRIVATE, Modifier.FINAL)
                .addField(Duration.class, "initialBackoff", Modifier.PRIVATE, Modifier.FINAL)
                .addField(Duration.class, "maxBackoff", Modifier.PRIVATE, Modifier.FINAL)
                .addField(Semaphore.class, "slots", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ExecutorService.class, "pollers", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ExecutorService.class, "runners", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ScheduledExecutorService.class, "heartbeats", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(runningSet, "running", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("$T.newKeySet()", ConcurrentHashMap.class).build())
                .addField(FieldSpec.builder(AtomicBoolean.class, "stopping", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", AtomicBoolean.class).build())
                .addField(FieldSpec.builder(CountDownLatch.class, "stopped", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T(1)", CountDownLatch.class).build())
                .addMethod(constructor())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("@return a builder for a worker that talks to Step Functions through {@code client}\n")
                        .returns(builder)
                        .addParameter(Types.SFN_CLIENT, "client")
                        .addStatement("return new $T(client)", builder)
                        .build())
                .addMethod(start())
                .addMethod(poll())
                .addMethod(run())
                .addMethod(heartbeat())
                .addMethod(MethodSpec.methodBuilder("heartbeatQuietly")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(running, "run")
                        .beginControlFlow("try")
                        .addStatement("heartbeat(run)")
                        .nextControlFlow("catch ($T e)", types.stepFailure)
                        .addStatement("// Already logged; the running handler learns it from its next heartbeat or interrupt.")
                        .endControlFlow()
                        .build())
                .addMethod(succeed())
                .addMethod(fail())
                .addMethod(sendFailure())
                .addMethod(shutdown())
                .addMethod(MethodSpec.methodBuilder("awaitStopped")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Blocks until {@link #shutdown(Duration)} has finished.\n")
                        .addException(InterruptedException.class)
                        .addStatement("stopped.await()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("runningTasks")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return how many tasks are running now\n")
                        .returns(int.class)
                        .addStatement("return running.size()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("threads")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ThreadFactory.class)
                        .addParameter(String.class, "name")
                        .addStatement("$T count = new $T()", AtomicInteger.class, AtomicInteger.class)
                        .addStatement("return runnable -> {\n$>$T thread = new $T(runnable, name + \"-\" + count.incrementAndGet());\n"
                                + "thread.setDaemon(true);\nreturn thread;$<\n}", Thread.class, Thread.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("shortToken")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(String.class, "token")
                        .addStatement("return token.length() <= 12 ? token : \"…\" + token.substring(token.length() - 12)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("truncate")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(String.class, "text")
                        .addParameter(int.class, "max")
                        .addStatement("String value = text == null ? \"\" : text")
                        .addStatement("return value.length() <= max ? value : value.substring(0, max)")
                        .build())
                .addType(runningTask())
                .addType(builderType(activities))
                .build();
    }

    private MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("this.client = builder.client")
                .addStatement("this.activities = new $T<>(builder.activities)", LinkedHashMap.class)
                .addStatement("this.handlers = new $T<>($T.class)", java.util.EnumMap.class, types.task)
                .addStatement("activities.values().forEach(task -> handlers.computeIfAbsent(task, $T::newHandler))", types.task)
                .addStatement("this.concurrency = builder.concurrency")
                .addStatement("this.workerName = builder.workerName")
                .addStatement("this.initialBackoff = builder.initialBackoff")
                .addStatement("this.maxBackoff = builder.maxBackoff")
                .addStatement("this.slots = new $T(concurrency)", Semaphore.class)
                .addStatement("this.pollers = $T.newFixedThreadPool(activities.size(), threads($S))", Executors.class, "poller")
                .addStatement("this.runners = $T.newFixedThreadPool(concurrency, threads($S))", Executors.class, "task")
                .addStatement("this.heartbeats = $T.newSingleThreadScheduledExecutor(threads($S))", Executors.class, "heartbeat")
                .build();
    }

    private MethodSpec start() {
        return MethodSpec.methodBuilder("start")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Starts polling every activity; returns at once.\n")
                .addStatement("activities.forEach((arn, task) -> pollers.execute(() -> poll(arn, task)))")
                .addStatement("LOG.info($S, workerName, activities.size(), concurrency, activities.keySet())",
                        "Worker {} polls {} activities, running up to {} tasks at once: {}")
                .build();
    }

    private MethodSpec poll() {
        return MethodSpec.methodBuilder("poll")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "arn")
                .addParameter(types.task, "task")
                .addStatement("$T backoff = initialBackoff", Duration.class)
                .beginControlFlow("while (!stopping.get())")
                .beginControlFlow("try")
                .addStatement("slots.acquire()")
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("return")
                .endControlFlow()
                .addStatement("boolean handedOver = false")
                .beginControlFlow("try")
                .beginControlFlow("if (stopping.get())")
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T response = client.getActivityTask(request -> request.activityArn(arn).workerName(workerName))",
                        Types.GET_ACTIVITY_TASK_RESPONSE)
                .addStatement("backoff = initialBackoff")
                .addStatement("String token = response.taskToken()")
                .beginControlFlow("if (token == null || token.isEmpty())")
                .addStatement("continue")
                .endControlFlow()
                .beginControlFlow("if (stopping.get())")
                .addStatement("LOG.warn($S, task.stateName(), shortToken(token))",
                        "{} task {} arrived while stopping: failing it without starting it")
                .addStatement("sendFailure(token, $T.WORKER_SHUTDOWN, $S)", types.stepFailure,
                        "The worker was stopping when the task arrived; it was not started.")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("$T run = new $T(task, token, response.input())", running, running)
                .addStatement("running.add(run)")
                .addStatement("runners.execute(() -> run(run))")
                .addStatement("handedOver = true")
                .nextControlFlow("catch ($T e)", Types.SDK_EXCEPTION)
                .beginControlFlow("if (stopping.get())")
                .addStatement("return")
                .endControlFlow()
                .addStatement("long wait = $T.current().nextLong(backoff.toMillis() / 2, backoff.toMillis() + 1)",
                        ThreadLocalRandom.class)
                .addStatement("LOG.warn($S, arn, e.getMessage(), wait)", "Polling {} failed ({}); trying again in {} ms")
                .beginControlFlow("try")
                .addStatement("$T.sleep(wait)", Thread.class)
                .nextControlFlow("catch ($T interrupted)", InterruptedException.class)
                .addStatement("return")
                .endControlFlow()
                .addStatement("backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2)")
                .nextControlFlow("finally")
                .beginControlFlow("if (!handedOver)")
                .addStatement("slots.release()")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private MethodSpec run() {
        return MethodSpec.methodBuilder("run")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(running, "run")
                .addStatement("run.thread = Thread.currentThread()")
                .addStatement("long heartbeatSeconds = run.task.heartbeatSeconds()")
                .beginControlFlow("if (heartbeatSeconds > 0)")
                .addStatement("long every = Math.max(200L, heartbeatSeconds * 1000L / 3)")
                .addStatement("run.heartbeat = heartbeats.scheduleAtFixedRate(() -> heartbeatQuietly(run), every, every, $T.MILLISECONDS)",
                        TimeUnit.class)
                .endControlFlow()
                .addStatement("long started = System.nanoTime()")
                .beginControlFlow("try")
                .addStatement("$T input = $T.parse(run.input)", Types.JSON_NODE, types.json)
                .addStatement("long timeout = run.task.timeoutSeconds() > 0 ? run.task.timeoutSeconds() : 99_999_999L")
                .addStatement("$T context = new $T(run.task.stateName(), $T.executionIdIn(input), $T.attemptIn(input), "
                        + "$T.now().plusSeconds(timeout), () -> heartbeat(run))", types.stepContext, types.stepContext,
                        types.stepContext, types.stepContext, Instant.class)
                .addStatement("LOG.info($S, run.task.stateName(), shortToken(run.token))", "{} task {} started")
                .addStatement("$T output = handlers.get(run.task).handle(input, context)", Types.JSON_NODE)
                .addStatement("succeed(run, output, (System.nanoTime() - started) / 1_000_000)")
                .nextControlFlow("catch ($T failure)", types.stepFailure)
                .addStatement("fail(run, failure.error(), failure.cause())")
                .nextControlFlow("catch ($T e)", Exception.class)
                .addStatement("LOG.warn($S, run.task.stateName(), shortToken(run.token), e)", "{} task {} threw")
                .addStatement("fail(run, e.getClass().getName(), e.getMessage())")
                .nextControlFlow("finally")
                .beginControlFlow("if (run.heartbeat != null)")
                .addStatement("run.heartbeat.cancel(false)")
                .endControlFlow()
                .addStatement("running.remove(run)")
                .addStatement("slots.release()")
                .endControlFlow()
                .build();
    }

    private MethodSpec heartbeat() {
        return MethodSpec.methodBuilder("heartbeat")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(running, "run")
                .addException(types.stepFailure)
                .beginControlFlow("if (run.reported.get())")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("client.sendTaskHeartbeat(request -> request.taskToken(run.token))")
                .addStatement("LOG.debug($S, run.task.stateName(), shortToken(run.token))", "{} task {}: heartbeat")
                .nextControlFlow("catch ($T | $T | $T e)", Types.TASK_TIMED_OUT, Types.INVALID_TOKEN, Types.TASK_DOES_NOT_EXIST)
                .addStatement("run.reported.set(true)")
                .addStatement("LOG.warn($S, run.task.stateName(), shortToken(run.token), e.getMessage())",
                        "{} task {}: Step Functions no longer waits for it ({}); abandoning it")
                .addStatement("Thread thread = run.thread")
                .beginControlFlow("if (thread != null && thread != Thread.currentThread())")
                .addStatement("thread.interrupt()")
                .endControlFlow()
                .addStatement("throw new $T($T.TASK_TIMED_OUT, $S + e.getMessage())", types.stepFailure, types.stepFailure,
                        "Step Functions no longer waits for this task: ")
                .nextControlFlow("catch ($T e)", Types.SDK_EXCEPTION)
                .addStatement("LOG.warn($S, run.task.stateName(), shortToken(run.token), e.getMessage())",
                        "{} task {}: heartbeat failed ({}); the next one may pass")
                .endControlFlow()
                .build();
    }

    private MethodSpec succeed() {
        return MethodSpec.methodBuilder("succeed")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(running, "run")
                .addParameter(Types.JSON_NODE, "output")
                .addParameter(long.class, "millis")
                .addException(java.io.IOException.class)
                .beginControlFlow("if (!run.reported.compareAndSet(false, true))")
                .addStatement("return")
                .endControlFlow()
                .addStatement("String text = $T.write(output)", types.json)
                .beginControlFlow("try")
                .addStatement("client.sendTaskSuccess(request -> request.taskToken(run.token).output(text))")
                .addStatement("LOG.info($S, run.task.stateName(), shortToken(run.token), millis)", "{} task {} succeeded in {} ms")
                .nextControlFlow("catch ($T e)", Types.SDK_EXCEPTION)
                .addStatement("LOG.error($S, run.task.stateName(), shortToken(run.token), e.getMessage())",
                        "{} task {}: could not report success: {}")
                .endControlFlow()
                .build();
    }

    private MethodSpec fail() {
        return MethodSpec.methodBuilder("fail")
                .addModifiers(Modifier.PRIVATE)
                .returns(boolean.class)
                .addParameter(running, "run")
                .addParameter(String.class, "error")
                .addParameter(String.class, "cause")
                .beginControlFlow("if (!run.reported.compareAndSet(false, true))")
                .addStatement("return false")
                .endControlFlow()
                .addStatement("LOG.info($S, run.task.stateName(), shortToken(run.token), error, cause)", "{} task {} failed with {}: {}")
                .addStatement("sendFailure(run.token, error, cause)")
                .addStatement("return true")
                .build();
    }

    private MethodSpec sendFailure() {
        return MethodSpec.methodBuilder("sendFailure")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "token")
                .addParameter(String.class, "error")
                .addParameter(String.class, "cause")
                .beginControlFlow("try")
                .addStatement("client.sendTaskFailure(request -> request.taskToken(token).error(truncate(error, 256))"
                        + ".cause(truncate(cause, 32_768)))")
                .nextControlFlow("catch ($T e)", Types.SDK_EXCEPTION)
                .addStatement("LOG.error($S, shortToken(token), e.getMessage())", "Task {}: could not report failure: {}")
                .endControlFlow()
                .build();
    }

    private MethodSpec shutdown() {
        return MethodSpec.methodBuilder("shutdown")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Stops polling, waits up to {@code grace} for running tasks, then fails those still running\n"
                        + "with {@link StepFailure#WORKER_SHUTDOWN} and interrupts them. Calling it again does nothing.\n\n"
                        + "@return how many running tasks were failed\n")
                .returns(int.class)
                .addParameter(Duration.class, "grace")
                .addException(InterruptedException.class)
                .beginControlFlow("if (!stopping.compareAndSet(false, true))")
                .addStatement("return 0")
                .endControlFlow()
                .addStatement("LOG.info($S, running.size(), grace.toSeconds())",
                        "Stopping: no new tasks; waiting for {} running tasks for up to {} s")
                .addComment("Polls in flight are not interrupted: one may carry a task, which is then failed at once.")
                .addStatement("pollers.shutdown()")
                .addStatement("runners.shutdown()")
                .addStatement("int failed = 0")
                .beginControlFlow("if (!runners.awaitTermination(grace.toMillis(), $T.MILLISECONDS))", TimeUnit.class)
                .beginControlFlow("for ($T run : new $T<>(running))", running, ArrayList.class)
                .beginControlFlow("if (fail(run, $T.WORKER_SHUTDOWN, $S))", types.stepFailure,
                        "The worker stopped before the task finished.")
                .addStatement("failed++")
                .endControlFlow()
                .endControlFlow()
                .addStatement("runners.shutdownNow()")
                .endControlFlow()
                .addStatement("heartbeats.shutdownNow()")
                .addStatement("LOG.info($S, failed, $T.WORKER_SHUTDOWN)", "Stopped; {} running tasks failed with {}", types.stepFailure)
                .addStatement("stopped.countDown()")
                .addStatement("return failed")
                .build();
    }

    private TypeSpec runningTask() {
        return TypeSpec.classBuilder(running)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("One task taken from Step Functions; reported exactly once.\n")
                .addField(types.task, "task", Modifier.FINAL)
                .addField(String.class, "token", Modifier.FINAL)
                .addField(String.class, "input", Modifier.FINAL)
                .addField(FieldSpec.builder(AtomicBoolean.class, "reported", Modifier.FINAL)
                        .initializer("new $T()", AtomicBoolean.class).build())
                .addField(Thread.class, "thread", Modifier.VOLATILE)
                .addField(ParameterizedTypeName.get(ClassName.get(ScheduledFuture.class),
                        com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), "heartbeat", Modifier.VOLATILE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(types.task, "task")
                        .addParameter(String.class, "token")
                        .addParameter(String.class, "input")
                        .addStatement("this.task = task")
                        .addStatement("this.token = token")
                        .addStatement("this.input = input")
                        .build())
                .build();
    }

    private TypeSpec builderType(ParameterizedTypeName activities) {
        return TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Configures a worker: the activities it serves, concurrency, name and backoff.\n")
                .addField(Types.SFN_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(activities, "activities", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", LinkedHashMap.class).build())
                .addField(FieldSpec.builder(int.class, "concurrency", Modifier.PRIVATE).initializer("1").build())
                .addField(FieldSpec.builder(String.class, "workerName", Modifier.PRIVATE).initializer("$S", "worker").build())
                .addField(FieldSpec.builder(Duration.class, "initialBackoff", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(1)", Duration.class).build())
                .addField(FieldSpec.builder(Duration.class, "maxBackoff", Modifier.PRIVATE)
                        .initializer("$T.ofMinutes(1)", Duration.class).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(Types.SFN_CLIENT, "client")
                        .addStatement("this.client = $T.requireNonNull(client, $S)", java.util.Objects.class, "client")
                        .build())
                .addMethod(MethodSpec.methodBuilder("activity")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Serves the activity {@code arn} with {@code task}'s handler.\n")
                        .returns(builder)
                        .addParameter(String.class, "arn")
                        .addParameter(types.task, "task")
                        .addStatement("activities.put($T.requireNonNull(arn, $S), $T.requireNonNull(task, $S))",
                                java.util.Objects.class, "arn", java.util.Objects.class, "task")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("concurrency")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("At most this many tasks run at once (default 1).\n")
                        .returns(builder)
                        .addParameter(int.class, "value")
                        .beginControlFlow("if (value < 1)")
                        .addStatement("throw new $T($S + value)", IllegalArgumentException.class, "concurrency must be at least 1: ")
                        .endControlFlow()
                        .addStatement("this.concurrency = value")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("workerName")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The name Step Functions records for this worker (default {@code worker}).\n")
                        .returns(builder)
                        .addParameter(String.class, "value")
                        .addStatement("this.workerName = value")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("backoff")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The first and the longest wait after a failed poll (default 1 s and 1 min).\n")
                        .returns(builder)
                        .addParameter(Duration.class, "initial")
                        .addParameter(Duration.class, "max")
                        .addStatement("this.initialBackoff = initial")
                        .addStatement("this.maxBackoff = max")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(types.activityWorker)
                        .beginControlFlow("if (activities.isEmpty())")
                        .addStatement("throw new $T($S)", IllegalStateException.class, "a worker needs at least one activity to poll")
                        .endControlFlow()
                        .addStatement("return new $T(this)", types.activityWorker)
                        .build())
                .build();
    }
}
