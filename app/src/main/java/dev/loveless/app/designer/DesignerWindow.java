package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.app.designer.code.CodeView;
import dev.loveless.app.designer.code.CodeViewModel;
import dev.loveless.app.designer.deploy.DeployDialogs;
import dev.loveless.app.designer.export.ExportDialogs;
import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.app.designer.inspector.InspectorView;
import dev.loveless.app.designer.inspector.InspectorViewModel;
import dev.loveless.app.designer.problems.Problem;
import dev.loveless.app.designer.problems.Problems;
import dev.loveless.app.designer.problems.ProblemsView;
import dev.loveless.app.designer.problems.ProblemsViewModel;
import dev.loveless.app.designer.reading.ReadingCard;
import dev.loveless.exporters.diagram.DiagramImages;
import dev.loveless.model.StateMachine;
import dev.loveless.model.States;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.samples.Samples;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * One designer window: wires the parts around an {@link EditorViewModel} — the canvas, inspector,
 * problems and code views; the {@link WindowChrome} (menus, toolbar, status bar), the
 * {@link ViewModes}, the {@link FindBar}, the {@link WindowTheme}; the {@link FileCommands},
 * {@link EditCommands} and {@link BackgroundWork} — and registers every command in its
 * {@link EditorActions}, which the menus, the toolbar, context menus and {@link Shortcuts} all run.
 * While the shapes of a large machine are worked out after an edit, a {@link ShapesPendingBadge}
 * says so over the canvas.
 */
public final class DesignerWindow {

    /** What the editing area shows: the canvas, the code, or both side by side. */
    public enum ViewMode { DESIGN, CODE, SPLIT }

    private final Stage stage;
    private final EditorViewModel model;
    private final DiagramCanvas canvas;
    private final DeployDialogs deployDialogs;
    private final EditorActions actions = new EditorActions();
    private final InspectorViewModel inspector;
    private final InspectorView inspectorView;
    private final ProblemsView problemsView;
    private final CodeView codeView;
    private final StackPane centre;
    private final BackgroundWork work = new BackgroundWork();
    private final WindowTheme theme;
    private final FindBar findBar;
    private final FileCommands files;
    private final EditCommands edits;
    private final ViewModes viewModes;

    /**
     * When the side panels (palette, inspector, problems) come: with the window, or just after its
     * first frame, which shows the window sooner (the app's start does that; see {@link LatePanels}).
     */
    public enum Arrival { WITH_THE_WINDOW, AFTER_FIRST_FRAME }

    private DesignerWindow(Stage stage, Document document, Arrival arrival) {
        this(stage, new EditorViewModel(document, Problems.live()), arrival);
    }

    private DesignerWindow(Stage stage, EditorViewModel model, Arrival arrival) {
        this.stage = stage;
        this.model = model;
        this.canvas = new DiagramCanvas(model);
        Preferences preferences = preferences();
        this.theme = new WindowTheme(canvas, preferences);
        this.deployDialogs = new DeployDialogs(stage, model, canvas, theme::theme);
        this.findBar = new FindBar(model, canvas);
        this.files = new FileCommands(stage, model, canvas, work, preferences, theme::theme);
        this.edits = new EditCommands(stage, model, canvas, work);
        this.inspector = new InspectorViewModel(model);
        this.inspectorView = new InspectorView(inspector, () -> model.document().machine(), model::undo, model::redo);
        CodeViewModel codeModel = new CodeViewModel(model);
        this.codeView = new CodeView(codeModel);
        this.problemsView = new ProblemsView(new ProblemsViewModel(model.problems()), this::openProblem);
        model.problems().addListener((ListChangeListener<Problem>) change -> canvas.requestDraw());

        ReadingCard readingCard = new ReadingCard(model);
        centre = new StackPane(canvas, new ShapesPendingBadge(model.shapesPendingProperty()).node(), work.overlay(),
                readingCard.node());
        StackPane.setAlignment(readingCard.node(), Pos.BOTTOM_LEFT);
        Supplier<Node> makePalette = () -> SidePanels.palette(edits::addAtCentre);
        Node palette;
        Node inspectorPanel;
        Node problemsPanel;
        if (arrival == Arrival.AFTER_FIRST_FRAME) {
            LatePanels late = new LatePanels();
            palette = late.place(makePalette, true);
            inspectorPanel = late.place(inspectorView::node, true);
            problemsPanel = late.place(problemsView::node, false);
        } else {
            palette = makePalette.get();
            inspectorPanel = inspectorView.node();
            problemsPanel = problemsView.node();
        }
        viewModes = new ViewModes(model, canvas, centre, codeModel, codeView, palette, inspectorPanel, problemsPanel,
                readingCard);
        registerActions();

        WindowChrome chrome = new WindowChrome(model, canvas, actions);
        BorderPane root = new BorderPane(viewModes.node());
        root.setTop(new VBox(chrome.menuBar(files.recentMenu(), theme.menu(actions.menuItem("theme")),
                        template -> openTemplate(new Stage(), template)),
                chrome.toolBar(findBar.node(), viewModes.toggle(ViewMode.DESIGN, "Design"),
                        viewModes.toggle(ViewMode.CODE, "Code"), viewModes.toggle(ViewMode.SPLIT, "Split"))));
        root.setBottom(chrome.statusBar());
        canvas.setOnContextMenu(chrome::contextMenu);

        Scene scene = new Scene(root, Double.parseDouble(System.getProperty("loveless.width", "1440")),
                Double.parseDouble(System.getProperty("loveless.height", "900")));
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        Shortcuts.install(scene, actions, canvas::isRenaming);
        stage.setScene(scene);
        theme.start(scene);
        stage.titleProperty().bind(model.titleProperty());
        files.start();
    }

