package dev.loveless.model.edit;

import dev.loveless.model.StateMachine;
import dev.loveless.model.diagram.Placement;

import java.util.Objects;

/**
 * Replaces the whole state machine with one read from edited text (the code view). States that
 * keep their place (their {@link dev.loveless.model.StatePath}) keep their place on the diagram;
 * new ones are placed near their neighbours; gone ones leave the diagram. Consecutive edits
 * marked {@code typing} merge into one undo step.
 */
public record ReplaceMachine(StateMachine machine, boolean typing) implements Edit {

    public ReplaceMachine {
        Objects.requireNonNull(machine, "machine");
    }

    @Override
    public String description() {
        return "Edit the code";
    }

    @Override
    public Document apply(Document document) {
        if (machine.equals(document.machine())) {
            return document;
        }
        return document.with(machine, Placement.completed(machine, document.diagram()));
    }

    @Override
    public Edit mergedAfter(Edit previous) {
        return typing && previous instanceof ReplaceMachine earlier && earlier.typing() ? this : null;
    }
}
