package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/** Shared wording for the graph rules. */
final class Graphs {

    private Graphs() {
    }

    /** @return a note when {@code name} is a state of another scope (transitions cannot cross scopes), else "" */
    static String elsewhere(ValidationContext context, String name) {
        for (StateEntry entry : context.states()) {
            if (entry.name().equals(name)) {
                return " (there is a state of that name at " + entry.path() + ", but a transition cannot leave"
                        + " or enter a Parallel branch or a Map processor)";
            }
        }
        return "";
    }
}
