package dev.loveless.app.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The command-line interface: builds the picocli command tree and runs it. Exit codes follow one
 * rule everywhere: 0 success, 1 the check found something (a file would change, a definition has
 * errors), 2 usage or I/O errors.
 */
public final class Cli {

    /** Exit code: done, nothing found. */
    public static final int OK = 0;
    /** Exit code: the command ran and found something (a file would change, a definition has errors). */
    public static final int FOUND = 1;
    /** Exit code: bad usage, or input that cannot be read or written. */
    public static final int USAGE_OR_IO = 2;

    private Cli() {
    }

    /** Runs the command line on the process's standard streams. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /** Runs the command line with the given output and error writers (tests use this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LovelessCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> USAGE_OR_IO);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            cl.getErr().println("loveless: " + exception.getMessage());
            return USAGE_OR_IO;
        });
        return commandLine;
    }

    /** @return whether {@code word} names a command (so that it is not taken for a file to open) */
    public static boolean isCommand(String word) {
        return commands().contains(word);
    }

    static Set<String> commands() {
        return new CommandLine(new LovelessCommand()).getSubcommands().keySet();
    }
}
