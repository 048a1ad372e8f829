package dev.loveless.exporters.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import javax.lang.model.element.Modifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;

/**
 * The small API every handler is written against, generated as regenerated wiring: the
 * {@code StepHandler} interface, the {@code StepContext} it gets, the {@code StepFailure} it throws,
 * and the {@code Json} helper. None of it depends on the definition except the package.
 */
final class ApiSources {

    private static final Modifier[] PUBLIC_STATIC_FINAL = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

    private final Types types;

    ApiSources(Types types) {
        this.types = types;
    }

    TypeSpec stepHandler() {
        return TypeSpec.interfaceBuilder(types.stepHandler)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("The work of one Task: JSON in, JSON out. The same handler runs as a Lambda function\n"
                        + "(through its {@code lambda} entry point) and in an Activity worker ({@link $T}): which one\n"
                        + "is packaging, not code.\n\n"
                        + "<p>An Activity worker with a concurrency above one calls a handler from several threads.\n",
                        types.activityWorker)
                .addMethod(MethodSpec.methodBuilder("handle")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addJavadoc("@param input   the state's input (after its InputPath and Parameters)\n"
                                + "@param context the state name, execution, attempt, remaining time and heartbeat\n"
                                + "@return the result, which the state's ResultSelector and ResultPath then place\n"
                                + "@throws $T to fail the state with an error name its Retry and Catch can match\n",
                                types.stepFailure)
                        .returns(Types.JSON_NODE)
                        .addParameter(Types.JSON_NODE, "input")
                        .addParameter(types.stepContext, "context")
                        .addException(types.stepFailure)
                        .build())
                .build();
    }

