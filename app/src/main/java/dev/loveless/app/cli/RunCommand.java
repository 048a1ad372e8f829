package dev.loveless.app.cli;

import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.CallerIdentity;
import dev.loveless.exporters.deploy.ExecutionFollower;
import dev.loveless.exporters.deploy.ExecutionInfo;
import dev.loveless.exporters.deploy.ExecutionProgress;
import dev.loveless.exporters.deploy.ManagedNames;
import dev.loveless.exporters.deploy.Sleeper;
import dev.loveless.exporters.deploy.StateRun;
import dev.loveless.model.io.ParsedDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code loveless run}: start an execution of a deployed workflow, and follow it with --wait. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Start an execution of a deployed workflow; follow it with --wait.",
        description = {
            "FILE|ARN is a state machine ARN, or the definition FILE it was deployed from",
            "(its name is --name, or the file name without .asl.json / .json / .yaml)."
        },
        footer = {"", "Example: loveless run order.asl.json --input '{\"id\": 42}' --wait",
            "Exit codes: 0 started (with --wait: succeeded); 1 with --wait, the execution",
            "failed, timed out or was stopped; 2 usage errors, or AWS errors."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|ARN", description = "The definition file, or the state machine ARN.")
    String target;

    @Option(names = "--input", paramLabel = "JSON", defaultValue = "{}",
            description = "The execution's input: JSON text, or @FILE to read it from a file (default: {}).")
    String input;

    @Option(names = "--wait", description = "Follow the execution state by state until it ends.")
    boolean waitForEnd;

    @Option(names = "--name", paramLabel = "NAME", description = "The state machine's name, when FILE's name is not it.")
    String name;

    @Mixin
    AwsOptions aws;

    /** How often --wait asks for news. */
    Duration interval = Duration.ofSeconds(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean isArn = target.startsWith("arn:");
        String inputText;
        try {
            aws.target();
            inputText = input.startsWith("@") ? Files.readString(Path.of(input.substring(1))) : input;
        } catch (IllegalArgumentException e) {
            err.println("loveless run: " + e.getMessage() + ".");
            return Cli.USAGE_OR_IO;
        } catch (IOException e) {
            err.println(input.substring(1) + ": error: cannot read: " + e.getMessage());
            return Cli.USAGE_OR_IO;
        }
        String machineName = name;
        if (!isArn) {
            ParsedDefinition parsed = new DefinitionFiles(err).read(Path.of(target));
            if (parsed == null) {
                return Cli.USAGE_OR_IO;
            }
            if (machineName == null) {
                machineName = baseName(Path.of(target).getFileName().toString());
            }
        }
        String regionOfArn = isArn && target.split(":").length > 3 ? target.split(":")[3] : null;
        try (AwsGateway gateway = aws.open(regionOfArn)) {
            String stateMachineArn = target;
            if (!isArn) {
                CallerIdentity identity = gateway.callerIdentity();
                stateMachineArn = ManagedNames.stateMachineArn(identity, machineName);
                if (gateway.stateMachine(stateMachineArn).isEmpty()) {
                    err.println("loveless run: " + machineName + " is not deployed in account " + identity.account()
                            + " / " + identity.region() + ". Deploy it first: loveless deploy " + target + " --name "
                            + machineName);
                    return Cli.USAGE_OR_IO;
                }
            }
            ExecutionFollower follower = new ExecutionFollower(gateway, aws.endpointUrl == null);
            String executionArn;
            try {
                executionArn = follower.start(stateMachineArn, inputText);
            } catch (IllegalArgumentException e) {
                err.println("loveless run: " + e.getMessage());
                return Cli.USAGE_OR_IO;
            }
            out.println("Started " + executionArn);
            if (aws.endpointUrl == null) {
                out.println("Console: " + ExecutionFollower.consoleLink(executionArn));
            }
            out.flush();
            if (!waitForEnd) {
                return Cli.OK;
            }
            Map<String, String> shown = new HashMap<>();
            ExecutionProgress last = follower.follow(executionArn, interval, Sleeper.REAL,
                    progress -> print(out, progress, shown), () -> false);
            ExecutionInfo execution = last.execution();
            out.println("Execution " + execution.status().toLowerCase(Locale.ROOT)
                    + (execution.output() != null ? ": output " + execution.output() : "")
                    + (execution.error() != null ? ": " + execution.error()
                    + (execution.cause() != null ? ": " + execution.cause() : "") : ""));
            return execution.succeeded() ? Cli.OK : Cli.FOUND;
        } catch (AwsException e) {
            err.println("loveless run: " + e.getMessage());
            return Cli.USAGE_OR_IO;
        }
    }

    /** Prints each state whose status changed since the last time. */
    private static void print(PrintWriter out, ExecutionProgress progress, Map<String, String> shown) {
        for (StateRun state : progress.states()) {
            String key = state.status() + "/" + state.entries();
            if (key.equals(shown.get(state.name()))) {
                continue;
            }
            shown.put(state.name(), key);
            StringBuilder line = new StringBuilder("  ").append(symbol(state.status())).append(' ')
                    .append(state.name()).append(": ").append(state.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (state.status() == StateRun.Status.IN_PROGRESS && state.input() != null) {
                line.append(", input ").append(shorten(state.input()));
            } else if (state.status() == StateRun.Status.SUCCEEDED && state.output() != null) {
                line.append(", output ").append(shorten(state.output()));
            } else if (state.error() != null) {
                line.append(", ").append(state.error()).append(state.cause() == null ? "" : ": " + shorten(state.cause()));
            }
            out.println(line);
        }
        out.flush();
    }

    private static String symbol(StateRun.Status status) {
        return switch (status) {
            case IN_PROGRESS -> ">";
            case SUCCEEDED -> "+";
            case FAILED -> "x";
            case ABORTED -> "-";
        };
    }

    private static String shorten(String json) {
        String flat = json.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }

    static String baseName(String fileName) {
        return fileName.replaceFirst("(?i)(\\.asl)?\\.(json|ya?ml)$", "");
    }
}
