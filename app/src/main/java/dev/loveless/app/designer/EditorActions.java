package dev.loveless.app.designer;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one registry of the designer's commands: id → label, shortcut, handler and enabled state.
 * Menus, the toolbar, context menus and keyboard shortcuts are all made from it, so a command
 * behaves the same wherever it is invoked and is disabled everywhere at once.
 */
public final class EditorActions {

    /** One command. {@code label} may follow a property (the Undo item names what it undoes). */
    public record Action(String id, String label, ReadOnlyStringProperty liveLabel, KeyCombination shortcut,
                         Runnable handler, ObservableBooleanValue enabled) {
        public Action {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(handler, "handler");
        }

        public boolean isEnabled() {
            return enabled == null || enabled.get();
        }
    }

    private final Map<String, Action> actions = new LinkedHashMap<>();

    /** Registers a command; {@code shortcut} like {@code "Shortcut+Z"}, or {@code null}. */
    public EditorActions add(String id, String label, String shortcut, ObservableBooleanValue enabled, Runnable handler) {
        return add(id, label, null, shortcut, enabled, handler);
    }

    public EditorActions add(String id, String label, ReadOnlyStringProperty liveLabel, String shortcut,
                             ObservableBooleanValue enabled, Runnable handler) {
        if (actions.containsKey(id)) {
            throw new IllegalArgumentException("a command is registered twice: " + id);
        }
        actions.put(id, new Action(id, label, liveLabel, shortcut == null ? null : KeyCombination.keyCombination(shortcut),
                handler, enabled));
        return this;
    }

    /** @return the command, or throws when there is none */
    public Action get(String id) {
        Action action = actions.get(id);
        if (action == null) {
            throw new IllegalArgumentException("no such command: " + id);
        }
        return action;
    }

    public Map<String, Action> all() {
        return java.util.Collections.unmodifiableMap(actions);
    }

    /** Runs a command if it is enabled. @return whether it ran */
    public boolean run(String id) {
        Action action = get(id);
        if (!action.isEnabled()) {
            return false;
        }
        action.handler().run();
        return true;
    }

    /** @return a menu item for the command, with its shortcut shown and its enabled state bound */
    public MenuItem menuItem(String id) {
        Action action = get(id);
        MenuItem item = new MenuItem(action.label());
        item.setId("menu-" + id);
        if (action.liveLabel() != null) {
            item.textProperty().bind(action.liveLabel());
        }
        item.setAccelerator(action.shortcut());
        if (action.enabled() != null) {
            item.disableProperty().bind(BooleanExpression.booleanExpression(action.enabled()).not());
        }
        item.setOnAction(e -> run(id));
        return item;
    }

    /** @return a context-menu item: like a menu item but without a global shortcut of its own */
    public MenuItem contextItem(String id) {
        MenuItem item = menuItem(id);
        item.setId("context-" + id);
        return item;
    }

    /** @return a toolbar button for the command */
    public Button button(String id, javafx.scene.Node graphic) {
        Action action = get(id);
        Button button = new Button(graphic == null ? action.label() : null, graphic);
        button.setId("button-" + id);
        String tip = action.label() + (action.shortcut() == null ? "" : "  (" + action.shortcut().getDisplayText() + ")");
        Tooltip tooltip = new Tooltip(tip);
        if (action.liveLabel() != null) {
            tooltip.textProperty().bind(action.liveLabel());
        }
        button.setTooltip(tooltip);
        if (action.enabled() != null) {
            button.disableProperty().bind(BooleanExpression.booleanExpression(action.enabled()).not());
        }
        button.setOnAction(e -> run(id));
        button.setFocusTraversable(false);
        return button;
    }
}
