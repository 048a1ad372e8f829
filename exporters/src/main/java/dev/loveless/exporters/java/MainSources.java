package dev.loveless.exporters.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import javax.lang.model.element.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the two command-line entry points of a project: the Activity worker's {@code main}
 * (configured by environment variables, as containers are) and the local runner that feeds a JSON
 * file to one handler. Independent of the definition.
 */
final class MainSources {

    static final String ENV_ENDPOINT = "SFN_ENDPOINT";
    static final String ENV_TASKS = "WORKER_TASKS";
    static final String ENV_CONCURRENCY = "WORKER_CONCURRENCY";
    static final String ENV_NAME = "WORKER_NAME";
    static final String ENV_GRACE = "SHUTDOWN_GRACE_SECONDS";
    static final String ENV_ARN_PREFIX = "ACTIVITY_ARN_";

    private final Types types;

    MainSources(Types types) {
        this.types = types;
    }

    TypeSpec activityWorkerMain() {
        ClassName map = ClassName.get(Map.class);
        return TypeSpec.classBuilder(types.activityWorkerMain)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Runs the Activity worker in a container. Configured by environment variables:\n<ul>\n"
                        + "<li>{@code $L}: the Tasks to serve, by constant or state name, comma-separated (default: every\n"
                        + "Task the workflow runs as an Activity);</li>\n"
                        + "<li>{@code $L<TASK>}: the activity ARN of each served Task (default: built from the activity\n"
                        + "name with {@code AWS_REGION} and {@code AWS_ACCOUNT_ID}, partition {@code AWS_PARTITION} or aws);</li>\n"
                        + "<li>{@code $L}: how many tasks run at once (default 1);</li>\n"
                        + "<li>{@code $L}: the name Step Functions records (default: the host name);</li>\n"
                        + "<li>{@code $L}: on SIGTERM, how long running tasks may still take (default 25);</li>\n"
                        + "<li>{@code $L}: another Step Functions endpoint (Step Functions Local, a test server).</li>\n"
                        + "</ul>\nCredentials and region come from the AWS SDK's default chain. Exit status 2 means bad configuration.\n",
                        ENV_TASKS, ENV_ARN_PREFIX, ENV_CONCURRENCY, ENV_NAME, ENV_GRACE, ENV_ENDPOINT)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("main")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(ArrayTypeName.of(String.class), "args")
                        .addException(InterruptedException.class)
                        .addStatement("$T<String, String> env = System.getenv()", map)
                        .addStatement("$T<String, $T> activities", map, types.task)
                        .addStatement("int concurrency")
                        .addStatement("$T grace", Duration.class)
                        .beginControlFlow("try")
                        .addStatement("activities = activities(env)")
                        .addStatement("concurrency = Integer.parseInt(env.getOrDefault($S, $S).trim())", ENV_CONCURRENCY, "1")
                        .addStatement("grace = $T.ofSeconds(Long.parseLong(env.getOrDefault($S, $S).trim()))", Duration.class,
                                ENV_GRACE, "25")
                        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                        .addStatement("System.err.println($S + e.getMessage())", "activity worker: ")
                        .addStatement("System.exit(2)")
                        .addStatement("return")
                        .endControlFlow()
                        .addStatement("$T clientBuilder = $T.builder().httpClient($T.builder()"
                                + ".socketTimeout($T.ofSeconds(70)).build())", Types.SFN_CLIENT_BUILDER, Types.SFN_CLIENT,
                                Types.URL_CONNECTION_CLIENT, Duration.class)
                        .addStatement("String endpoint = env.get($S)", ENV_ENDPOINT)
                        .beginControlFlow("if (endpoint != null && !endpoint.isBlank())")
                        .addStatement("clientBuilder.endpointOverride($T.create(endpoint.trim()))", URI.class)
                        .endControlFlow()
                        .addStatement("$T client = clientBuilder.build()", Types.SFN_CLIENT)
                        .addStatement("$T.Builder builder = $T.builder(client).concurrency(concurrency)"
                                + ".workerName(env.getOrDefault($S, hostName()))", types.activityWorker, types.activityWorker, ENV_NAME)
                        .addStatement("activities.forEach(builder::activity)")
                        .addStatement("$T worker = builder.build()", types.activityWorker)
                        .addStatement("$T.getRuntime().addShutdownHook(new Thread(() -> {\n$>"
                                + "try {\n$>worker.shutdown(grace);\n$<} catch (InterruptedException e) {\n$>"
                                + "Thread.currentThread().interrupt();\n$<} finally {\n$>client.close();\n$<}\n$<}, $S))",
                                Runtime.class, "shutdown")
                        .addStatement("worker.start()")
                        .addStatement("worker.awaitStopped()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("activities")
                        .addModifiers(Modifier.STATIC)
                        .addJavadoc("@return the activity ARN → Task map the environment asks for\n"
                                + "@throws IllegalArgumentException when it names an unknown Task or an ARN cannot be made\n")
                        .returns(com.palantir.javapoet.ParameterizedTypeName.get(map, ClassName.get(String.class), types.task))
                        .addParameter(com.palantir.javapoet.ParameterizedTypeName.get(map, ClassName.get(String.class),
                                ClassName.get(String.class)), "env")
                        .addStatement("$T<String, $T> activities = new $T<>()", map, types.task, LinkedHashMap.class)
                        .addStatement("String wanted = env.getOrDefault($S, $S)", ENV_TASKS, "")
                        .beginControlFlow("for ($T task : $T.values())", types.task, types.task)
                        .addStatement("boolean served = wanted.isBlank() ? task.kind() == $T.Kind.ACTIVITY : false", types.task)
                        .beginControlFlow("for (String name : wanted.split($S))", ",")
                        .addStatement("served |= name.trim().equals(task.name()) || name.trim().equals(task.stateName())")
                        .endControlFlow()
                        .beginControlFlow("if (served)")
                        .addStatement("activities.put(arnOf(task, env), task)")
                        .endControlFlow()
                        .endControlFlow()
                        .beginControlFlow("for (String name : wanted.split($S))", ",")
                        .beginControlFlow("if (!name.isBlank() && $T.find(name.trim()) == null)", types.task)
                        .addStatement("throw new $T($S + name.trim() + $S)", IllegalArgumentException.class,
                                ENV_TASKS + " names no Task: '", "'")
                        .endControlFlow()
                        .endControlFlow()
                        .beginControlFlow("if (activities.isEmpty())")
                        .addStatement("throw new $T($S)", IllegalArgumentException.class,
                                "no Task to serve: the workflow runs none as an Activity; name some in " + ENV_TASKS)
                        .endControlFlow()
                        .addStatement("return activities")
                        .build())
                .addMethod(MethodSpec.methodBuilder("arnOf")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(types.task, "task")
                        .addParameter(com.palantir.javapoet.ParameterizedTypeName.get(map, ClassName.get(String.class),
                                ClassName.get(String.class)), "env")
                        .addStatement("String arn = env.get($S + task.name())", ENV_ARN_PREFIX)
                        .beginControlFlow("if (arn != null && !arn.isBlank())")
                        .addStatement("return arn.trim()")
                        .endControlFlow()
                        .addStatement("String region = env.get($S)", "AWS_REGION")
                        .addStatement("String account = env.get($S)", "AWS_ACCOUNT_ID")
                        .beginControlFlow("if (task.activityName() == null || region == null || account == null)")
                        .addStatement("throw new $T($S + task.name() + $S)", IllegalArgumentException.class,
                                "set " + ENV_ARN_PREFIX, " to the activity ARN (or AWS_REGION and AWS_ACCOUNT_ID)")
                        .endControlFlow()
                        .addStatement("return $S + env.getOrDefault($S, $S) + $S + region + $S + account + $S + task.activityName()",
                                "arn:", "AWS_PARTITION", "aws", ":states:", ":", ":activity:")
                        .build())
                .addMethod(MethodSpec.methodBuilder("hostName")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .beginControlFlow("try")
                        .addStatement("return $T.getLocalHost().getHostName()", java.net.InetAddress.class)
                        .nextControlFlow("catch ($T e)", java.io.IOException.class)
                        .addStatement("return $S", "worker")
                        .endControlFlow()
                        .build())
                .build();
    }

    TypeSpec localRunner() {
        return TypeSpec.classBuilder(types.localRunner)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Feeds a JSON file to one handler, for quick trials:\n"
                        + "{@code java -cp 'target/classes:target/dependency/*' $L TASK input.json}.\n"
                        + "TASK is a Task's constant or state name. Prints the output; on failure prints the error name\n"
                        + "and cause and exits with 1; exits with 2 on bad usage.\n", types.localRunner.canonicalName())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("main")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(ArrayTypeName.of(String.class), "args")
                        .addException(Exception.class)
                        .addStatement("System.exit(run(args))")
                        .build())
                .addMethod(MethodSpec.methodBuilder("run")
                        .addModifiers(Modifier.STATIC)
                        .addJavadoc("@return the exit status\n")
                        .returns(int.class)
                        .addParameter(ArrayTypeName.of(String.class), "args")
                        .addException(Exception.class)
                        .addStatement("$T task = args.length == 2 ? $T.find(args[0]) : null", types.task, types.task)
                        .beginControlFlow("if (task == null)")
                        .addStatement("System.err.println($S)", "usage: LocalRunner TASK input.json")
                        .beginControlFlow("for ($T each : $T.values())", types.task, types.task)
                        .addStatement("System.err.println($S + each.name() + $S + each.stateName() + $S)", "  ", " (", ")")
                        .endControlFlow()
                        .addStatement("return 2")
                        .endControlFlow()
                        .addStatement("$T file = $T.of(args[1])", Path.class, Path.class)
                        .beginControlFlow("if (!$T.isRegularFile(file))", Files.class)
                        .addStatement("System.err.println(file + $S)", ": no such file")
                        .addStatement("return 2")
                        .endControlFlow()
                        .addStatement("$T input = $T.parse($T.readString(file))", Types.JSON_NODE, types.json, Files.class)
                        .beginControlFlow("try")
                        .addStatement("$T output = task.newHandler().handle(input, $T.forTest(task.stateName()))",
                                Types.JSON_NODE, types.stepContext)
                        .addStatement("System.out.println($T.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(output))",
                                types.json)
                        .addStatement("return 0")
                        .nextControlFlow("catch ($T failure)", types.stepFailure)
                        .addStatement("System.err.println($S + failure.error() + $S + failure.cause())", "failed with ", ": ")
                        .addStatement("return 1")
                        .endControlFlow()
                        .build())
                .build();
    }
}
