package dev.loveless.exporters.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.loveless.model.WorkerKind;

import javax.lang.model.element.Modifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The sources that depend on the workflow's Tasks and errors: the {@code Task} registry, the error
 * names and classes, the Lambda entry points (wiring), and each Task's handler and its unit test
 * (the user's). Every text from the definition reaches the sources only as a string literal
 * ({@code $S}, escaped by JavaPoet) or as {@link JavadocText escaped comment text}.
 */
final class TaskSources {

    private final Types types;
    private final ProjectPlan plan;

    TaskSources(Types types, ProjectPlan plan) {
        this.types = types;
        this.plan = plan;
    }

    TypeSpec taskEnum() {
        ClassName kind = types.task.nestedClass("Kind");
        TypeSpec.Builder builder = TypeSpec.enumBuilder(types.task)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The workflow's Tasks that run Java code, with what the runtimes need to know about each.\n")
                .addType(TypeSpec.enumBuilder(kind)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("How the Task runs in the workflow as designed.\n")
                        .addEnumConstant("LAMBDA")
                        .addEnumConstant("ACTIVITY")
                        .build());
        for (TaskPlan task : plan.tasks()) {
            builder.addEnumConstant(task.constant(), TypeSpec.anonymousClassBuilder("$S, $T.$L, $S, $LL, $LL, $T::new",
                            task.stateName(), kind, task.kind() == WorkerKind.LAMBDA ? "LAMBDA" : "ACTIVITY",
                            task.activityName(), task.heartbeatSeconds(), task.timeoutSeconds(), types.handler(task))
                    .addJavadoc("$L\n", JavadocText.safe(task.path().toString(), 500))
                    .build());
        }
        ParameterizedTypeName supplier = ParameterizedTypeName.get(ClassName.get(Supplier.class), types.stepHandler);
        builder.addField(String.class, "stateName", Modifier.PRIVATE, Modifier.FINAL)
                .addField(kind, "kind", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "activityName", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "heartbeatSeconds", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "timeoutSeconds", Modifier.PRIVATE, Modifier.FINAL)
                .addField(supplier, "handlers", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "stateName")
                        .addParameter(kind, "kind")
                        .addParameter(String.class, "activityName")
                        .addParameter(long.class, "heartbeatSeconds")
                        .addParameter(long.class, "timeoutSeconds")
                        .addParameter(supplier, "handlers")
                        .addStatement("this.stateName = stateName")
                        .addStatement("this.kind = kind")
                        .addStatement("this.activityName = activityName")
                        .addStatement("this.heartbeatSeconds = heartbeatSeconds")
                        .addStatement("this.timeoutSeconds = timeoutSeconds")
                        .addStatement("this.handlers = handlers")
                        .build())
                .addMethod(getter("stateName", ClassName.get(String.class), "the state's name in the definition"))
                .addMethod(getter("kind", kind, "whether the workflow runs it as a Lambda function or an Activity"))
                .addMethod(getter("activityName", ClassName.get(String.class),
                        "the activity's name from its ARN for an Activity task, else {@code null}"))
                .addMethod(getter("heartbeatSeconds", com.palantir.javapoet.TypeName.LONG,
                        "the state's HeartbeatSeconds, or 0 when it has none (or an expression)"))
                .addMethod(getter("timeoutSeconds", com.palantir.javapoet.TypeName.LONG,
                        "the state's TimeoutSeconds, or 0 when it has none (or an expression)"))
                .addMethod(MethodSpec.methodBuilder("newHandler")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return a new instance of this Task's handler\n")
                        .returns(types.stepHandler)
                        .addStatement("return handlers.get()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("find")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("@return the Task whose constant or state name is {@code name}, or {@code null}\n")
                        .returns(types.task)
                        .addParameter(String.class, "name")
                        .beginControlFlow("for ($T task : values())", types.task)
                        .beginControlFlow("if (task.name().equals(name) || task.stateName.equals(name))")
                        .addStatement("return task")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return null")
                        .build());
        return builder.build();
    }

    private static MethodSpec getter(String name, com.palantir.javapoet.TypeName type, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("@return $L\n", doc)
                .returns(type)
                .addStatement("return $N", name)
                .build();
    }

    TypeSpec errorNames() {
        TypeSpec.Builder builder = TypeSpec.classBuilder(types.errorNames)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The error names the workflow's Retry and Catch match: throw\n"
                        + "{@code new StepFailure(ErrorNames.NAME, \"why\")} to take that path.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (ErrorPlan error : plan.errors()) {
            builder.addField(FieldSpec.builder(String.class, error.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", error.name())
                    .build());
        }
        return builder.build();
    }

    TypeSpec lambdaErrors() {
        CodeBlock.Builder names = CodeBlock.builder();
        boolean first = true;
        for (ErrorPlan error : plan.errors()) {
            if (error.javaClass()) {
                names.add(first ? "$S" : ", $S", error.name());
                first = false;
            }
        }
        ParameterizedTypeName setOfStrings = ParameterizedTypeName.get(Set.class, String.class);
        return TypeSpec.classBuilder(types.lambdaErrors)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Turns a {@link StepFailure} into the exception a Java Lambda function throws. Lambda reports\n"
                        + "the exception's class name as the error name, so each error of the workflow has a generated\n"
                        + "class named exactly like it (outside this package, so it is found by name).\n")
                .addField(FieldSpec.builder(setOfStrings, "GENERATED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($L)", Set.class, names.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("toThrow")
                        .addModifiers(Modifier.STATIC)
                        .addJavadoc("@return an exception whose class name is the failure's error name when one was generated,\n"
                                + "else an {@link UnmappedStepFailure} carrying the name in its message\n")
                        .returns(RuntimeException.class)
                        .addParameter(types.stepFailure, "failure")
                        .beginControlFlow("if (GENERATED.contains(failure.error()))")
                        .beginControlFlow("try")
                        .addStatement("$T<?> type = $T.forName(failure.error(), true, $T.class.getClassLoader())",
                                Class.class, Class.class, types.lambdaErrors)
                        .addStatement("$T error = (RuntimeException) type.getConstructor(String.class, Throwable.class)"
                                + ".newInstance(failure.cause(), failure)", RuntimeException.class)
                        .addStatement("return error")
                        .nextControlFlow("catch ($T e)", ReflectiveOperationException.class)
                        .addStatement("// The class was generated with the project; falling through keeps the failure.")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return new UnmappedStepFailure(failure)")
                        .build())
                .addType(TypeSpec.classBuilder("UnmappedStepFailure")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .superclass(RuntimeException.class)
                        .addJavadoc("A failure whose error name is not a generated class: the message starts with the name.\n")
                        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                                .initializer("1L").build())
                        .addMethod(MethodSpec.constructorBuilder()
                                .addParameter(types.stepFailure, "failure")
                                .addStatement("super(failure.error() + $S + failure.cause(), failure)", ": ")
                                .build())
                        .build())
                .build();
    }

    /** @return the class named exactly like a workflow error, thrown by Lambda entry points */
    TypeSpec errorClass(ErrorPlan error) {
        String simpleName = error.name().substring(error.name().lastIndexOf('.') + 1);
        return TypeSpec.classBuilder(simpleName)
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeException.class)
                .addJavadoc("The workflow's {@code $L} error, as a Lambda function raises it (its class name is the error name).\n",
                        simpleName)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "message")
                        .addParameter(Throwable.class, "reason")
                        .addStatement("super(message, reason)")
                        .build())
                .build();
    }

    static String errorPackage(ErrorPlan error) {
        int dot = error.name().lastIndexOf('.');
        return dot < 0 ? "" : error.name().substring(0, dot);
    }

    TypeSpec lambdaAdapter() {
        return TypeSpec.classBuilder(types.lambdaAdapter)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Runs one Task's handler for a Lambda invocation: reads the JSON event, calls the handler\n"
                        + "(created once per container), writes its JSON result, and turns a {@link StepFailure} into\n"
                        + "the exception whose class name Step Functions matches in Retry and Catch.\n")
                .addField(FieldSpec.builder(Types.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", Types.LOGGER_FACTORY, types.lambdaAdapter).build())
                .addField(types.task, "task", Modifier.PRIVATE, Modifier.FINAL)
                .addField(types.stepHandler, "handler", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(types.task, "task")
                        .addStatement("this.task = task")
                        .addStatement("this.handler = task.newHandler()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("handle")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Handles one invocation.\n")
                        .addParameter(InputStream.class, "in")
                        .addParameter(OutputStream.class, "out")
                        .addParameter(Types.LAMBDA_CONTEXT, "lambda")
                        .addException(IOException.class)
                        .addStatement("$T input = $T.read(in)", Types.JSON_NODE, types.json)
                        .addStatement("long remaining = lambda == null ? 900_000L : lambda.getRemainingTimeInMillis()")
                        .addStatement("$T context = new $T(task.stateName(), $T.executionIdIn(input), $T.attemptIn(input), "
                                + "$T.now().plusMillis(remaining), () -> { })", types.stepContext, types.stepContext,
                                types.stepContext, types.stepContext, Instant.class)
                        .addStatement("$T output", Types.JSON_NODE)
                        .beginControlFlow("try")
                        .addStatement("output = handler.handle(input, context)")
                        .nextControlFlow("catch ($T failure)", types.stepFailure)
                        .addStatement("LOG.warn($S, task.stateName(), failure.error(), failure.cause())",
                                "{} failed with {}: {}")
                        .addStatement("throw $T.toThrow(failure)", types.lambdaErrors)
                        .endControlFlow()
                        .addStatement("$T.write(output, out)", types.json)
                        .build())
                .build();
    }

    TypeSpec function(TaskPlan task) {
        return TypeSpec.classBuilder(types.function(task))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Types.REQUEST_STREAM_HANDLER)
                .addJavadoc("The Lambda entry point of the $L Task: handler string\n{@code $L::handleRequest}.\n",
                        JavadocText.safe(task.path().toString(), 500), types.function(task).canonicalName())
                .addField(FieldSpec.builder(types.lambdaAdapter, "adapter", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T($T.$L)", types.lambdaAdapter, types.task, task.constant()).build())
                .addMethod(MethodSpec.methodBuilder("handleRequest")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(InputStream.class, "in")
                        .addParameter(OutputStream.class, "out")
                        .addParameter(Types.LAMBDA_CONTEXT, "context")
                        .addException(IOException.class)
                        .addStatement("adapter.handle(in, out, context)")
                        .build())
                .build();
    }

    TypeSpec handler(TaskPlan task) {
        StringBuilder doc = new StringBuilder();
        doc.append("Does the work of the ").append(JavadocText.safe(task.path().toString(), 500)).append(" Task.\n");
        if (task.comment() != null && !task.comment().isBlank()) {
            doc.append("\n<p>").append(JavadocText.safe(task.comment(), 2000)).append("\n");
        }
        CodeBlock.Builder javadoc = CodeBlock.builder().add("$L", doc.toString());
        if (!task.errors().isEmpty()) {
            javadoc.add("\n<p>Its Retry and Catch match these errors; throw them as {@code new StepFailure(...)}:\n<ul>\n");
            for (String error : task.errors()) {
                javadoc.add("<li>{@link $T#$L}</li>\n", types.errorNames, constantOf(error));
            }
            javadoc.add("</ul>\n");
        }
        javadoc.add("\n<p>This class is yours: Loveless wrote it once and never overwrites it. It runs unchanged as a\n"
                + "Lambda function or in an Activity worker.\n");
        return TypeSpec.classBuilder(types.handler(task))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(types.stepHandler)
                .addJavadoc(javadoc.build())
                .addMethod(MethodSpec.methodBuilder("handle")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Types.JSON_NODE)
                        .addParameter(Types.JSON_NODE, "input")
                        .addParameter(types.stepContext, "context")
                        .addException(types.stepFailure)
                        .addComment("Replace with the Task's work. Until then the state passes its input through.")
                        .addStatement("return input")
                        .build())
                .build();
    }

    TypeSpec handlerTest(TaskPlan task) {
        ClassName handler = types.handler(task);
        return TypeSpec.classBuilder(handler.simpleName() + "Test")
                .addJavadoc("Unit tests of {@link $T}. Yours: Loveless wrote this once and never overwrites it.\n", handler)
                .addMethod(MethodSpec.methodBuilder("returnsItsInputUntilGivenRealWork")
                        .addAnnotation(Types.TEST)
                        .addException(Exception.class)
                        .addComment("given")
                        .addStatement("$T input = $T.MAPPER.readTree($S)", Types.JSON_NODE, types.json, "{\"example\": true}")
                        .addComment("when")
                        .addStatement("$T output = new $T().handle(input, $T.forTest($S))", Types.JSON_NODE, handler,
                                types.stepContext, task.stateName())
                        .addComment("then")
                        .addStatement("$T.assertEquals(input, output)", Types.ASSERTIONS)
                        .build())
                .build();
    }

    private String constantOf(String error) {
        for (ErrorPlan plan : this.plan.errors()) {
            if (plan.name().equals(error)) {
                return plan.constant();
            }
        }
        throw new IllegalStateException("every task error is planned: " + error.toLowerCase(Locale.ROOT));
    }
}
