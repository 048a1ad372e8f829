package dev.loveless.model.edit;

import dev.loveless.model.diagram.WorkflowSettings;

import java.util.Objects;

/**
 * Changes the deploy settings kept beside the definition: workflow type (Standard/Express) and
 * state machine name. Consecutive keystrokes in the name ({@code typing}) merge into one undo step.
 */
public record SetWorkflowSettings(WorkflowSettings settings, boolean typing) implements Edit {

    public SetWorkflowSettings {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String description() {
        return "Change the workflow's deploy settings";
    }

    @Override
    public Document apply(Document document) {
        return settings.equals(document.settings()) ? document : document.withSettings(settings);
    }

    @Override
    public Edit mergedAfter(Edit previous) {
        return typing && previous instanceof SetWorkflowSettings earlier && earlier.typing() ? this : null;
    }
}
