package dev.loveless.model.edit;

import dev.loveless.model.StateMachine;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.WorkflowSettings;

import java.util.Objects;

/**
 * What the designer edits: the state machine (semantics), its diagram (where each state is
 * drawn) and its deploy settings (workflow type and name, which ASL does not carry). Immutable;
 * every change is an {@link Edit} that returns a new document. Edits derive the new document with
 * the {@code with…} methods so that what they do not change is carried over.
 */
public record Document(StateMachine machine, Diagram diagram, WorkflowSettings settings) {

    public Document {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(settings, "settings");
    }

    /** A document with the default settings (Standard, no name). */
    public Document(StateMachine machine, Diagram diagram) {
        this(machine, diagram, WorkflowSettings.DEFAULT);
    }

    public Document withMachine(StateMachine newMachine) {
        return new Document(newMachine, diagram, settings);
    }

    public Document withDiagram(Diagram newDiagram) {
        return new Document(machine, newDiagram, settings);
    }

    /** @return this document with another machine and diagram, the settings kept */
    public Document with(StateMachine newMachine, Diagram newDiagram) {
        return new Document(newMachine, newDiagram, settings);
    }

    public Document withSettings(WorkflowSettings newSettings) {
        return new Document(machine, diagram, newSettings);
    }
}
