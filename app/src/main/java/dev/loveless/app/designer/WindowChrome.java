package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.DiagramGeometry;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/**
 * The chrome around a designer window's working area, built from the commands of its
 * {@link EditorActions}: the menu bar, the toolbar (with the view modes and the find field beside
 * it), the status bar (message, counts, zoom, saved or not) and the canvas's context menus. It
 * holds no state of its own: every item runs, and is enabled by, a command.
 */
final class WindowChrome {

    private final EditorViewModel model;
    private final DiagramCanvas canvas;
    private final EditorActions actions;

    WindowChrome(EditorViewModel model, DiagramCanvas canvas, EditorActions actions) {
        this.model = model;
        this.canvas = canvas;
        this.actions = actions;
    }

    /**
     * @param recent       the File menu's Open Recent submenu
     * @param theme        the View menu's Theme submenu
     * @param openTemplate opens a new window on a template
     */
    MenuBar menuBar(Menu recent, Menu theme, Consumer<Templates.Template> openTemplate) {
        Menu templates = new Menu("New from Template");
        for (Templates.Template template : Templates.all()) {
            MenuItem item = new MenuItem(template.title());
            item.setOnAction(e -> openTemplate.accept(template));
            templates.getItems().add(item);
        }
        Menu file = new Menu("File", null, item("new"), templates, item("open"), recent,
                new SeparatorMenuItem(), item("save"), item("save-as"), new SeparatorMenuItem(),
                item("export"), item("export-svg"), item("export-png"),
                new SeparatorMenuItem(),
                item("close"));
        Menu edit = new Menu("Edit", null, item("undo"), item("redo"), new SeparatorMenuItem(),
                item("cut"), item("copy"), item("paste"), item("duplicate"),
                item("delete"), new SeparatorMenuItem(), item("rename"), item("set-start"),
                item("select-all"), item("find"));
        Menu view = new Menu("View", null, item("zoom-in"), item("zoom-out"),
                item("zoom-reset"), item("fit"), item("zoom-selection"),
                new SeparatorMenuItem(), item("view-design"), item("view-code"),
                item("view-split"), new SeparatorMenuItem(), item("reading-mode"),
                item("collapse"), theme);
        Menu arrange = new Menu("Arrange", null, item("tidy"));
        Menu aws = new Menu("AWS", null, item("deploy"), item("run"));
        aws.setId("menu-aws");
        MenuBar bar = new MenuBar(file, edit, view, arrange, aws);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String command) {
        return actions.menuItem(command);
    }

    /**
     * The toolbar, with the view modes and the find field beside it rather than in it: a toolbar
     * moves what does not fit into its overflow menu, and these must always be there.
     */
    Node toolBar(Node find, Node... viewToggles) {
        Label zoom = new Label();
        zoom.textProperty().bind(canvas.viewport().zoomProperty().multiply(100).asString("%.0f %%"));
        zoom.getStyleClass().add("zoom-label");
        ToolBar tools = new ToolBar(
                button("new"), button("open"), button("save"),
                new Separator(),
                button("undo"), button("redo"),
                new Separator(),
                button("delete"), button("tidy"),
                new Separator(),
                button("zoom-out"), zoom, button("zoom-in"), button("fit"),
                new Separator(),
                button("deploy"), button("run"));
        HBox.setHgrow(tools, Priority.ALWAYS);
        HBox modes = new HBox(viewToggles);
        modes.setAlignment(Pos.CENTER);
        HBox beside = new HBox(6, modes, find);
        beside.setAlignment(Pos.CENTER_RIGHT);
        beside.setPadding(new Insets(6, 10, 6, 10));
        // The view modes and the find field keep their size; the toolbar gives way (its overflow menu).
        beside.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(tools, beside);
        bar.setFillHeight(true);
        // One band under the menus: the bar draws the background and the line, its parts none.
        bar.getStyleClass().add("window-bar");
        return bar;
    }

    private Node button(String command) {
        Node button = actions.button(command, null);
        if (button instanceof javafx.scene.layout.Region region) {
            // A narrow window moves buttons into the toolbar's overflow menu; it never shortens their words.
            region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return button;
    }

    /** The status bar: the last message, how many steps (and selected), the zoom, and whether saved. */
    Node statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        Label counts = new Label();
        Runnable countText = () -> counts.setText(model.geometry().states().size() + " steps"
                + (model.selection().isEmpty() ? "" : " · " + model.selection().size() + " selected"));
        model.geometryProperty().addListener((o, a, b) -> countText.run());
        model.selection().addListener((SetChangeListener<StatePath>) c -> countText.run());
        countText.run();
        Label zoom = new Label();
        zoom.textProperty().bind(canvas.viewport().zoomProperty().multiply(100).asString("Zoom %.0f %%"));
        Label state = new Label();
        state.setId("status-file");
        state.textProperty().bind(Bindings.createStringBinding(() -> model.isDirty() ? "Unsaved changes"
                : model.file() == null ? "Not saved yet" : "Saved", model.dirtyProperty(), model.fileProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(18, message, spacer, counts, zoom, state);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Shows the context menu of what was right-clicked: a state, an arrow, or the empty canvas. */
    void contextMenu(MouseEvent event, Object target) {
        ContextMenu menu = new ContextMenu();
        if (target instanceof DiagramGeometry.StateShape) {
            menu.getItems().addAll(actions.contextItem("rename"), actions.contextItem("duplicate"), actions.contextItem("copy"),
                    actions.contextItem("cut"), actions.contextItem("delete"), new SeparatorMenuItem(),
                    actions.contextItem("set-start"), actions.contextItem("collapse"));
        } else if (target instanceof DiagramGeometry.EdgeShape) {
            menu.getItems().add(actions.contextItem("delete"));
        } else {
            menu.getItems().addAll(actions.contextItem("paste"), actions.contextItem("select-all"),
                    new SeparatorMenuItem(), actions.contextItem("tidy"), actions.contextItem("fit"));
        }
        menu.show(canvas, event.getScreenX(), event.getScreenY());
    }
}
