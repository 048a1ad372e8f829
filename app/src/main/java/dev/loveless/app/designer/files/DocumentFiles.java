package dev.loveless.app.designer.files;

import dev.loveless.model.StateMachine;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.AtomicFiles;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Opens and saves a definition with its diagram sidecar. A file without a sidecar (or with one
 * that cannot be read) is laid out automatically; states the sidecar does not know are placed near
 * their neighbours. Saving writes the definition (byte for byte as read when its model did not
 * change) and the sidecar, each atomically. No JavaFX: runs off the application thread.
 */
public final class DocumentFiles {

    /** A definition opened for editing. */
    public record Opened(Document document, ParsedDefinition original, String warning) {
        public Opened {
            Objects.requireNonNull(document, "document");
        }
    }

    private DocumentFiles() {
    }

    /** @return the file opened, laid out when it has no usable sidecar */
    public static Opened open(Path file) throws IOException, AslParseException {
        return open(file, machine -> { });
    }

    /**
     * @param whenRead told the machine as soon as it is read, before the layout: a caller can start
     *                 validating it on another core meanwhile
     * @return the file opened, laid out when it has no usable sidecar
     */
    public static Opened open(Path file, java.util.function.Consumer<StateMachine> whenRead)
            throws IOException, AslParseException {
        ParsedDefinition parsed = new AslReader().read(file);
        whenRead.accept(parsed.machine());
        DiagramFiles.Sidecar sidecar = null;
        String warning = null;
        try {
            sidecar = DiagramFiles.readSidecarBeside(file);
        } catch (IOException e) {
            warning = e.getMessage() + " The diagram was laid out afresh.";
        }
        Document document = documentOf(parsed.machine(), sidecar == null ? null : sidecar.diagram());
        return new Opened(sidecar == null ? document : document.withSettings(sidecar.settings()), parsed, warning);
    }

    /** @return a document for {@code machine}: its diagram completed, or a fresh layout when there is none */
    public static Document documentOf(StateMachine machine, Diagram diagram) {
        if (diagram == null || diagram.bounds().isEmpty()) {
            Set<dev.loveless.model.StatePath> collapsed = diagram == null ? Set.of() : diagram.collapsed();
            Diagram laidOut = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT.withCollapsed(collapsed))
                    .toDiagram(collapsed);
            return new Document(machine, Placement.completed(machine, laidOut));
        }
        return new Document(machine, Placement.completed(machine, diagram));
    }

    /** @return a fresh automatic layout of the document's machine, keeping its collapsed containers */
    public static Diagram tidy(Document document) {
        Set<dev.loveless.model.StatePath> collapsed = document.diagram().collapsed();
        Diagram laidOut = WorkflowLayout.layout(WorkflowGraph.of(document.machine()),
                LayoutOptions.DEFAULT.withCollapsed(collapsed)).toDiagram(collapsed);
        return Placement.completed(document.machine(), laidOut);
    }

    /**
     * Saves the document to {@code file} in {@code format}, with its sidecar.
     *
     * @param original what the file was read as, to keep its text when nothing changed; may be {@code null}
     * @return the definition as now saved
     */
    public static ParsedDefinition save(Path file, Format format, Document document, ParsedDefinition original)
            throws IOException {
        String text = new AslWriter().write(document.machine(), format, original);
        AtomicFiles.write(file, text);
        DiagramFiles.writeBeside(file, document.diagram(), document.settings());
        try {
            return new AslReader().read(text, format);
        } catch (AslParseException e) {
            throw new IOException("The saved text does not read back: " + e.getMessage(), e);
        }
    }
}
