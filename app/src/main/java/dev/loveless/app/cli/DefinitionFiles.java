package dev.loveless.app.cli;

import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.ParsedDefinition;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads definition files for the commands, reporting problems as {@code file:line:col: error: message}. */
final class DefinitionFiles {

    private final AslReader reader = new AslReader();
    private final PrintWriter err;

    DefinitionFiles(PrintWriter err) {
        this.err = err;
    }

    /** @return the parsed file, or {@code null} after reporting why it cannot be read */
    ParsedDefinition read(Path file) {
        try {
            return reader.read(file);
        } catch (AslParseException e) {
            String where = e.line() > 0 ? file + ":" + e.line() + ":" + e.column() : file.toString();
            err.println(where + ": error: " + e.plainMessage());
        } catch (NoSuchFileException e) {
            err.println(file + ": error: no such file");
        } catch (IOException e) {
            err.println(file + ": error: cannot read: " + e.getMessage());
        }
        return null;
    }
}
