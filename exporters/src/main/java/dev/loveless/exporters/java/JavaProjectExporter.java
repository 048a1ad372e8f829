package dev.loveless.exporters.java;

import com.palantir.javapoet.TypeSpec;
import dev.loveless.exporters.Export;
import dev.loveless.exporters.Exporter;
import dev.loveless.exporters.GeneratedFile;
import dev.loveless.model.StateMachine;
import dev.loveless.model.WorkerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Exports a complete Maven project of Java workers for the workflow's Tasks (see the generated
 * README for its shape). Java sources are built with JavaPoet; names come from {@link JavaNames},
 * and definition text reaches the sources only as escaped string literals or comment text.
 * Handlers, their tests and sample inputs are {@linkplain dev.loveless.exporters.Ownership#USER_OWNED
 * the user's}; everything else is regenerated wiring.
 */
public final class JavaProjectExporter implements Exporter {

    private final Function<String, JavaProjectOptions> options;

    /** @param options the project's coordinates for a workflow name */
    public JavaProjectExporter(Function<String, JavaProjectOptions> options) {
        this.options = options;
    }

    /** A project with {@link JavaProjectOptions#forWorkflow default coordinates}. */
    public JavaProjectExporter() {
        this(JavaProjectOptions::forWorkflow);
    }

    @Override
    public String id() {
        return "java";
    }

    @Override
    public Export export(StateMachine machine, String workflowName) {
        ProjectPlan plan = ProjectPlan.of(machine, options.apply(workflowName));
        Types types = new Types(plan.options().basePackage());
        ApiSources api = new ApiSources(types);
        TaskSources tasks = new TaskSources(types, plan);
        MainSources mains = new MainSources(types);
        List<GeneratedFile> files = new ArrayList<>();
        BuildFiles build = new BuildFiles(plan, types, workflowName);

        files.add(GeneratedFile.regenerated("pom.xml", build.pom()));
        files.add(GeneratedFile.regenerated("README.md", new Readme(plan, types, workflowName).text()));
        files.add(GeneratedFile.regenerated(".gitignore", build.gitignore()));
        files.add(GeneratedFile.regenerated(".dockerignore", build.dockerignore()));
        String lambdaImage = build.lambdaDockerfile();
        if (lambdaImage != null) {
            files.add(GeneratedFile.regenerated("Dockerfile.lambda", lambdaImage));
        }
        String workerImage = build.activityDockerfile();
        if (workerImage != null) {
            files.add(GeneratedFile.regenerated("Dockerfile.activity", workerImage));
        }

        for (TypeSpec type : List.of(api.stepHandler(), api.stepContext(), api.stepFailure(), api.json(),
                tasks.taskEnum(), tasks.errorNames(), tasks.lambdaErrors(), tasks.lambdaAdapter(),
                new ActivityWorkerSource(types).activityWorker(), mains.activityWorkerMain(), mains.localRunner())) {
            files.add(wiring(types.runtime, type));
        }
        for (ErrorPlan error : plan.errors()) {
            if (error.javaClass()) {
                files.add(wiring(TaskSources.errorPackage(error), tasks.errorClass(error)));
            }
        }
        for (TaskPlan task : plan.tasks()) {
            if (task.kind() == WorkerKind.LAMBDA) {
                files.add(wiring(types.lambda(), tasks.function(task)));
            }
        }
        for (TaskPlan task : plan.tasks()) {
            TypeSpec handler = tasks.handler(task);
            files.add(GeneratedFile.userOwned(Types.path("src/main/java", types.handlers(), handler.name()),
                    Types.render(types.handlers(), handler, false)));
            TypeSpec test = tasks.handlerTest(task);
            files.add(GeneratedFile.userOwned(Types.path("src/test/java", types.handlers(), test.name()),
                    Types.render(types.handlers(), test, false)));
            files.add(GeneratedFile.userOwned("events/" + task.stem() + ".json", "{\n  \"example\": true\n}\n"));
        }
        return new Export(id(), files, plan.warnings());
    }

    private static GeneratedFile wiring(String packageName, TypeSpec type) {
        return GeneratedFile.regenerated(Types.path("src/main/java", packageName, type.name()),
                Types.render(packageName, type, true));
    }
}