    TypeSpec stepFailure() {
        return TypeSpec.classBuilder(types.stepFailure)
                .addModifiers(Modifier.PUBLIC)
                .superclass(Exception.class)
                .addJavadoc("Fails the state with an error name that its {@code Retry} and {@code Catch} match\n"
                        + "({@code ErrorEquals}), and a cause. The workflow's own names are in {@link $T}.\n\n"
                        + "<p>Under Lambda, Step Functions sees the error name as the class name of the exception the\n"
                        + "function throws, so the entry point throws a generated class named exactly like the error;\n"
                        + "under an Activity worker, the name is sent as it is. An exception other than this one fails\n"
                        + "the state with the exception's class name (for example {@code java.lang.IllegalStateException})\n"
                        + "either way.\n", types.errorNames)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(FieldSpec.builder(String.class, "WORKER_SHUTDOWN", PUBLIC_STATIC_FINAL)
                        .addJavadoc("The error an Activity worker reports for a task it had to abandon when stopped.\n")
                        .initializer("$S", "WorkerShutdown").build())
                .addField(FieldSpec.builder(String.class, "TASK_TIMED_OUT", PUBLIC_STATIC_FINAL)
                        .addJavadoc("What {@link StepContext#heartbeat()} throws once Step Functions has stopped waiting.\n")
                        .initializer("$S", "States.Timeout").build())
                .addField(String.class, "error", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param error the error name, e.g. {@code ErrorNames.SOMETHING}\n"
                                + "@param cause a human-readable explanation\n")
                        .addParameter(String.class, "error")
                        .addParameter(String.class, "cause")
                        .addStatement("this(error, cause, null)")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "error")
                        .addParameter(String.class, "cause")
                        .addParameter(Throwable.class, "reason")
                        .addStatement("super(cause, reason)")
                        .beginControlFlow("if (error == null || error.isBlank())")
                        .addStatement("throw new $T($S)", IllegalArgumentException.class, "a failure needs an error name")
                        .endControlFlow()
                        .addStatement("this.error = error")
                        .build())
                .addMethod(MethodSpec.methodBuilder("error")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return the error name Step Functions sees\n")
                        .returns(String.class)
                        .addStatement("return error")
                        .build())
                .addMethod(MethodSpec.methodBuilder("cause")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return the explanation Step Functions records as the cause\n")
                        .returns(String.class)
                        .addStatement("return getMessage() == null ? \"\" : getMessage()")
                        .build())
                .build();
    }

    TypeSpec stepContext() {
        TypeSpec heartbeat = TypeSpec.interfaceBuilder(types.heartbeat)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("Tells Step Functions the task is still alive.\n")
                .addMethod(MethodSpec.methodBuilder("send")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addException(types.stepFailure)
                        .build())
                .build();
        MethodSpec constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "stateName")
                .addParameter(String.class, "executionId")
                .addParameter(int.class, "attempt")
                .addParameter(Instant.class, "deadline")
                .addParameter(types.heartbeat, "heartbeat")
                .addStatement("this.stateName = stateName")
                .addStatement("this.executionId = executionId == null ? \"\" : executionId")
                .addStatement("this.attempt = Math.max(1, attempt)")
                .addStatement("this.deadline = deadline")
                .addStatement("this.heartbeat = heartbeat")
                .build();
        return TypeSpec.classBuilder(types.stepContext)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("What a handler knows about the run it is part of.\n\n"
                        + "<p>Step Functions does not send an Activity worker or a Lambda function the execution id\n"
                        + "or the attempt number; they come from the input when the state passes the context object\n"
                        + "in its Parameters as {@code \"Context.$$\": \"$$$$\"}. Without it, {@link #executionId()} is\n"
                        + "empty and {@link #attempt()} is 1.\n")
                .addType(heartbeat)
                .addField(String.class, "stateName", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "executionId", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "attempt", Modifier.PRIVATE, Modifier.FINAL)
                .addField(Instant.class, "deadline", Modifier.PRIVATE, Modifier.FINAL)
                .addField(types.heartbeat, "heartbeat", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor)
                .addMethod(MethodSpec.methodBuilder("forTest")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("@return a context for a unit test: attempt 1, fifteen minutes left, heartbeats ignored\n")
                        .returns(types.stepContext)
                        .addParameter(String.class, "stateName")
                        .addStatement("return new $T(stateName, $S, 1, $T.now().plus($T.ofMinutes(15)), () -> { })",
                                types.stepContext, "test-execution", Instant.class, Duration.class)
                        .build())
                .addMethod(getter("stateName", String.class, "the name of the state this handler runs for"))
                .addMethod(getter("executionId", String.class, "the execution's ARN, or empty when the input does not carry it"))
                .addMethod(getter("attempt", int.class, "1 for the first attempt, 2 for the first retry…"))
                .addMethod(MethodSpec.methodBuilder("remainingTime")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return the time left before the state (or the Lambda invocation) times out\n")
                        .returns(Duration.class)
                        .addStatement("$T left = $T.between($T.now(), deadline)", Duration.class, Duration.class, Instant.class)
                        .addStatement("return left.isNegative() ? $T.ZERO : left", Duration.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("heartbeat")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Tells Step Functions the task is alive. An Activity worker also sends heartbeats on its\n"
                                + "own while the handler runs; call this from long loops for a finer signal. Under Lambda it\n"
                                + "does nothing.\n\n"
                                + "@throws StepFailure with {@link StepFailure#TASK_TIMED_OUT} once Step Functions has stopped\n"
                                + "waiting for this task: stop working, nobody will read the result\n")
                        .addException(types.stepFailure)
                        .addStatement("heartbeat.send()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("executionIdIn")
                        .addModifiers(Modifier.STATIC)
                        .addJavadoc("@return {@code Context.Execution.Id} of an input that carries the context object, else empty\n")
                        .returns(String.class)
                        .addParameter(Types.JSON_NODE, "input")
                        .addStatement("return input == null ? \"\" : input.path($S).path($S).path($S).asText($S)",
                                "Context", "Execution", "Id", "")
                        .build())
                .addMethod(MethodSpec.methodBuilder("attemptIn")
                        .addModifiers(Modifier.STATIC)
                        .addJavadoc("@return {@code Context.State.RetryCount} + 1 of an input that carries the context object, else 1\n")
                        .returns(int.class)
                        .addParameter(Types.JSON_NODE, "input")
                        .addStatement("return input == null ? 1 : input.path($S).path($S).path($S).asInt(0) + 1",
                                "Context", "State", "RetryCount")
                        .build())
                .build();
    }

    private static MethodSpec getter(String name, TypeName type, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("@return $L\n", doc)
                .returns(type)
                .addStatement("return $N", name)
                .build();
    }

    private static MethodSpec getter(String name, Class<?> type, String doc) {
        return getter(name, TypeName.get(type), doc);
    }

    TypeSpec json() {
        return TypeSpec.classBuilder(types.json)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Reads and writes the JSON that flows between states.\n")
                .addField(FieldSpec.builder(Types.OBJECT_MAPPER, "MAPPER", PUBLIC_STATIC_FINAL)
                        .addJavadoc("One shared, thread-safe mapper.\n")
                        .initializer("new $T()", Types.OBJECT_MAPPER).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("parse")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("@return the JSON value of {@code text}; JSON null for empty text\n")
                        .returns(Types.JSON_NODE)
                        .addParameter(String.class, "text")
                        .addException(IOException.class)
                        .beginControlFlow("if (text == null || text.isBlank())")
                        .addStatement("return $T.getInstance()", Types.NULL_NODE)
                        .endControlFlow()
                        .addStatement("return MAPPER.readTree(text)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("@return the JSON value read from {@code in}; JSON null for an empty stream\n")
                        .returns(Types.JSON_NODE)
                        .addParameter(InputStream.class, "in")
                        .addException(IOException.class)
                        .addStatement("return parse(new String(in.readAllBytes(), $T.UTF_8))",
                                ClassName.get("java.nio.charset", "StandardCharsets"))
                        .build())
                .addMethod(MethodSpec.methodBuilder("write")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("@return {@code node} as compact JSON text ({@code null} for a Java null)\n")
                        .returns(String.class)
                        .addParameter(Types.JSON_NODE, "node")
                        .addException(IOException.class)
                        .addStatement("return MAPPER.writeValueAsString(node == null ? $T.getInstance() : node)", Types.NULL_NODE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("write")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Writes {@code node} as JSON to {@code out}.\n")
                        .addParameter(Types.JSON_NODE, "node")
                        .addParameter(OutputStream.class, "out")
                        .addException(IOException.class)
                        .addStatement("out.write(write(node).getBytes($T.UTF_8))", ClassName.get("java.nio.charset", "StandardCharsets"))
                        .addStatement("out.flush()")
                        .build())
                .build();
    }

    static ParameterSpec param(TypeName type, String name) {
        return ParameterSpec.builder(type, name).build();
    }

    static CodeBlock code(String format, Object... args) {
        return CodeBlock.of(format, args);
    }
}
