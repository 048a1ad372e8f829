package dev.loveless.app.designer;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.GenericStyledArea;

import java.util.function.BooleanSupplier;

/**
 * The keyboard shortcuts of a window's commands, working anywhere in it (the menu bar registers
 * them too, but a system menu bar or a hidden menu would not). A key that a text control handles
 * itself (plain keys, select all, the clipboard, undo of the typing) goes to the text while one has
 * the focus; other commands (Find, Save, Open…) work from anywhere.
 */
final class Shortcuts {

    private Shortcuts() {
    }

    /**
     * Registers every command of {@code actions} that has a shortcut on {@code scene}.
     *
     * @param renaming whether an in-place rename is open (then every key belongs to it)
     */
    static void install(Scene scene, EditorActions actions, BooleanSupplier renaming) {
        for (EditorActions.Action action : actions.all().values()) {
            if (action.shortcut() != null) {
                scene.getAccelerators().put(action.shortcut(), () -> {
                    if (!renaming.getAsBoolean()
                            && !(isTextEditing(scene.getFocusOwner()) && textHandles(action.shortcut()))) {
                        actions.run(action.id());
                    }
                });
            }
        }
    }

    /** @return whether keys typed now belong to a text (a field, a drop-down, the code view), not to the commands */
    static boolean isTextEditing(Node focused) {
        return focused instanceof TextInputControl
                || focused instanceof ComboBoxBase
                || focused instanceof GenericStyledArea;
    }

    /**
     * @return whether a text control handles this key itself: plain keys (Delete, arrows, F2…)
     *         and its editing combinations (select all, the clipboard, undo of the typing)
     */
    static boolean textHandles(KeyCombination shortcut) {
        if (!(shortcut instanceof KeyCodeCombination combination)) {
            return false;
        }
        KeyCombination.ModifierValue down = KeyCombination.ModifierValue.DOWN;
        boolean modified = combination.getShortcut() == down || combination.getControl() == down
                || combination.getMeta() == down || combination.getAlt() == down;
        if (!modified) {
            return true;
        }
        switch (combination.getCode()) {
            case A:
            case C:
            case X:
            case V:
            case Z:
            case Y:
                return true;
            default:
                return false;
        }
    }
}
