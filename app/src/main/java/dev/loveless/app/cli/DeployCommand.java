package dev.loveless.app.cli;

import dev.loveless.exporters.deploy.Applier;
import dev.loveless.exporters.deploy.ApplyReport;
import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.DefinitionCheck;
import dev.loveless.exporters.deploy.DeployListener;
import dev.loveless.exporters.deploy.DeploySettings;
import dev.loveless.exporters.deploy.LogLevel;
import dev.loveless.exporters.deploy.Logging;
import dev.loveless.exporters.deploy.Plan;
import dev.loveless.exporters.deploy.PlanText;
import dev.loveless.exporters.deploy.PlannedChange;
import dev.loveless.exporters.deploy.Planner;
import dev.loveless.exporters.deploy.RetrySettings;
import dev.loveless.exporters.deploy.Sleeper;
import dev.loveless.exporters.deploy.StateMachineType;
import dev.loveless.exporters.deploy.ValidatorCheck;
import dev.loveless.model.validation.WorkflowType;
import dev.loveless.exporters.deploy.StepResult;
import dev.loveless.model.io.ParsedDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code loveless deploy}: plan, then apply, a workflow to an AWS account. */
@Command(
        name = "deploy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Deploy a workflow to AWS: execution role, activities and state machine in one step.",
        description = {
            "Plan first: read what the account holds and show, per resource, what would",
            "be created or updated (with a diff), and AWS's own validation of the",
            "definition. Then, after you confirm (or with --yes), apply it. Deploying the",
            "same thing twice changes nothing; after a failure, deploying again completes",
            "the work. See docs/deploy.md."
        },
        footer = {"", "Example: loveless deploy order.asl.json --name order --region eu-west-1",
            "Exit codes: 0 applied, or nothing to do (and --plan: a plan without errors);",
            "1 refused (validation errors, a stale plan, not confirmed);",
            "2 usage errors, or AWS errors (the message says what to do)."})
final class DeployCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The definition to deploy.")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", required = true, description = "The state machine's name.")
    String name;

    @Mixin
    AwsOptions aws;

    @Option(names = "--role-arn", paramLabel = "ARN",
            description = "Use this existing execution role as is; without it deploy creates and maintains a least-privilege role.")
    String roleArn;

    @Option(names = "--type", paramLabel = "STANDARD|EXPRESS", defaultValue = "STANDARD",
            description = "The state machine type (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--plan", description = "Print the plan and change nothing.")
    boolean planOnly;

    @Option(names = "--yes", description = "Apply without asking.")
    boolean yes;

    @Option(names = "--sub", paramLabel = "NAME=VALUE",
            description = "A value for a $${NAME} placeholder in the definition (repeatable).")
    List<String> substitutions;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag for what deploy creates (repeatable).")
    List<String> tags;

    @Option(names = "--log-level", paramLabel = "OFF|ERROR|FATAL|ALL", defaultValue = "OFF",
            description = "CloudWatch Logs level (default: ${DEFAULT-VALUE}); needs --log-group-arn.")
    String logLevel;

    @Option(names = "--log-group-arn", paramLabel = "ARN", description = "The log group for --log-level.")
    String logGroupArn;

    @Option(names = "--log-execution-data", description = "Include inputs and outputs in the log.")
    boolean logExecutionData;

    @Option(names = "--tracing", description = "Turn X-Ray tracing on.")
    boolean tracing;

    @Option(names = "--publish", paramLabel = "DESCRIPTION", arity = "0..1", fallbackValue = "",
            description = "Publish a version when the state machine changes, with an optional description.")
    String publish;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParsedDefinition parsed = new DefinitionFiles(err).read(file);
        if (parsed == null) {
            return Cli.USAGE_OR_IO;
        }
        DeploySettings settings;
        try {
            settings = settings();
            aws.target();
        } catch (IllegalArgumentException e) {
            err.println("loveless deploy: " + e.getMessage() + ".");
            return Cli.USAGE_OR_IO;
        }
        try (AwsGateway gateway = aws.open(null)) {
            Planner planner = new Planner(gateway, definitionCheck());
            Plan plan = planner.plan(parsed.machine(), settings);
            out.print(PlanText.plan(plan));
            out.flush();
            if (planOnly) {
                return plan.hasErrors() ? Cli.FOUND : Cli.OK;
            }
            if (plan.hasErrors()) {
                err.println("Refused: the plan has errors; nothing was changed.");
                return Cli.FOUND;
            }
            if (plan.hasChanges() && !yes && !confirmed(out, plan)) {
                err.println("Not applied; nothing was changed.");
                return Cli.FOUND;
            }
            ApplyReport report = new Applier(gateway, planner, RetrySettings.DEFAULT, Sleeper.REAL)
                    .apply(plan, progress(out));
            out.println(report.message());
            if (report.outcome() == ApplyReport.Outcome.FAILED) {
                out.print(PlanText.report(report));
            }
            return switch (report.outcome()) {
                case APPLIED, NOTHING_TO_DO -> Cli.OK;
                case REFUSED_ERRORS, REFUSED_STALE -> Cli.FOUND;
                case FAILED -> Cli.USAGE_OR_IO;
            };
        } catch (AwsException e) {
            err.println("loveless deploy: " + e.getMessage());
            return Cli.USAGE_OR_IO;
        }
    }

    /** Loveless's own validation, run beside AWS's, with the restrictions of the chosen type. */
    DefinitionCheck definitionCheck() {
        return ValidatorCheck.forType(WorkflowType.parse(type));
    }

    private DeploySettings settings() {
        LogLevel level;
        try {
            level = LogLevel.valueOf(logLevel.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--log-level takes OFF, ERROR, FATAL or ALL, not '" + logLevel + "'");
        }
        Logging logging = level == LogLevel.OFF ? Logging.OFF : new Logging(level, logExecutionData, logGroupArn);
        return DeploySettings.named(name)
                .withType(StateMachineType.parse(type))
                .withRoleArn(roleArn)
                .withLogging(logging)
                .withTracing(tracing)
                .withTags(KeyValues.parse("--tag", tags))
                .withPublish(publish != null, publish == null || publish.isEmpty() ? null : publish)
                .withSubstitutions(KeyValues.parse("--sub", substitutions));
    }

    private static boolean confirmed(PrintWriter out, Plan plan) {
        out.print("Apply these changes to account " + plan.identity().account() + " in " + plan.identity().region()
                + "? Only 'yes' applies: ");
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            out.println();
            return answer != null && (answer.trim().equalsIgnoreCase("yes") || answer.trim().equalsIgnoreCase("y"));
        } catch (IOException e) {
            return false;
        }
    }

    private static DeployListener progress(PrintWriter out) {
        return new DeployListener() {
            @Override
            public void started(PlannedChange change) {
                out.println("  " + change.action().symbol() + " " + change.action().label() + " "
                        + change.kind().label() + " " + change.name() + "...");
                out.flush();
            }

            @Override
            public void finished(StepResult result) {
                if (result.status() == StepResult.Status.DONE || result.status() == StepResult.Status.FAILED) {
                    out.println("    " + result.status().name().toLowerCase(Locale.ROOT) + ": " + result.message());
                    out.flush();
                }
            }

            @Override
            public void waiting(String message) {
                out.println("    " + message);
                out.flush();
            }
        };
    }
}
