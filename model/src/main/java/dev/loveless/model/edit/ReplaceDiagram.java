package dev.loveless.model.edit;

import dev.loveless.model.diagram.Diagram;

import java.util.Objects;

/** Replaces the whole diagram, e.g. with a fresh automatic layout ("Tidy up"). */
public record ReplaceDiagram(String description, Diagram diagram) implements Edit {

    public ReplaceDiagram {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(diagram, "diagram");
    }

    @Override
    public Document apply(Document document) {
        return document.withDiagram(diagram);
    }
}
