package dev.loveless.model.edit;

import dev.loveless.model.ParallelState;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;

/** Finds the Parallel state a branch edit works on. */
final class Branches {

    private Branches() {
    }

    static ParallelState require(Document document, StatePath path) {
        State state = Scopes.requireState(document.machine(), path);
        if (!(state instanceof ParallelState parallel)) {
            throw new EditException("\"" + path.name() + "\" is not a Parallel state: it has no branches.");
        }
        return parallel;
    }
}
