package dev.loveless.model.edit;

import dev.loveless.model.StateMachine;
import dev.loveless.model.diagram.Diagram;

import java.util.Objects;

/**
 * What the designer edits: the state machine (semantics) and its diagram (where each state is
 * drawn). Immutable; every change is an {@link Edit} that returns a new document.
 */
public record Document(StateMachine machine, Diagram diagram) {

    public Document {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(diagram, "diagram");
    }

    public Document withMachine(StateMachine newMachine) {
        return new Document(newMachine, diagram);
    }

    public Document withDiagram(Diagram newDiagram) {
        return new Document(machine, newDiagram);
    }
}
