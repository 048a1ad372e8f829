package dev.loveless.app.cli;

import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.AtomicFiles;
import dev.loveless.model.io.ParsedDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code loveless fmt}: rewrites definitions in the canonical format. */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        header = "Rewrite definitions in the canonical format.",
        description = {
            "Rewrite definitions in the canonical format: JSON with two-space",
            "indentation and \\n line ends, or block YAML. Only the layout changes: fields,",
            "their order, numbers as written, unknown fields and $${...} placeholders are",
            "kept, and so are a JSON file's choices of a final newline and of escaping",
            "non-ASCII characters."
        },
        footer = {"", "Exit codes: 0 all files formatted (or already were); 1 with --check,",
            "some file would change; 2 a file cannot be read or written."})
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Change nothing: list the files that would change, exit 1 if any would.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Definition files (.asl.json, .json, .asl.yaml, .yaml, .yml).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DefinitionFiles definitions = new DefinitionFiles(err);
        AslWriter writer = new AslWriter();
        int changed = 0;
        int unchanged = 0;
        boolean failed = false;
        for (Path file : files) {
            ParsedDefinition parsed = definitions.read(file);
            if (parsed == null) {
                failed = true;
                continue;
            }
            String formatted = writer.write(parsed.machine(), parsed.format(), parsed.style());
            if (formatted.equals(parsed.text())) {
                unchanged++;
                continue;
            }
            changed++;
            if (check) {
                out.println("would reformat " + file);
                continue;
            }
            try {
                AtomicFiles.write(file, formatted);
                out.println("formatted " + file);
            } catch (IOException e) {
                err.println(file + ": error: cannot write: " + e.getMessage() + " (the file is unchanged)");
                failed = true;
            }
        }
        out.println(summary(changed, unchanged));
        if (failed) {
            return Cli.USAGE_OR_IO;
        }
        return check && changed > 0 ? Cli.FOUND : Cli.OK;
    }

    private String summary(int changed, int unchanged) {
        String verb = check ? " would be reformatted" : " reformatted";
        return plural(changed) + verb + ", " + plural(unchanged) + " already formatted.";
    }

    private static String plural(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
