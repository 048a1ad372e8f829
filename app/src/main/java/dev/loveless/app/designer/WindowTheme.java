package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.app.designer.look.ThemeChoice;
import dev.loveless.exporters.diagram.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The look of a designer window: the user's {@link ThemeChoice} (remembered in the preferences),
 * applied to the controls (AtlantaFX's base theme), to the designer's own style sheet (the
 * {@code dark} style class on the scene's root) and to the diagram's colours. The View menu's Theme
 * submenu always shows the choice in force.
 */
final class WindowTheme {

    private final DiagramCanvas canvas;
    private final Preferences preferences;
    private final List<RadioMenuItem> items = new ArrayList<>();
    private Scene scene;
    private ThemeChoice choice;

    WindowTheme(DiagramCanvas canvas, Preferences preferences) {
        this.canvas = canvas;
        this.preferences = preferences;
    }

    /**
     * Sets the remembered look's base theme before the first control is made: a control finding
     * none loads JavaFX's own (Modena) first, only for it to be replaced.
     */
    static void applyBaseBeforeFirstControl(Preferences preferences) {
        ThemeChoice.applyBase(ThemeChoice.load(preferences).isDark());
    }

    /** Gives {@code windowScene} the remembered look. */
    void start(Scene windowScene) {
        scene = windowScene;
        apply(ThemeChoice.load(preferences));
    }

    /** @return the diagram's colours in force, for images and dialogs drawn like the canvas */
    Theme theme() {
        return isDark() ? Theme.DARK : Theme.LIGHT;
    }

    private boolean isDark() {
        return choice != null && choice.isDark();
    }

    /** Switches between the light and the dark look (a choice remembered from now on). */
    void toggle() {
        choose(isDark() ? ThemeChoice.LIGHT : ThemeChoice.DARK);
    }

    /** @return the Theme submenu: one item per choice, then {@code toggleItem} */
    Menu menu(MenuItem toggleItem) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("Theme");
        for (ThemeChoice each : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(each.label());
            item.setId("theme-" + each.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setUserData(each);
            item.setSelected(each == choice);
            item.setOnAction(e -> choose(each));
            items.add(item);
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), toggleItem);
        return menu;
    }

    private void choose(ThemeChoice chosen) {
        chosen.save(preferences);
        apply(chosen);
    }

    /** Applies a look: AtlantaFX's base theme, the canvas colours and the designer's dark details. */
    private void apply(ThemeChoice chosen) {
        choice = chosen;
        boolean dark = chosen.isDark();
        ThemeChoice.applyBase(dark);
        canvas.setTheme(theme());
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
        items.forEach(item -> item.setSelected(item.getUserData() == chosen));
    }
}
