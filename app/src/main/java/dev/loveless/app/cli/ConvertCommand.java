package dev.loveless.app.cli;

import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.AtomicFiles;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code loveless convert}: JSON ⇄ YAML. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        header = "Convert a definition between JSON and YAML.",
        description = {
            "Convert a definition between JSON and YAML; OUT's extension (or --to)",
            "gives the format. Every field, unknown ones included, and every $${...}",
            "placeholder is kept."
        },
        footer = {"", "Example: loveless convert order.asl.json order.asl.yaml",
            "Exit codes: 0 converted; 2 IN cannot be read or OUT cannot be written."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The definition to read.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write, or - for standard output.")
    String output;

    @Option(names = "--to", paramLabel = "json|yaml",
            description = "The output format, when OUT's extension does not say it (or OUT is -).")
    String to;

    @Override
    public Integer call() {
        ParsedDefinition parsed = new DefinitionFiles(spec.commandLine().getErr()).read(input);
        if (parsed == null) {
            return Cli.USAGE_OR_IO;
        }
        Format format;
        if (to != null) {
            if (!to.equalsIgnoreCase("json") && !to.equalsIgnoreCase("yaml")) {
                spec.commandLine().getErr().println("loveless convert: --to takes json or yaml, not '" + to + "'.");
                return Cli.USAGE_OR_IO;
            }
            format = Format.valueOf(to.toUpperCase(java.util.Locale.ROOT));
        } else {
            format = "-".equals(output) ? Format.JSON : Format.ofFileName(output);
        }
        String text = new AslWriter().write(parsed.machine(), format);
        if ("-".equals(output)) {
            spec.commandLine().getOut().print(text);
            return Cli.OK;
        }
        Path target = Path.of(output);
        if (Files.isDirectory(target)) {
            spec.commandLine().getErr().println(output + ": error: is a folder; name the file to write.");
            return Cli.USAGE_OR_IO;
        }
        try {
            AtomicFiles.write(target, text);
        } catch (IOException e) {
            spec.commandLine().getErr().println(output + ": error: cannot write: " + e.getMessage());
            return Cli.USAGE_OR_IO;
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + format + ")");
        return Cli.OK;
    }
}
