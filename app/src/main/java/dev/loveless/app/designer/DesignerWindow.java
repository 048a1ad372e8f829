package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.app.designer.deploy.DeployDialogs;
import dev.loveless.app.designer.export.ExportDialogs;
import dev.loveless.app.designer.look.ThemeChoice;
import dev.loveless.app.designer.reading.ReadingCard;
import dev.loveless.app.designer.code.CodeView;
import dev.loveless.app.designer.code.CodeViewModel;
import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.app.designer.files.RecentFiles;
import dev.loveless.app.designer.files.Recovery;
import dev.loveless.app.designer.inspector.InspectorView;
import dev.loveless.app.designer.inspector.InspectorViewModel;
import dev.loveless.app.designer.problems.Problem;
import dev.loveless.app.designer.problems.Problems;
import dev.loveless.app.designer.problems.ProblemsView;
import dev.loveless.app.designer.problems.ProblemsViewModel;
import dev.loveless.exporters.diagram.DiagramImages;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.StateKind;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.samples.Samples;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * One designer window: builds the nodes (menus, toolbar, palette, canvas, inspector, problems,
 * status bar) around an {@link EditorViewModel}, registers the commands in {@link EditorActions},
 * and handles what needs a window: file dialogs, confirmations, background work with progress,
 * autosave for recovery and reloading a file changed on disk.
 */
public final class DesignerWindow {

    private static final Logger LOG = LoggerFactory.getLogger(DesignerWindow.class);
    private static int untitledCount;

    private final Stage stage;
    private final EditorViewModel model;
    private final DiagramCanvas canvas;
    private final DeployDialogs deployDialogs;
    private final EditorActions actions = new EditorActions();
    private final InspectorViewModel inspector;
    private final InspectorView inspectorView;
    private final ProblemsView problemsView;
    private final CodeViewModel codeModel;
    private final CodeView codeView;
    private final SplitPane editorArea = new SplitPane();
    private final javafx.scene.control.ToggleGroup viewModes = new javafx.scene.control.ToggleGroup();
    private ViewMode viewMode = ViewMode.DESIGN;
    private final Preferences preferences = Preferences.userNodeForPackage(DesignerWindow.class);
    private final Node palette;
    private final SplitPane middle;
    private final SplitPane vertical;
    private final ReadingCard readingCard;
    private ThemeChoice themeChoice;
    private boolean reading;
    private double[] middleDividers;

    /** What the editing area shows: the canvas, the code, or both side by side. */
    public enum ViewMode { DESIGN, CODE, SPLIT }
    private final StackPane centre;
    private final VBox busy;
    private final Label busyText = new Label();
    private final SimpleBooleanProperty working = new SimpleBooleanProperty();
    private final RecentFiles recent = new RecentFiles(Preferences.userNodeForPackage(DesignerWindow.class));
    private final Recovery recovery = new Recovery(Recovery.defaultHome());
    private final String untitledId = String.valueOf(++untitledCount);
    private final Menu recentMenu = new Menu("Open Recent");
    private final TextField findField = new TextField();
    private FileTime knownModified;
    private boolean darkTheme;

    private DesignerWindow(Stage stage, Document document) {
        this(stage, new EditorViewModel(document, Problems.live()));
    }

    private DesignerWindow(Stage stage, EditorViewModel model) {
        this.stage = stage;
        this.model = model;
        this.canvas = new DiagramCanvas(model);
        this.deployDialogs = new DeployDialogs(stage, model, canvas, () -> darkTheme ? Theme.DARK : Theme.LIGHT);
        registerActions();

        busy = new VBox(10, new ProgressIndicator(), busyText);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(working);
        centre = new StackPane(canvas, busy);

        this.inspector = new InspectorViewModel(model);
        this.inspectorView = new InspectorView(inspector, () -> model.document().machine(), model::undo, model::redo);
        this.codeModel = new CodeViewModel(model);
        this.codeView = new CodeView(codeModel);
        editorArea.getItems().setAll(centre);
        model.selection().addListener((SetChangeListener<StatePath>) change -> {
            StatePath selected = model.singleSelection();
            if (selected != null && viewMode != ViewMode.DESIGN) {
                codeView.reveal(selected);
            }
        });
        palette = SidePanels.palette(this::addAtCentre);
        middle = new SplitPane(palette, editorArea, inspectorView.node());
        middle.setDividerPositions(0.15, 0.75);
        SplitPane.setResizableWithParent(middle.getItems().get(0), false);
        SplitPane.setResizableWithParent(middle.getItems().get(2), false);
        this.problemsView = new ProblemsView(new ProblemsViewModel(model.problems()), this::openProblem);
        model.problems().addListener((javafx.collections.ListChangeListener<Problem>) change -> canvas.requestDraw());
        vertical = new SplitPane(middle, problemsView.node());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.84);
        SplitPane.setResizableWithParent(vertical.getItems().get(1), false);

