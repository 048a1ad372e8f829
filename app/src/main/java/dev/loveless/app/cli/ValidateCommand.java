package dev.loveless.app.cli;

import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.validation.Diagnostic;
import dev.loveless.model.validation.RuleConfig;
import dev.loveless.model.validation.Rules;
import dev.loveless.model.validation.Severity;
import dev.loveless.model.validation.Validator;
import dev.loveless.model.validation.WorkflowType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code loveless validate}: checks definitions against the Amazon States Language and AWS's rules. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check definitions against the Amazon States Language and AWS's rules.",
        description = {
            "Check definitions as AWS Step Functions would, and more: every problem with",
            "its file, line, column, rule code and a plain explanation. A directory is",
            "searched for .json, .yaml and .yml files. Rules: docs/rules/README.md."
        },
        footer = {"", "Exit codes: 0 no file has an error (warnings allowed); 1 some file has an",
            "error; 2 usage errors, or a file that cannot be read."})
final class ValidateCommand implements Callable<Integer> {

    /** The output formats. */
    enum OutputFormat { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or sarif (SARIF 2.1.0).")
    OutputFormat format;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "The workflow type, STANDARD or EXPRESS: EXPRESS forbids activities, .sync and .waitForTaskToken.")
    String type;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A JSON file changing rule severities: {\"rules\": {\"CODE\": \"error|warning|info|off\"}}.")
    Path rulesFile;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Definition files, or directories to search.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkflowType workflowType = null;
        if (type != null) {
            workflowType = WorkflowType.parse(type);
            if (workflowType == null) {
                err.println("loveless validate: --type must be STANDARD or EXPRESS, not '" + type + "'.");
                return Cli.USAGE_OR_IO;
            }
        }
        RuleConfig config = RuleConfig.recommended();
        if (rulesFile != null) {
            try {
                config = config.withFile(rulesFile, Rules.codes());
            } catch (RuleConfig.InvalidRuleConfigException e) {
                err.println("loveless validate: --rules " + e.getMessage());
                return Cli.USAGE_OR_IO;
            }
        }
        Validator validator = new Validator().withConfig(config).withWorkflowType(workflowType);
        boolean ioProblem = false;
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(definitionsUnder(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println(path + ": error: no such file or directory");
                ioProblem = true;
            }
        }
        AslReader reader = new AslReader();
        List<FileValidation> results = new ArrayList<>();
        for (Path file : files) {
            try {
                ParsedDefinition parsed = reader.read(file);
                results.add(new FileValidation(file.toString(), validator.validate(parsed).diagnostics()));
            } catch (AslParseException e) {
                results.add(new FileValidation(file.toString(), List.of(new Diagnostic("INVALID_JSON_DESCRIPTION",
                        Severity.ERROR, e.plainMessage(), null, "", "", e.line(), e.column()))));
            } catch (NoSuchFileException e) {
                err.println(file + ": error: no such file");
                ioProblem = true;
            } catch (IOException e) {
                err.println(file + ": error: cannot read: " + e.getMessage());
                ioProblem = true;
            }
        }
        switch (format) {
            case json:
                ValidationReports.json(out, results);
                break;
            case sarif:
                ValidationReports.sarif(out, results, validator.rules(), config);
                break;
            default:
                ValidationReports.text(out, results);
        }
        if (ioProblem) {
            return Cli.USAGE_OR_IO;
        }
        return results.stream().allMatch(FileValidation::valid) ? Cli.OK : Cli.FOUND;
    }

    private static List<Path> definitionsUnder(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> Format.isDefinitionFile(file.getFileName().toString()))
                    .filter(file -> !hidden(directory.relativize(file)))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
