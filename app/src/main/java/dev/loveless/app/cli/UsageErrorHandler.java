package dev.loveless.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;

/** Says in one or two plain lines what was wrong with the command line, and exits with 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName(" ");
        if (exception instanceof UnmatchedArgumentException unmatched && commandLine.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String word = unmatched.getUnmatched().get(0);
            err.println("loveless: unknown command or file '" + word + "'.");
            err.println("Commands: " + String.join(", ", commandLine.getSubcommands().keySet())
                    + ". Run 'loveless --help' for more.");
        } else {
            err.println(command + ": " + exception.getMessage());
            err.println("Run '" + command + " --help' for usage.");
        }
        return Cli.USAGE_OR_IO;
    }
}
