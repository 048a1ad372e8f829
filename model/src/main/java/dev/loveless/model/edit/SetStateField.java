package dev.loveless.model.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.io.StateJson;

import java.util.Objects;

/**
 * Sets one value inside a state, addressed by a JSON pointer relative to the state
 * ({@code /InputPath}, {@code /Retry/0/MaxAttempts}, {@code /Choices/1/And/0/Variable}), or removes
 * it ({@code value == null}). Everything else of the state is kept as it was, unknown fields
 * included ({@link StateJson#with}). The diagram follows when the change adds or removes nested
 * states (a Map's processor, a Parallel's branches). This is the edit every inspector field makes.
 *
 * <p>Typing into one field is one undo step: consecutive edits marked {@code typing} of the same
 * state and pointer merge (each holds the whole new value, so the newer one simply wins).
 *
 * @param description what the change does, for the Edit menu ("Change Input path of \"Charge\"")
 * @param typing      whether this edit is one keystroke of a continuous gesture
 */
public record SetStateField(StatePath path, String pointer, JsonNode value, String description, boolean typing)
        implements Edit {

    public SetStateField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(description, "description");
        if (!pointer.startsWith("/") || pointer.equals("/Type")) {
            throw new EditException(pointer.equals("/Type") ? "change a state's type by replacing the state"
                    : "a field is addressed by a JSON pointer such as /InputPath, not '" + pointer + "'");
        }
        value = value == null ? null : value.deepCopy();
    }

    /** @return an edit setting a value of a state (not a keystroke: never merged) */
    public static SetStateField of(StatePath path, String pointer, JsonNode value, String description) {
        return new SetStateField(path, pointer, value, description, false);
    }

    @Override
    public Document apply(Document document) {
        State before = Scopes.requireState(document.machine(), path);
        State after;
        try {
            after = StateJson.with(before, pointer, value);
        } catch (IllegalArgumentException e) {
            throw new EditException(e.getMessage());
        }
        if (after.equals(before)) {
            return document;
        }
        var machine = Scopes.updateState(document.machine(), path, state -> after);
        boolean nested = !dev.loveless.model.StateTree.scopesOf(before).isEmpty()
                || !dev.loveless.model.StateTree.scopesOf(after).isEmpty();
        return nested ? document.with(machine, Placement.completed(machine, document.diagram()))
                : document.withMachine(machine);
    }

    @Override
    public Edit mergedAfter(Edit previous) {
        if (typing && previous instanceof SetStateField earlier && earlier.typing()
                && earlier.path().equals(path) && earlier.pointer().equals(pointer)) {
            return this;
        }
        return null;
    }
}
