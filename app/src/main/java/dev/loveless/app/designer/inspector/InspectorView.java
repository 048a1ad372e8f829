package dev.loveless.app.designer.inspector;

import dev.loveless.app.designer.Icons;
import dev.loveless.exporters.diagram.StatePresentation;
import dev.loveless.model.State;
import dev.loveless.model.StateTree;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The inspector panel: the selected step's form (or the workflow's) in collapsible sections,
 * built from an {@link InspectorViewModel}. Keeps the focus on the field being edited when the
 * form is built again, and focuses a field on request (a problem clicked). The first form is built
 * when the panel first joins a window.
 */
public final class InspectorView {

    private static final javafx.scene.input.KeyCombination UNDO = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
    private static final javafx.scene.input.KeyCombination REDO = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final javafx.scene.input.KeyCombination REDO_Y = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y");

    private final InspectorViewModel model;
    private final Supplier<dev.loveless.model.StateMachine> machine;
    private final VBox content = new VBox(12);
    private final ScrollPane scroll;
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<String, TitledPane> sectionPanes = new HashMap<>();
    private final Map<String, Boolean> collapsed = new HashMap<>();
    private boolean built;

    /**
     * @param machine the workflow now (for the header's icon)
     * @param undo    the document's undo: Ctrl+Z in a field undoes the field's edit as one step
     * @param redo    the document's redo
     */
    public InspectorView(InspectorViewModel model, Supplier<dev.loveless.model.StateMachine> machine, Runnable undo,
                         Runnable redo) {
        this.model = model;
        this.machine = machine;
        content.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                event.consume();
                undo.run();
            } else if (REDO.match(event) || REDO_Y.match(event)) {
                event.consume();
                redo.run();
            }
        });
        content.setId("inspector");
        content.setPadding(new Insets(12));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("side-panel", "inspector-panel");
        scroll.setMinWidth(260);
        scroll.setPrefWidth(340);
        model.formProperty().addListener((o, before, now) -> {
            if (built) {
                show(now);
            }
        });
        model.focusRequestProperty().addListener((o, before, pointer) -> {
            if (pointer != null) {
                Platform.runLater(() -> focus(pointer));
            }
        });
        // The form is built when the panel first joins a window: at the app's start, just after the
        // window's first frame (the designer's LatePanels).
        scroll.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene before, Scene scene) {
                if (scene != null) {
                    property.removeListener(this);
                    built = true;
                    show(model.form());
                }
            }
        });
    }

    /** @return the panel's node */
    public Node node() {
        return scroll;
    }

    /** @return the control of the field at {@code pointer}, or {@code null} (for tests and focus) */
    public Control control(String pointer) {
        return controls.get(pointer);
    }

    private void show(FormModel form) {
        String focused = focusedPointer();
        int caret = caretOf(focused);
        controls.clear();
        sectionPanes.clear();
        content.getChildren().clear();
        Label heading = new Label("INSPECTOR");
        heading.getStyleClass().add("panel-heading");
        content.getChildren().add(heading);
        if (form == null) {
            Label many = new Label(model.selectionSize() + " steps selected. Select one step to edit it.");
            many.setWrapText(true);
            many.getStyleClass().add("panel-hint");
            content.getChildren().add(many);
            return;
        }
        content.getChildren().add(header(form));
        for (Section section : form.sections()) {
            VBox rows = new VBox(10);
            if (!section.help().isEmpty()) {
                Label help = new Label(section.help());
                help.setWrapText(true);
                help.getStyleClass().add("section-help");
                rows.getChildren().add(help);
            }
            section.rows().forEach(row -> rows.getChildren().add(RowViews.row(row, controls)));
            TitledPane pane = new TitledPane(section.title(), rows);
            pane.setId("section-" + section.id());
            pane.getStyleClass().add("form-section");
            pane.setExpanded(!collapsed.getOrDefault(section.id(), false));
            pane.expandedProperty().addListener((o, was, is) -> collapsed.put(section.id(), !is));
            sectionPanes.put(section.id(), pane);
            content.getChildren().add(pane);
        }
        if (focused != null && controls.containsKey(focused)) {
            Platform.runLater(() -> {
                Control control = controls.get(focused);
                if (control != null) {
                    control.requestFocus();
                    if (control instanceof TextInputControl input && caret >= 0) {
                        input.positionCaret(Math.min(caret, input.getLength()));
                    }
                }
            });
        }
    }

    private Node header(FormModel form) {
        State state = form.path() == null ? null : StateTree.resolve(machine.get(), form.path());
        StatePresentation look = state == null ? null : StatePresentation.of(state);
        Label title = new Label(form.title());
        title.setId("inspector-name");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        Label subtitle = new Label(form.subtitle());
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setWrapText(true);
        VBox words = new VBox(2, title, subtitle);
        HBox header = look == null ? new HBox(words) : new HBox(10, Icons.tile(look.icon(), look.accent(), 36), words);
        header.setAlignment(Pos.CENTER_LEFT);
        if (form.path() != null && form.path().depth() > 0) {
            Label inside = new Label("Inside " + form.path().parent());
            inside.getStyleClass().add("inspector-subtitle");
            return new VBox(4, header, inside);
        }
        return header;
    }

    private String focusedPointer() {
        if (scroll.getScene() == null) {
            return null;
        }
        Node owner = scroll.getScene().getFocusOwner();
        while (owner != null && owner != content) {
            Object pointer = owner.getProperties().get("pointer");
            if (pointer instanceof String text) {
                return text;
            }
            owner = owner.getParent();
        }
        return null;
    }

    private int caretOf(String pointer) {
        Control control = pointer == null ? null : controls.get(pointer);
        return control instanceof TextInputControl input ? input.getCaretPosition() : -1;
    }

    /** Focuses the field at {@code pointer}: expands its section, scrolls it into view and highlights it. */
    public void focus(String pointer) {
        Control control = reveal(pointer);
        if (control == null) {
            return;
        }
        control.requestFocus();
        if (!control.getStyleClass().contains("flash")) {
            control.getStyleClass().add("flash");
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            pause.setOnFinished(e -> control.getStyleClass().remove("flash"));
            pause.play();
        }
    }

    /**
     * Expands the section of the field at {@code pointer} and scrolls it into view: from the
     * section's heading when the field then shows, else from the field.
     *
     * @return the field's control, or {@code null} when the form has no such field
     */
    public Control reveal(String pointer) {
        Control control = controls.get(pointer);
        if (control == null) {
            return null;
        }
        TitledPane section = null;
        for (TitledPane pane : sectionPanes.values()) {
            if (isInside(control, pane)) {
                pane.setExpanded(true);
                section = pane;
            }
        }
        content.applyCss();
        content.layout();
        Bounds box = content.sceneToLocal(control.localToScene(control.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double height = content.getBoundsInLocal().getHeight() - viewport;
        if (box != null && height > 0) {
            double top = box.getMinY() - 40;
            if (section != null) {
                Bounds pane = content.sceneToLocal(section.localToScene(section.getBoundsInLocal()));
                if (pane != null && box.getMaxY() - pane.getMinY() < viewport - 20) {
                    // the first section shows with the step's name above it
                    top = section == content.getChildren().get(2) ? 0 : pane.getMinY() - 8;
                }
            }
            scroll.setVvalue(Math.max(0, Math.min(1, top / height)));
        }
        return control;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