    /** @return where the designer remembers the user's choices (theme, recent files) */
    static Preferences preferences() {
        return Preferences.userNodeForPackage(DesignerWindow.class);
    }

    /** Opens a window on the built-in sample (made ready in the background if the launcher started it early). */
    public static DesignerWindow openSample(Stage stage) {
        return openSample(stage, Arrival.WITH_THE_WINDOW);
    }

    /** Opens a window on the built-in sample, its side panels arriving as asked. */
    public static DesignerWindow openSample(Stage stage, Arrival arrival) {
        SampleStart.Ready sample = SampleStart.take();
        DesignerWindow window = new DesignerWindow(stage, new EditorViewModel(sample.prepared(), sample.problems()), arrival);
        window.model.setSource(null, Samples.SAMPLE_NAME, Format.JSON, sample.sample());
        window.show();
        return window;
    }

    /** Opens a window and loads {@code file} into it in the background. */
    public static DesignerWindow openFile(Stage stage, Path file) {
        return openFile(stage, file, Arrival.WITH_THE_WINDOW);
    }

    /** Opens a window and loads {@code file} into it in the background, its side panels arriving as asked. */
    public static DesignerWindow openFile(Stage stage, Path file, Arrival arrival) {
        StateMachine empty = StateMachine.of(null, States.EMPTY);
        DesignerWindow window = new DesignerWindow(stage, new Document(empty, Diagram.EMPTY), arrival);
        window.model.setSource(file, null, Format.of(file), null);
        window.show();
        window.files.load(file);
        return window;
    }

    /** Opens a window on a document made elsewhere (a new, unsaved document named {@code name}). */
    public static DesignerWindow openDocument(Stage stage, Document document, String name) {
        DesignerWindow window = new DesignerWindow(stage, document, Arrival.WITH_THE_WINDOW);
        window.model.setSource(null, name, Format.JSON, null);
        window.show();
        return window;
    }

