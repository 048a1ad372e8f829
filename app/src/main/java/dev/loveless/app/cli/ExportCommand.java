package dev.loveless.app.cli;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.Exporter;
import dev.loveless.exporters.FileNames;
import dev.loveless.exporters.asl.AslExporter;
import dev.loveless.exporters.cloudformation.CloudFormationExporter;
import dev.loveless.exporters.cloudformation.TemplateOptions;
import dev.loveless.exporters.diagram.DiagramImages.ImageFormat;
import dev.loveless.exporters.files.FileOutcome;
import dev.loveless.exporters.files.FileSink;
import dev.loveless.exporters.files.WriteReport;
import dev.loveless.exporters.java.JavaProjectExporter;
import dev.loveless.exporters.java.JavaProjectOptions;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.validation.ValidationResult;
import dev.loveless.model.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code loveless export}: ASL, CloudFormation, SAM, or a Java worker project. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Export a workflow as ASL, a CloudFormation or SAM template, or Java workers.",
        description = {
            "Write FILE's workflow into DIR as:",
            "  asl-json, asl-yaml  the definition in the canonical format;",
            "  cloudformation      a template with the state machine, its activities and a",
            "                      least-privilege execution role;",
            "  sam                 the same as a SAM template (template.yaml);",
            "  java                a Maven project with one handler per Lambda or Activity",
            "                      Task, Lambda entry points, an Activity worker, Dockerfiles;",
            "  svg, png            the diagram as a picture, as the designer draws it.",
            "Regenerated files are rewritten; your files (Java handlers and their tests) are",
            "never overwritten; a file Loveless did not write stops the export unless",
            "--overwrite is given. The command lists every file it wrote or kept."
        },
        footer = {"", "Example: loveless export --format java order.asl.json -o order-workers",
            "Exit codes: 0 exported; 1 the definition has errors (use --force); 2 FILE cannot",
            "be read, DIR cannot be written, or a file Loveless did not write is in the way."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "asl-json, asl-yaml, cloudformation, sam, java, svg or png.")
    String format;

    @Parameters(index = "0", paramLabel = "FILE", description = "The definition to export.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write into (created when missing).")
    Path output;

    @Option(names = "--template-format", paramLabel = "json|yaml", defaultValue = "yaml",
            description = "cloudformation and sam: JSON or YAML (default: ${DEFAULT-VALUE}).")
    String templateFormat;

    @Option(names = "--no-logging", description = "cloudformation and sam: no CloudWatch log group.")
    boolean noLogging;

    @Option(names = "--tracing", description = "cloudformation and sam: turn on X-Ray tracing.")
    boolean tracing;

    @Option(names = "--package", paramLabel = "NAME", description = "java: the base package (default: com.example.<workflow>).")
    String packageName;

    @Option(names = "--group-id", paramLabel = "ID", description = "java: the Maven group id (default: com.example).")
    String groupId;

    @Option(names = "--artifact-id", paramLabel = "ID", description = "java: the Maven artifact id (default: <workflow>-workers).")
    String artifactId;

    @Option(names = "--dry-run", description = "Write nothing: list what the export would do.")
    boolean dryRun;

    @Option(names = "--overwrite", description = "Replace files in DIR that Loveless did not write.")
    boolean overwrite;

    @Option(names = "--force", description = "Export even when the definition has validation errors.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParsedDefinition parsed = new DefinitionFiles(err).read(input);
        if (parsed == null) {
            return Cli.USAGE_OR_IO;
        }
        ValidationResult validation = new Validator().validate(parsed);
        validation.diagnostics().forEach(d -> err.println(ValidationReports.line(input.toString(), d)));
        if (validation.hasErrors() && !force) {
            err.println("loveless export: the definition has errors; nothing was written (use --force to export anyway).");
            return Cli.FOUND;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println(output + ": error: not a folder");
            return Cli.USAGE_OR_IO;
        }
        if (format.equalsIgnoreCase("svg") || format.equalsIgnoreCase("png")) {
            ImageFormat image = format.equalsIgnoreCase("svg") ? ImageFormat.SVG : ImageFormat.PNG;
            return DiagramImageExport.write(parsed, input, output, image, overwrite, dryRun, out, err);
        }
        String workflowName = FileNames.workflowNameOf(input.getFileName().toString());
        Export export;
        try {
            export = exporter().export(parsed.machine(), workflowName);
        } catch (IllegalArgumentException e) {
            err.println("loveless export: " + e.getMessage());
            return Cli.USAGE_OR_IO;
        }
        export.warnings().forEach(warning -> err.println("warning: " + warning));
        WriteReport report;
        try {
            FileSink sink = new FileSink(output, overwrite);
            report = dryRun ? sink.plan(export) : sink.write(export);
        } catch (IOException e) {
            err.println(output + ": error: cannot write: " + e.getMessage());
            return Cli.USAGE_OR_IO;
        }
        if (report.hasConflicts()) {
            for (FileOutcome conflict : report.conflicts()) {
                err.println(output.resolve(conflict.path()) + ": error: exists and was not written by Loveless");
            }
            err.println("loveless export: nothing was written; move those files away or use --overwrite.");
            return Cli.USAGE_OR_IO;
        }
        for (FileOutcome outcome : report.outcomes()) {
            String note = outcome.action() == FileOutcome.Action.KEPT ? "  (yours, not overwritten)"
                    : outcome.action() == FileOutcome.Action.KEPT_STALE ? "  (no longer generated, but you edited it)" : "";
            out.println(String.format("%-10s %s%s", (dryRun ? "would be " : "") + verb(outcome.action()), outcome.path(), note));
        }
        long written = report.outcomes().stream().filter(o -> o.action().writes()).count();
        out.println((dryRun ? "Would export " : "Exported ") + export.exporterId() + " to " + output + ": "
                + written + " of " + report.outcomes().size() + " files " + (dryRun ? "would change." : "changed."));
        return Cli.OK;
    }

    private Exporter exporter() {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "asl-json":
                return new AslExporter(Format.JSON);
            case "asl-yaml":
                return new AslExporter(Format.YAML);
            case "cloudformation":
            case "sam":
                Format template = switch (templateFormat.toLowerCase(Locale.ROOT)) {
                    case "json" -> Format.JSON;
                    case "yaml", "yml" -> Format.YAML;
                    default -> throw new IllegalArgumentException("--template-format takes json or yaml, not '" + templateFormat + "'.");
                };
                TemplateOptions.Flavor flavor = format.equalsIgnoreCase("sam") ? TemplateOptions.Flavor.SAM
                        : TemplateOptions.Flavor.CLOUDFORMATION;
                return new CloudFormationExporter(new TemplateOptions(flavor, template, !noLogging, tracing));
            case "java":
                return new JavaProjectExporter(name -> {
                    JavaProjectOptions defaults = JavaProjectOptions.forWorkflow(name);
                    return new JavaProjectOptions(groupId == null ? defaults.groupId() : groupId,
                            artifactId == null ? defaults.artifactId() : artifactId,
                            packageName == null ? defaults.basePackage() : packageName);
                });
            default:
                throw new IllegalArgumentException("--format takes asl-json, asl-yaml, cloudformation, sam, java, svg or png, not '"
                        + format + "'.");
        }
    }

    private static String verb(FileOutcome.Action action) {
        return switch (action) {
            case CREATED -> "created";
            case UPDATED -> "updated";
            case UNCHANGED -> "unchanged";
            case KEPT -> "kept";
            case REMOVED -> "removed";
            case KEPT_STALE -> "kept";
            case CONFLICT -> "conflict";
        };
    }
}
