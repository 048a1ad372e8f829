package dev.loveless.app.designer;

import dev.loveless.app.designer.DesignerWindow.ViewMode;
import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.app.designer.code.CodeView;
import dev.loveless.app.designer.code.CodeViewModel;
import dev.loveless.app.designer.problems.Problem;
import dev.loveless.app.designer.reading.ReadingCard;
import dev.loveless.model.StatePath;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

import java.util.Locale;

/**
 * What a designer window shows and where: the palette, the editing area and the inspector side by
 * side over the problems panel. The editing area shows the diagram, the code or both
 * ({@link ViewMode}); the reading mode, for presentations, leaves only the diagram, larger, with a
 * card about the step clicked. The toggles beside the toolbar and the View menu's commands both
 * come here, so they always agree.
 */
final class ViewModes {

    private static final double PROBLEMS_DIVIDER = 0.84;

    private final EditorViewModel model;
    private final DiagramCanvas canvas;
    private final Node diagramArea;
    private final CodeViewModel codeModel;
    private final CodeView codeView;
    private final Node palette;
    private final Node inspector;
    private final Node problems;
    private final ReadingCard readingCard;
    private final SplitPane editorArea = new SplitPane();
    private final SplitPane middle;
    private final SplitPane vertical;
    private final ToggleGroup toggles = new ToggleGroup();
    private ViewMode mode = ViewMode.DESIGN;
    private boolean reading;
    private double[] middleDividers;

    /**
     * @param diagramArea the canvas with what lies over it (busy indicator, reading card)
     * @param palette     the palette (left), hidden in the reading mode
     * @param inspector   the inspector (right), hidden in the reading mode
     * @param problems    the problems panel (bottom), hidden in the reading mode
     */
    ViewModes(EditorViewModel model, DiagramCanvas canvas, Node diagramArea, CodeViewModel codeModel, CodeView codeView,
              Node palette, Node inspector, Node problems, ReadingCard readingCard) {
        this.model = model;
        this.canvas = canvas;
        this.diagramArea = diagramArea;
        this.codeModel = codeModel;
        this.codeView = codeView;
        this.palette = palette;
        this.inspector = inspector;
        this.problems = problems;
        this.readingCard = readingCard;
        editorArea.getItems().setAll(diagramArea);
        middle = new SplitPane(palette, editorArea, inspector);
        middle.setDividerPositions(0.15, 0.75);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        vertical = new SplitPane(middle, problems);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(PROBLEMS_DIVIDER);
        SplitPane.setResizableWithParent(problems, false);
        // The code follows the step selected on the canvas.
        model.selection().addListener((SetChangeListener<StatePath>) change -> {
            StatePath selected = model.singleSelection();
            if (selected != null && mode != ViewMode.DESIGN) {
                codeView.reveal(selected);
            }
        });
    }

    /** @return the whole working area of the window (between the toolbar and the status bar) */
    Node node() {
        return vertical;
    }

    ViewMode mode() {
        return mode;
    }

    /** Shows the canvas, the code or both. */
    void setMode(ViewMode newMode) {
        mode = newMode;
        switch (newMode) {
            case CODE:
                editorArea.getItems().setAll(codeView.node());
                break;
            case SPLIT:
                editorArea.getItems().setAll(diagramArea, codeView.node());
                editorArea.setDividerPositions(0.55);
                break;
            default:
                editorArea.getItems().setAll(diagramArea);
                break;
        }
        codeModel.setActive(newMode != ViewMode.DESIGN);
        toggles.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == newMode));
        if (newMode != ViewMode.DESIGN && model.singleSelection() != null) {
            Platform.runLater(() -> codeView.reveal(model.singleSelection()));
        }
    }

    /** @return the toggle button that switches to {@code target}, for beside the toolbar */
    ToggleButton toggle(ViewMode target, String text) {
        ToggleButton button = new ToggleButton(text);
        button.setId("view-" + target.name().toLowerCase(Locale.ROOT));
        button.setToggleGroup(toggles);
        button.setUserData(target);
        button.setSelected(target == mode);
        button.getStyleClass().add("view-toggle");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(target == ViewMode.DESIGN ? "The diagram (Ctrl+Alt+1)"
                : target == ViewMode.CODE ? "The definition as text (Ctrl+Alt+2)" : "Both side by side (Ctrl+Alt+3)"));
        button.setOnAction(e -> setMode(target));
        return button;
    }

    /**
     * Shows a problem in the code when the code alone is shown.
     *
     * @return whether it was shown there (else the inspector should show its field)
     */
    boolean showInCode(Problem problem) {
        if (mode != ViewMode.CODE) {
            return false;
        }
        CodeViewModel.Marker marker = codeModel.markerOf(problem);
        if (marker != null) {
            codeView.goToLine(marker.line(), marker.column());
            return true;
        }
        if (problem.line() > 0) {
            codeView.goToLine(problem.line(), problem.column());
            return true;
        }
        return false;
    }

    /** Turns the reading mode on or off: only the diagram, larger, and a card about the step clicked. */
    void toggleReading() {
        reading = !reading;
        Node root = vertical.getScene().getRoot();
        if (reading) {
            middleDividers = middle.getDividerPositions();
            middle.getItems().setAll(editorArea);
            vertical.getItems().setAll(middle);
            root.getStyleClass().add("reading");
            Platform.runLater(canvas::fitAll);
        } else {
            middle.getItems().setAll(palette, editorArea, inspector);
            middle.setDividerPositions(middleDividers);
            vertical.getItems().setAll(middle, problems);
            vertical.setDividerPositions(PROBLEMS_DIVIDER);
            root.getStyleClass().remove("reading");
        }
        readingCard.setActive(reading);
        model.messageProperty().set(reading ? "Reading mode: click a step to read about it (Ctrl+Shift+R to leave)." : "");
    }

    boolean isReading() {
        return reading;
    }
}
