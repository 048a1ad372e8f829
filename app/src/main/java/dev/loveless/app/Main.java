package dev.loveless.app;

import dev.loveless.app.cli.Cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The entry point of {@code ./loveless}: no argument opens the designer on the built-in sample,
 * one existing file opens the designer on it, anything else is the command-line interface.
 *
 * <p>A plain class, not the JavaFX {@code Application}: launching an {@code Application} subclass
 * from the class path fails, and the command line must not load JavaFX at all.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesigner(args)) {
            Path file = args.length == 1 ? Paths.get(args[0]) : null;
            DesignerLauncher.launch(file);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** @return whether these arguments ask for the designer rather than a command */
    static boolean opensDesigner(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-") && !Cli.isCommand(args[0])
                && Files.isRegularFile(Paths.get(args[0]));
    }
}
