package dev.loveless.app.cli;

import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.exporters.FileNames;
import dev.loveless.exporters.diagram.DiagramImages;
import dev.loveless.exporters.diagram.DiagramImages.ImageFormat;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AtomicFiles;
import dev.loveless.model.io.ParsedDefinition;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code export --format svg|png}: the same picture as the designer's File → Export Image, drawn
 * headless from the definition and its saved layout (or a fresh automatic layout when there is none).
 */
final class DiagramImageExport {

    private DiagramImageExport() {
    }

    static int write(ParsedDefinition parsed, Path input, Path output, ImageFormat format, boolean overwrite,
                     boolean dryRun, PrintWriter out, PrintWriter err) {
        Diagram saved = null;
        try {
            saved = DiagramFiles.readBeside(input);
        } catch (IOException e) {
            err.println(input + ": warning: " + e.getMessage() + " The diagram is laid out afresh.");
        }
        Document document = DocumentFiles.documentOf(parsed.machine(), saved);
        String extension = format == ImageFormat.SVG ? ".svg" : ".png";
        Path target = output.resolve(FileNames.workflowNameOf(input.getFileName().toString()) + extension);
        if (Files.exists(target) && !overwrite) {
            err.println(target + ": error: already exists; nothing was written (use --overwrite to replace it).");
            return Cli.USAGE_OR_IO;
        }
        if (dryRun) {
            out.println("would write " + target);
            return Cli.OK;
        }
        byte[] image = DiagramImages.export(DiagramGeometry.of(document.machine(), document.diagram()), Set.of(),
                Theme.LIGHT, format);
        try {
            AtomicFiles.write(target, image);
        } catch (IOException e) {
            err.println(target + ": error: cannot write: " + e.getMessage());
            return Cli.USAGE_OR_IO;
        }
        out.println("wrote " + target + " (" + image.length / 1024 + " KB)");
        return Cli.OK;
    }
}