    /** Opens a window on a template (a new, unsaved document). */
    public static DesignerWindow openTemplate(Stage stage, Templates.Template template) {
        DesignerWindow window = new DesignerWindow(stage, DocumentFiles.documentOf(template.machine(), null),
                Arrival.WITH_THE_WINDOW);
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

    public CodeView codeView() {
        return codeView;
    }

    /** Shows a problem: selects its state (or the workflow) and focuses its field in the inspector. */
    public void openProblem(Problem problem) {
        if (problem.path() != null && model.geometry().state(problem.path()) != null) {
            model.selectOnly(problem.path());
            canvas.reveal(problem.path());
        } else if (problem.path() == null) {
            model.selectOnly(null);
        }
        if (!viewModes.showInCode(problem) && !problem.field().isEmpty()) {
            inspector.focusField(problem.field());
        }
    }

    /** Shows the canvas, the code or both. */
    public void setViewMode(ViewMode mode) {
        viewModes.setMode(mode);
    }

    public ViewMode viewMode() {
        return viewModes.mode();
    }

    /** @return whether the reading mode is on */
    public boolean isReading() {
        return viewModes.isReading();
    }

    /** Saves without a dialog (the tests call it); the old recovery copy goes. @return whether it was saved */
    public boolean saveTo(Path path, Format format) {
        return files.saveTo(path, format);
    }

    private void show() {
        stage.show();
        StartupProbe.attach(stage.getScene());
        Platform.runLater(canvas::fitAll);
        canvas.surface().requestFocus();
    }

    private void registerActions() {
        BooleanBinding hasSelection = Bindings.isNotEmpty(model.selection());
        BooleanBinding single = Bindings.size(model.selection()).isEqualTo(1);
        BooleanBinding deletable = hasSelection.or(model.selectedEdgeProperty().isNotNull());
        actions.add("new", "New", "Shortcut+N", null, files::newDocument)
                .add("open", "Open…", "Shortcut+O", null, files::open)
                .add("save", "Save", "Shortcut+S", null, files::save)
                .add("save-as", "Save As…", "Shortcut+Shift+S", null, files::saveAs)
                .add("export", "Export…", "Shortcut+E", null, () -> ExportDialogs.open(stage, model))
                .add("deploy", "Deploy…", "Shortcut+Shift+D", null, deployDialogs::deploy)
                .add("run", "Run…", "Shortcut+R", null, deployDialogs::run)
                .add("export-svg", "Export Diagram as SVG…", null, null, () -> files.exportImage(DiagramImages.ImageFormat.SVG))
                .add("export-png", "Export Diagram as PNG…", null, null, () -> files.exportImage(DiagramImages.ImageFormat.PNG))
                .add("close", "Close Window", "Shortcut+W", null, files::close)
                .add("undo", "Undo", model.undoTextProperty(), "Shortcut+Z", model.canUndoProperty(), model::undo)
                .add("redo", "Redo", model.redoTextProperty(), "Shortcut+Shift+Z", model.canRedoProperty(), model::redo)
                .add("redo-y", "Redo", model.redoTextProperty(), "Shortcut+Y", model.canRedoProperty(), model::redo)
                .add("cut", "Cut", "Shortcut+X", hasSelection, edits::cut)
                .add("copy", "Copy", "Shortcut+C", hasSelection, edits::copy)
                .add("paste", "Paste", "Shortcut+V", null, edits::paste)
                .add("duplicate", "Duplicate", "Shortcut+D", hasSelection, model::duplicate)
                .add("delete", "Delete", "Delete", deletable, model::deleteSelection)
                .add("delete-back", "Delete", "Backspace", deletable, model::deleteSelection)
                .add("rename", "Rename", "F2", single, canvas::startRename)
                .add("select-all", "Select All", "Shortcut+A", null, model::selectAll)
                .add("set-start", "Start Here", null, single, () -> model.setStart(model.singleSelection()))
                .add("collapse", "Collapse or Expand", null, single, () -> model.toggleCollapsed(model.singleSelection()))
                .add("find", "Find Step…", "Shortcut+F", null, findBar::focus)
                .add("zoom-in", "Zoom In", "Shortcut+Plus", null, () -> canvas.viewport().zoomBy(1.25))
                .add("zoom-in-eq", "Zoom In", "Shortcut+Equals", null, () -> canvas.viewport().zoomBy(1.25))
                .add("zoom-out", "Zoom Out", "Shortcut+Minus", null, () -> canvas.viewport().zoomBy(0.8))
                .add("zoom-reset", "Actual Size", "Shortcut+0", null, () -> canvas.viewport().zoomProperty().set(1))
                .add("fit", "Fit to Window", "Shortcut+1", null, canvas::fitAll)
                .add("zoom-selection", "Zoom to Selection", "Shortcut+2", hasSelection, canvas::zoomToSelection)
                .add("tidy", "Tidy Up", "Shortcut+Shift+L", work.workingProperty().not(), edits::tidyUp)
                .add("theme", "Dark Theme", null, null, theme::toggle)
                .add("reading-mode", "Reading Mode", "Shortcut+Shift+R", null, viewModes::toggleReading)
                .add("view-design", "Design", "Shortcut+Alt+1", null, () -> setViewMode(ViewMode.DESIGN))
                .add("view-code", "Code", "Shortcut+Alt+2", null, () -> setViewMode(ViewMode.CODE))
                .add("view-split", "Design and Code", "Shortcut+Alt+3", null, () -> setViewMode(ViewMode.SPLIT));
    }

    /** Unused in code; keeps the sidecar helper referenced for readers looking for where it is saved. */
    static Path sidecarOf(Path file) {
        return DiagramFiles.sidecarOf(file);
    }

    Pane centre() {
        return centre;
    }
}
