package dev.loveless.app.cli;

import dev.loveless.app.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loveless}: the top command; without a command it opens the designer (see {@code Main}). */
@Command(
        name = "loveless",
        mixinStandardHelpOptions = true,
        versionProvider = LovelessCommand.VersionProvider.class,
        sortOptions = false,
        customSynopsis = {
            "loveless [FILE]                open the designer (on the sample without FILE)",
            "       loveless COMMAND [OPTIONS]...  run a command"
        },
        description = {
            "Design AWS Step Functions workflows: Lambda first, Activity when a step outgrows Lambda.",
            "FILE is an ASL definition: .asl.json, .json, .asl.yaml, .asl.yml, .yaml or .yml.",
            ""
        },
        descriptionHeading = "%n",
        commandListHeading = "%nCommands:%n",
        subcommands = {
            FmtCommand.class,
            ConvertCommand.class,
            ValidateCommand.class,
            DeployCommand.class,
            RunCommand.class,
            ExportCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Run 'loveless COMMAND --help' for a command's options.",
            "Exit codes: 0 success; 1 the command found something (a file would change,",
            "a definition has errors); 2 usage errors, or files that cannot be read or written."
        })
public final class LovelessCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the Maven project. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Loveless " + Version.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