        readingCard = new ReadingCard(model);
        centre.getChildren().add(readingCard.node());
        StackPane.setAlignment(readingCard.node(), Pos.BOTTOM_LEFT);
        BorderPane root = new BorderPane(vertical);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusBar());
        canvas.setOnContextMenu(this::contextMenu);

        Scene scene = new Scene(root, Double.parseDouble(System.getProperty("loveless.width", "1440")),
                Double.parseDouble(System.getProperty("loveless.height", "900")));
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        // Shortcuts of the commands work anywhere in the window (the menu bar registers them too).
        for (EditorActions.Action action : actions.all().values()) {
            if (action.shortcut() != null) {
                scene.getAccelerators().put(action.shortcut(), () -> {
                    if (!canvas.isRenaming()
                            && !(isTextEditing(scene.getFocusOwner()) && textHandles(action.shortcut()))) {
                        actions.run(action.id());
                    }
                });
            }
        }
        stage.setScene(scene);
        applyTheme(ThemeChoice.load(preferences));
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!confirmDiscard("closing")) {
                event.consume();
            } else {
                recovery.discard(recoveryFile());
            }
        });
        startTimers();
    }

    /** @return whether keys typed now belong to a text (a field, a drop-down, the code view), not to the commands */
    private static boolean isTextEditing(javafx.scene.Node focused) {
        return focused instanceof javafx.scene.control.TextInputControl
                || focused instanceof javafx.scene.control.ComboBoxBase
                || focused instanceof org.fxmisc.richtext.GenericStyledArea;
    }

    /**
     * @return whether a text control handles this key itself: plain keys (Delete, arrows, F2…)
     *         and its editing combinations (select all, the clipboard, undo of the typing); other
     *         commands (Find, Save, Open…) work from anywhere
     */
    private static boolean textHandles(javafx.scene.input.KeyCombination shortcut) {
        if (!(shortcut instanceof javafx.scene.input.KeyCodeCombination combination)) {
            return false;
        }
        javafx.scene.input.KeyCombination.ModifierValue down = javafx.scene.input.KeyCombination.ModifierValue.DOWN;
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

    /** Opens a window on the built-in sample (made ready in the background if the launcher started it early). */
    public static DesignerWindow openSample(Stage stage) {
        SampleStart.Ready sample = SampleStart.take(Problems.live());
        DesignerWindow window = new DesignerWindow(stage, new EditorViewModel(sample.prepared(), Problems.live()));
        window.model.setSource(null, Samples.SAMPLE_NAME, Format.JSON, sample.sample());
        window.show();
        return window;
    }

    /** Opens a window and loads {@code file} into it in the background. */
    public static DesignerWindow openFile(Stage stage, Path file) {
        StateMachine empty = StateMachine.of(null, dev.loveless.model.States.EMPTY);
        DesignerWindow window = new DesignerWindow(stage, new Document(empty, dev.loveless.model.diagram.Diagram.EMPTY));
        window.model.setSource(file, null, Format.of(file), null);
        window.show();
        window.load(file);
        return window;
    }

    /** Opens a window on a document made elsewhere (a new, unsaved document named {@code name}). */
    public static DesignerWindow openDocument(Stage stage, Document document, String name) {
        DesignerWindow window = new DesignerWindow(stage, document);
        window.model.setSource(null, name, Format.JSON, null);
        window.show();
        return window;
    }

    /** Opens a window on a template (a new, unsaved document). */
    public static DesignerWindow openTemplate(Stage stage, Templates.Template template) {
        DesignerWindow window = new DesignerWindow(stage, DocumentFiles.documentOf(template.machine(), null));
        window.model.setSource(null, template.fileName(), Format.JSON, null);
        window.show();
        return window;
    }

    public EditorViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public EditorActions actions() {
        return actions;
    }

    public DeployDialogs deployDialogs() {
        return deployDialogs;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public InspectorView inspectorView() {
        return inspectorView;
    }

    public ProblemsView problemsView() {
        return problemsView;
    }

    /** Shows a problem: selects its state (or the workflow) and focuses its field in the inspector. */
    public void openProblem(Problem problem) {
        if (problem.path() != null && model.geometry().state(problem.path()) != null) {
            model.selectOnly(problem.path());
            canvas.reveal(problem.path());
        } else if (problem.path() == null) {
            model.selectOnly(null);
        }
        CodeViewModel.Marker marker = viewMode == ViewMode.CODE ? codeModel.markerOf(problem) : null;
        if (marker != null) {
            codeView.goToLine(marker.line(), marker.column());
        } else if (viewMode == ViewMode.CODE && problem.line() > 0) {
            codeView.goToLine(problem.line(), problem.column());
        } else if (!problem.field().isEmpty()) {
            inspector.focusField(problem.field());
        }
    }

    /** Shows the canvas, the code or both. */
    public void setViewMode(ViewMode mode) {
        viewMode = mode;
        switch (mode) {
            case CODE:
                editorArea.getItems().setAll(codeView.node());
                break;
            case SPLIT:
                editorArea.getItems().setAll(centre, codeView.node());
                editorArea.setDividerPositions(0.55);
                break;
            default:
                editorArea.getItems().setAll(centre);
                break;
        }
        codeModel.setActive(mode != ViewMode.DESIGN);
        viewModes.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == mode));
        if (mode != ViewMode.DESIGN && model.singleSelection() != null) {
            javafx.application.Platform.runLater(() -> codeView.reveal(model.singleSelection()));
        }
    }

    public ViewMode viewMode() {
        return viewMode;
    }

    public CodeView codeView() {
        return codeView;
    }

    private void show() {
        stage.show();
        StartupProbe.attach(stage.getScene());
        Platform.runLater(canvas::fitAll);
        canvas.surface().requestFocus();
    }

    // ---- commands --------------------------------------------------------------------------------

    private void registerActions() {
        BooleanBinding hasSelection = Bindings.isNotEmpty(model.selection());
        BooleanBinding single = Bindings.size(model.selection()).isEqualTo(1);
        BooleanBinding deletable = hasSelection.or(model.selectedEdgeProperty().isNotNull());
        actions.add("new", "New", "Shortcut+N", null, this::newDocument)
                .add("open", "Open…", "Shortcut+O", null, this::open)
                .add("save", "Save", "Shortcut+S", null, this::save)
                .add("save-as", "Save As…", "Shortcut+Shift+S", null, this::saveAs)
                .add("export", "Export…", "Shortcut+E", null, () -> ExportDialogs.open(stage, model))
                .add("deploy", "Deploy…", "Shortcut+Shift+D", null, deployDialogs::deploy)
                .add("run", "Run…", "Shortcut+R", null, deployDialogs::run)
                .add("export-svg", "Export Diagram as SVG…", null, null, () -> export(DiagramImages.ImageFormat.SVG))
                .add("export-png", "Export Diagram as PNG…", null, null, () -> export(DiagramImages.ImageFormat.PNG))
                .add("close", "Close Window", "Shortcut+W", null, this::close)
                .add("undo", "Undo", model.undoTextProperty(), "Shortcut+Z", model.canUndoProperty(), model::undo)
                .add("redo", "Redo", model.redoTextProperty(), "Shortcut+Shift+Z", model.canRedoProperty(), model::redo)
                .add("redo-y", "Redo", model.redoTextProperty(), "Shortcut+Y", model.canRedoProperty(), model::redo)
                .add("cut", "Cut", "Shortcut+X", hasSelection, this::cut)
                .add("copy", "Copy", "Shortcut+C", hasSelection, this::copy)
                .add("paste", "Paste", "Shortcut+V", null, this::paste)
                .add("duplicate", "Duplicate", "Shortcut+D", hasSelection, model::duplicate)
                .add("delete", "Delete", "Delete", deletable, model::deleteSelection)
                .add("delete-back", "Delete", "Backspace", deletable, model::deleteSelection)
                .add("rename", "Rename", "F2", single, canvas::startRename)
                .add("select-all", "Select All", "Shortcut+A", null, model::selectAll)
                .add("set-start", "Start Here", null, single, () -> model.setStart(model.singleSelection()))
                .add("collapse", "Collapse or Expand", null, single, () -> model.toggleCollapsed(model.singleSelection()))
                .add("find", "Find Step…", "Shortcut+F", null, () -> {
                    findField.requestFocus();
                    findField.selectAll();
                })
                .add("zoom-in", "Zoom In", "Shortcut+Plus", null, () -> canvas.viewport().zoomBy(1.25))
                .add("zoom-in-eq", "Zoom In", "Shortcut+Equals", null, () -> canvas.viewport().zoomBy(1.25))
                .add("zoom-out", "Zoom Out", "Shortcut+Minus", null, () -> canvas.viewport().zoomBy(0.8))
                .add("zoom-reset", "Actual Size", "Shortcut+0", null, () -> canvas.viewport().zoomProperty().set(1))
                .add("fit", "Fit to Window", "Shortcut+1", null, canvas::fitAll)
                .add("zoom-selection", "Zoom to Selection", "Shortcut+2", hasSelection, canvas::zoomToSelection)
                .add("tidy", "Tidy Up", "Shortcut+Shift+L", working.not(), this::tidyUp)
                .add("theme", "Dark Theme", null, null, this::toggleTheme)
                .add("reading-mode", "Reading Mode", "Shortcut+Shift+R", null, this::toggleReading)
                .add("view-design", "Design", "Shortcut+Alt+1", null, () -> setViewMode(ViewMode.DESIGN))
                .add("view-code", "Code", "Shortcut+Alt+2", null, () -> setViewMode(ViewMode.CODE))
                .add("view-split", "Design and Code", "Shortcut+Alt+3", null, () -> setViewMode(ViewMode.SPLIT));
    }

    private MenuBar menuBar() {
        Menu templates = new Menu("New from Template");
        for (Templates.Template template : Templates.all()) {
            MenuItem item = new MenuItem(template.title());
            item.setOnAction(e -> openTemplate(new Stage(), template));
            templates.getItems().add(item);
        }
        refreshRecent();
        Menu file = new Menu("File", null, actions.menuItem("new"), templates, actions.menuItem("open"), recentMenu,
                new SeparatorMenuItem(), actions.menuItem("save"), actions.menuItem("save-as"), new SeparatorMenuItem(),
                actions.menuItem("export"), actions.menuItem("export-svg"), actions.menuItem("export-png"),
                new SeparatorMenuItem(),
                actions.menuItem("close"));
        Menu edit = new Menu("Edit", null, actions.menuItem("undo"), actions.menuItem("redo"), new SeparatorMenuItem(),
                actions.menuItem("cut"), actions.menuItem("copy"), actions.menuItem("paste"), actions.menuItem("duplicate"),
                actions.menuItem("delete"), new SeparatorMenuItem(), actions.menuItem("rename"), actions.menuItem("set-start"),
                actions.menuItem("select-all"), actions.menuItem("find"));
        Menu view = new Menu("View", null, actions.menuItem("zoom-in"), actions.menuItem("zoom-out"),
                actions.menuItem("zoom-reset"), actions.menuItem("fit"), actions.menuItem("zoom-selection"),
                new SeparatorMenuItem(), actions.menuItem("view-design"), actions.menuItem("view-code"),
                actions.menuItem("view-split"), new SeparatorMenuItem(), actions.menuItem("reading-mode"),
                actions.menuItem("collapse"), themeMenu());
        Menu arrange = new Menu("Arrange", null, actions.menuItem("tidy"));
        Menu aws = new Menu("AWS", null, actions.menuItem("deploy"), actions.menuItem("run"));
        aws.setId("menu-aws");
        MenuBar bar = new MenuBar(file, edit, view, arrange, aws);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * The toolbar, with the view modes and the find field beside it rather than in it: a toolbar
     * moves what does not fit into its overflow menu, and these must always be there.
     */
    private Node toolBar() {
        findField.setPromptText("Find a step  (Ctrl+F)");
        findField.setId("find");
        findField.setPrefWidth(220);
        findField.setOnAction(e -> find(findField.getText()));
        Label zoom = new Label();
        zoom.textProperty().bind(canvas.viewport().zoomProperty().multiply(100).asString("%.0f %%"));
        zoom.getStyleClass().add("zoom-label");
        ToolBar tools = new ToolBar(
                actions.button("new", null), actions.button("open", null), actions.button("save", null),
                new javafx.scene.control.Separator(),
                actions.button("undo", null), actions.button("redo", null),
                new javafx.scene.control.Separator(),
                actions.button("delete", null), actions.button("tidy", null),
                new javafx.scene.control.Separator(),
                actions.button("zoom-out", null), zoom, actions.button("zoom-in", null), actions.button("fit", null),
                new javafx.scene.control.Separator(),
                actions.button("deploy", null), actions.button("run", null));
        HBox.setHgrow(tools, Priority.ALWAYS);
        HBox modes = new HBox(viewToggle(ViewMode.DESIGN, "Design"), viewToggle(ViewMode.CODE, "Code"),
                viewToggle(ViewMode.SPLIT, "Split"));
        modes.setAlignment(javafx.geometry.Pos.CENTER);
        HBox find = new HBox(12, modes, findField);
        find.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        find.setPadding(new javafx.geometry.Insets(0, 8, 0, 8));
        find.getStyleClass().add("tool-bar");
        HBox bar = new HBox(tools, find);
        bar.setFillHeight(true);
        return bar;
    }

    private final List<javafx.scene.control.RadioMenuItem> themeItems = new java.util.ArrayList<>();

    private Menu themeMenu() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        Menu menu = new Menu("Theme");
        for (ThemeChoice choice : ThemeChoice.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(choice.label());
            item.setId("theme-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setUserData(choice);
            item.setSelected(choice == themeChoice);
            item.setOnAction(e -> chooseTheme(choice));
            themeItems.add(item);
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), actions.menuItem("theme"));
        return menu;
    }

    private javafx.scene.control.ToggleButton viewToggle(ViewMode mode, String text) {
        javafx.scene.control.ToggleButton button = new javafx.scene.control.ToggleButton(text);
        button.setId("view-" + mode.name().toLowerCase(java.util.Locale.ROOT));
        button.setToggleGroup(viewModes);
        button.setUserData(mode);
        button.setSelected(mode == viewMode);
        button.getStyleClass().add("view-toggle");
        button.setFocusTraversable(false);
        button.setTooltip(new javafx.scene.control.Tooltip(mode == ViewMode.DESIGN ? "The diagram (Ctrl+Alt+1)"
                : mode == ViewMode.CODE ? "The definition as text (Ctrl+Alt+2)" : "Both side by side (Ctrl+Alt+3)"));
        button.setOnAction(e -> setViewMode(mode));
        return button;
    }

    private HBox statusBar() {
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

    private void contextMenu(javafx.scene.input.MouseEvent event, Object target) {
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

    private void addAtCentre(StateKind kind) {
        double[] centre = canvas.centre();
        model.addState(kind, centre[0], centre[1]);
    }

    private void find(String text) {
        List<StatePath> found = model.find(text);
        if (found.isEmpty()) {
            model.messageProperty().set("No step is named like \"" + text.strip() + "\".");
            return;
        }
        StatePath current = model.singleSelection();
        int next = current == null ? 0 : (found.indexOf(current) + 1) % found.size();
        model.selectOnly(found.get(next));
        canvas.reveal(found.get(next));
        model.messageProperty().set("Found " + found.size() + (found.size() == 1 ? " step" : " steps") + " (Enter for the next)");
    }

    // ---- clipboard -------------------------------------------------------------------------------

    private void copy() {
        String text = model.copySelection();
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void cut() {
        copy();
        model.deleteSelection();
    }

    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null) {
            model.paste(text, 36, 36);
        }
    }

    // ---- files -----------------------------------------------------------------------------------

    private void newDocument() {
        openTemplate(new Stage(), Templates.blank());
    }

    private void open() {
        FileChooser chooser = definitionChooser("Open a workflow");
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openPath(chosen.toPath());
        }
    }

    private void openPath(Path path) {
        if (model.file() == null && !model.isDirty() && model.documentProperty().get().machine().statesOrEmpty().isEmpty()) {
            model.setSource(path, null, Format.of(path), null);
            load(path);
        } else {
            openFile(new Stage(), path);
        }
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path path : recent.list()) {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(e -> openPath(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /**
     * Reads a file in the background with a progress indicator; a broken file is reported, nothing
     * lost. Everything a large machine costs happens there: reading, validating (on a second core,
     * while the layout runs) and working out its shapes, so the window only has to show it.
     */
    private void load(Path file) {
        background("Opening " + file.getFileName() + "…", () -> readAndPrepare(file), loaded -> {
            long start = System.nanoTime();
            DocumentFiles.Opened opened = loaded.opened();
            model.reload(loaded.prepared(), opened.original());
            long shown = System.nanoTime();
            model.setSource(file, null, Format.of(file), opened.original());
            knownModified = modified(file);
            recent.add(file);
            refreshRecent();
            canvas.fitAll();
            LOG.debug("{}: shown in {} ms, then {} ms more", file.getFileName(), (shown - start) / 1_000_000,
                    (System.nanoTime() - shown) / 1_000_000);
            model.messageProperty().set(opened.warning() != null ? opened.warning()
                    : "Opened " + file.getFileName() + " — " + opened.document().diagram().bounds().size() + " steps");
            offerRecovery();
        }, error -> {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            String text = cause instanceof AslParseException parse ? parse.getMessage() : cause.getMessage();
            int line = cause instanceof AslParseException parse ? parse.line() : 0;
            int column = cause instanceof AslParseException parse ? parse.column() : 0;
            model.setFileProblems(List.of(new Problem(Problem.Severity.ERROR, "INVALID_JSON_DESCRIPTION", null,
                    file.getFileName() + " cannot be opened: " + text, line, column)));
            model.messageProperty().set(file.getFileName() + " cannot be opened: " + text);
            // The window no longer stands for the file: a Save must not write this empty
            // workflow over the user's broken one (Save asks where, as for a new workflow).
            model.setSource(null, file.getFileName() + " (not opened)", Format.of(file), null);
        });
    }

    /** A file read and made ready to show. */
    private record Loaded(DocumentFiles.Opened opened, EditorViewModel.Prepared prepared) {
    }

    /** Runs in the background: reads, lays out, validates (meanwhile, on another core) and works out the shapes. */
    private Loaded readAndPrepare(Path file) {
        try {
            long start = System.nanoTime();
            long[] read = new long[1];
            List<CompletableFuture<List<Problem>>> problems = new ArrayList<>(1);
            // The validator reads only the machine: it can start before the layout is done.
            DocumentFiles.Opened opened = DocumentFiles.open(file, machine -> {
                read[0] = System.nanoTime();
                problems.add(CompletableFuture.supplyAsync(() -> model.problemsOf(new Document(machine, Diagram.EMPTY))));
            });
            long laidOut = System.nanoTime();
            Document document = opened.document();
            DiagramGeometry geometry = DiagramGeometry.of(document.machine(), document.diagram());
            long shaped = System.nanoTime();
            List<Problem> found = problems.get(0).join();
            LOG.debug("{}: read in {} ms, laid out in {} ms, shapes in {} ms, problems {} ms later", file.getFileName(),
                    (read[0] - start) / 1_000_000, (laidOut - read[0]) / 1_000_000, (shaped - laidOut) / 1_000_000,
                    (System.nanoTime() - shaped) / 1_000_000);
            return new Loaded(opened, new EditorViewModel.Prepared(document, geometry, found));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (AslParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void save() {
        if (model.file() == null) {
            saveAs();
            return;
        }
        saveTo(model.file(), model.format());
    }

    private void saveAs() {
        FileChooser chooser = definitionChooser("Save the workflow");
        String name = model.displayNameProperty().get();
        chooser.setInitialFileName(name.endsWith(".json") || name.endsWith(".yaml") ? name : name + ".asl.json");
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            saveTo(chosen.toPath(), Format.of(chosen.toPath()));
        }
    }

    /** Saves without a dialog (the tests call it); the old recovery copy goes. */
    public boolean saveTo(Path path, Format format) {
        Path oldRecovery = recoveryFile();
        try {
            model.save(path, format);
            knownModified = modified(path);
            recovery.discard(oldRecovery);
            recent.add(path);
            refreshRecent();
            return true;
        } catch (IOException e) {
            error("The workflow could not be saved", path + ": " + e.getMessage());
            return false;
        }
    }

    private void export(DiagramImages.ImageFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the diagram");
        String extension = format == DiagramImages.ImageFormat.SVG ? "svg" : "png";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " image", "*." + extension));
        String base = model.displayNameProperty().get().replaceFirst("(\\.asl)?\\.(json|ya?ml)$", "");
        chooser.setInitialFileName(base + (model.selection().isEmpty() ? "" : "-selection") + "." + extension);
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Set<StatePath> selection = Set.copyOf(model.selection());
        DiagramGeometry geometry = model.geometry();
        Theme theme = darkTheme ? Theme.DARK : Theme.LIGHT;
        background("Exporting…", () -> {
            try {
                dev.loveless.model.io.AtomicFiles.write(chosen.toPath(), DiagramImages.export(geometry, selection, theme, format));
                return chosen.toPath();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, path -> model.messageProperty().set("Exported " + path.getFileName()),
                error -> error("The diagram could not be exported", error.getMessage()));
    }

    private void close() {
        if (confirmDiscard("closing")) {
            recovery.discard(recoveryFile());
            stage.close();
        }
    }

    private FileChooser definitionChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Step Functions workflows (*.json, *.yaml)", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (model.file() != null && model.file().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(model.file().toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** @return whether unsaved changes may be lost (there are none, or the user says so or saves them) */
    private boolean confirmDiscard(String doing) {
        if (!model.isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                saveButton, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save the changes to " + model.displayNameProperty().get() + " before " + doing + "?");
        alert.initOwner(stage);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == saveButton) {
            save();
            return !model.isDirty();
        }
        return true;
    }

    private void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    // ---- background work, autosave, reload -------------------------------------------------------

    private <T> void background(String what, Supplier<T> work, java.util.function.Consumer<T> done,
                                java.util.function.Consumer<Throwable> failed) {
        busyText.setText(what);
        working.set(true);
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> {
            working.set(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            working.set(false);
            LOG.warn("{} failed", what, task.getException());
            failed.accept(task.getException());
        });
        Thread thread = new Thread(task, "loveless-background");
        thread.setDaemon(true);
        thread.start();
    }

    private void tidyUp() {
        Document document = model.document();
        background("Laying out " + model.geometry().states().size() + " steps…", () -> DocumentFiles.tidy(document),
                diagram -> {
                    if (model.document() == document) {
                        model.applyLayout(diagram);
                        canvas.fitAll();
                    } else {
                        model.messageProperty().set("The workflow changed during the layout: tidy up again.");
                    }
                }, error -> error("The layout failed", String.valueOf(error.getMessage())));
    }

    /** Switches between the light and the dark look (a choice remembered from now on). */
    private void toggleTheme() {
        chooseTheme(darkTheme ? ThemeChoice.LIGHT : ThemeChoice.DARK);
    }

    private void chooseTheme(ThemeChoice choice) {
        choice.save(preferences);
        applyTheme(choice);
    }

    /** Applies a look: AtlantaFX's base theme, the canvas colours and the designer's dark details. */
    private void applyTheme(ThemeChoice choice) {
        themeChoice = choice;
        darkTheme = choice.isDark();
        ThemeChoice.applyBase(darkTheme);
        canvas.setTheme(darkTheme ? Theme.DARK : Theme.LIGHT);
        Scene scene = stage.getScene();
        scene.getRoot().getStyleClass().remove("dark");
        if (darkTheme) {
            scene.getRoot().getStyleClass().add("dark");
        }
        themeItems.forEach(item -> item.setSelected(item.getUserData() == choice));
    }

    /** The reading mode, for presentations: only the diagram, larger, and a card about the step clicked. */
    private void toggleReading() {
        reading = !reading;
        Scene scene = stage.getScene();
        if (reading) {
            middleDividers = middle.getDividerPositions();
            middle.getItems().setAll(editorArea);
            vertical.getItems().setAll(middle);
            scene.getRoot().getStyleClass().add("reading");
            javafx.application.Platform.runLater(canvas::fitAll);
        } else {
            middle.getItems().setAll(palette, editorArea, inspectorView.node());
            middle.setDividerPositions(middleDividers);
            vertical.getItems().setAll(middle, problemsView.node());
            vertical.setDividerPositions(0.84);
            scene.getRoot().getStyleClass().remove("reading");
        }
        readingCard.setActive(reading);
        model.messageProperty().set(reading ? "Reading mode: click a step to read about it (Ctrl+Shift+R to leave)." : "");
    }

    /** @return whether the reading mode is on */
    public boolean isReading() {
        return reading;
    }

    private Path recoveryFile() {
        return recovery.fileFor(model.file(), untitledId);
    }

    private void startTimers() {
        // Autosave for recovery every 20 s while there are unsaved changes; watch the file every 2 s.
        javafx.animation.Timeline autosave = new javafx.animation.Timeline(new javafx.animation.KeyFrame(Duration.seconds(20), e -> {
            if (model.isDirty()) {
                try {
                    recovery.write(recoveryFile(), model.document());
                } catch (IOException ex) {
                    LOG.warn("autosave failed", ex);
                }
            }
        }));
        autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosave.play();
        javafx.animation.Timeline watch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(Duration.seconds(2), e -> checkChangedOnDisk()));
        watch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        watch.play();
    }

    private void checkChangedOnDisk() {
        Path file = model.file();
        if (file == null || knownModified == null || working.get()) {
            return;
        }
        FileTime now = modified(file);
        if (now == null || now.equals(knownModified)) {
            return;
        }
        knownModified = now;
        if (model.isDirty()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    "Reload it and lose your unsaved changes, or keep your version?",
                    new ButtonType("Reload", ButtonBar.ButtonData.YES), new ButtonType("Keep Mine", ButtonBar.ButtonData.NO));
            alert.setHeaderText(file.getFileName() + " was changed by another program.");
            alert.initOwner(stage);
            Optional<ButtonType> answer = alert.showAndWait();
            if (answer.isEmpty() || answer.get().getButtonData() != ButtonBar.ButtonData.YES) {
                return;
            }
        }
        load(file);
    }

    private void offerRecovery() {
        Path copy = recoveryFile();
        if (!recovery.hasNewerCopy(copy, model.file())) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Loveless did not close normally while this workflow had unsaved changes. Restore them?",
                new ButtonType("Restore", ButtonBar.ButtonData.YES), new ButtonType("Discard", ButtonBar.ButtonData.NO));
        alert.setHeaderText("Recover unsaved changes?");
        alert.initOwner(stage);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.YES) {
            try {
                var opened = DocumentFiles.open(copy);
                model.restore(opened.document());
                model.messageProperty().set("Restored the unsaved changes.");
            } catch (IOException | AslParseException e) {
                error("The recovery copy cannot be read", e.getMessage());
            }
        } else {
            recovery.discard(copy);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Unused in code; keeps the sidecar helper referenced for readers looking for where it is saved. */
    static Path sidecarOf(Path file) {
        return DiagramFiles.sidecarOf(file);
    }

    Pane centre() {
        return centre;
    }
}
