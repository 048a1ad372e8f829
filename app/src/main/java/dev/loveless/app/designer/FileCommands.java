package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.app.designer.files.RecentFiles;
import dev.loveless.app.designer.files.Recovery;
import dev.loveless.app.designer.problems.Problem;
import dev.loveless.exporters.diagram.DiagramImages;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AtomicFiles;
import dev.loveless.model.io.Format;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * Everything a designer window does with files: new, open (in this window when it is an untouched
 * new one, else in a new window), the recent files, save and save as, exporting the diagram as an
 * image, closing — asking first whenever unsaved changes would be lost — plus, through its
 * {@link DiskWatch}, recovery copies and reloading a file changed on disk. A file is read in the
 * background; one that cannot be read is reported at its line and nothing is lost: the window then
 * no longer stands for it, so a Save cannot write an empty workflow over it.
 */
final class FileCommands {

    private static final Logger LOG = LoggerFactory.getLogger(FileCommands.class);

    private final Stage stage;
    private final EditorViewModel model;
    private final DiagramCanvas canvas;
    private final BackgroundWork work;
    private final Supplier<Theme> theme;
    private final RecentFiles recent;
    private final DiskWatch watch;
    private final Menu recentMenu = new Menu("Open Recent");

    /**
     * @param preferences where the recent files are remembered
     * @param theme       the colours of exported images (the window's)
     */
    FileCommands(Stage stage, EditorViewModel model, DiagramCanvas canvas, BackgroundWork work,
                 Preferences preferences, Supplier<Theme> theme) {
        this.stage = stage;
        this.model = model;
        this.canvas = canvas;
        this.work = work;
        this.theme = theme;
        this.recent = new RecentFiles(preferences);
        this.watch = new DiskWatch(stage, model, new Recovery(Recovery.defaultHome()), work::isWorking, this::load);
        refreshRecent();
    }

    /** Starts watching for changes on disk and autosaving for recovery; the window asks before it closes. */
    void start() {
        stage.setOnCloseRequest(this::closeRequested);
        watch.start();
    }

    /** @return the File menu's Open Recent submenu, kept up to date */
    Menu recentMenu() {
        return recentMenu;
    }

    /** Opens a new window on a blank workflow. */
    void newDocument() {
        DesignerWindow.openTemplate(new Stage(), Templates.blank());
    }

    /** Asks for a file and opens it. */
    void open() {
        File chosen = definitionChooser("Open a workflow").showOpenDialog(stage);
        if (chosen != null) {
            openPath(chosen.toPath());
        }
    }

    private void openPath(Path path) {
        if (model.file() == null && !model.isDirty() && model.document().machine().statesOrEmpty().isEmpty()) {
            model.setSource(path, null, Format.of(path), null);
            load(path);
        } else {
            DesignerWindow.openFile(new Stage(), path);
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
     * Reads a file into this window in the background with a progress indicator; a broken file is
     * reported, nothing lost.
     */
    void load(Path file) {
        work.run("Opening " + file.getFileName() + "…", () -> LoadedFile.read(file, model::problemsOf), loaded -> {
            long start = System.nanoTime();
            DocumentFiles.Opened opened = loaded.opened();
            model.reload(loaded.prepared(), opened.original());
            long shown = System.nanoTime();
            model.setSource(file, null, Format.of(file), opened.original());
            watch.saw(file);
            recent.add(file);
            refreshRecent();
            canvas.fitAll();
            LOG.debug("{}: shown in {} ms, then {} ms more", file.getFileName(), (shown - start) / 1_000_000,
                    (System.nanoTime() - shown) / 1_000_000);
            model.messageProperty().set(opened.warning() != null ? opened.warning()
                    : "Opened " + file.getFileName() + " — " + opened.document().diagram().bounds().size() + " steps");
            watch.offerRecovery();
        }, error -> cannotOpen(file, error));
    }

    private void cannotOpen(Path file, Throwable error) {
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
    }

    /** Saves to the window's file, or asks where when it has none. */
    void save() {
        if (model.file() == null) {
            saveAs();
            return;
        }
        saveTo(model.file(), model.format());
    }

    /** Asks where to save, then saves there (the format follows the file's extension). */
    void saveAs() {
        FileChooser chooser = definitionChooser("Save the workflow");
        String name = model.displayNameProperty().get();
        chooser.setInitialFileName(name.endsWith(".json") || name.endsWith(".yaml") ? name : name + ".asl.json");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            saveTo(chosen.toPath(), Format.of(chosen.toPath()));
        }
    }

    /** Saves without a dialog; the old recovery copy goes. @return whether it was saved (else the user was told why) */
    boolean saveTo(Path path, Format format) {
        Path oldRecovery = watch.recoveryFile();
        try {
            model.save(path, format);
            watch.saw(path);
            watch.discard(oldRecovery);
            recent.add(path);
            refreshRecent();
            return true;
        } catch (IOException e) {
            Alerts.error(stage, "The workflow could not be saved", path + ": " + e.getMessage());
            return false;
        }
    }

    /** Asks where, then draws the diagram (or the selection) into an SVG or PNG file in the background. */
    void exportImage(DiagramImages.ImageFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the diagram");
        String extension = format == DiagramImages.ImageFormat.SVG ? "svg" : "png";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT) + " image",
                "*." + extension));
        String base = model.displayNameProperty().get().replaceFirst("(\\.asl)?\\.(json|ya?ml)$", "");
        chooser.setInitialFileName(base + (model.selection().isEmpty() ? "" : "-selection") + "." + extension);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Set<StatePath> selection = Set.copyOf(model.selection());
        DiagramGeometry geometry = model.geometry();
        Theme colours = theme.get();
        work.run("Exporting…", () -> {
            try {
                AtomicFiles.write(chosen.toPath(), DiagramImages.export(geometry, selection, colours, format));
                return chosen.toPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, path -> model.messageProperty().set("Exported " + path.getFileName()),
                error -> Alerts.error(stage, "The diagram could not be exported", error.getMessage()));
    }

    /** Closes the window unless that would lose changes the user wants to keep. */
    void close() {
        if (confirmDiscard("closing")) {
            watch.discard(watch.recoveryFile());
            stage.close();
        }
    }

    private void closeRequested(WindowEvent event) {
        if (!confirmDiscard("closing")) {
            event.consume();
        } else {
            watch.discard(watch.recoveryFile());
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
}
