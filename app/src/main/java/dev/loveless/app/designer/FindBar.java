package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.model.StatePath;
import javafx.scene.Node;
import javafx.scene.control.TextField;

import java.util.List;

/**
 * The find field of a designer window: Enter selects and shows the next step whose name contains
 * the text (wrapping round), and the status bar says how many there are or that there is none.
 */
final class FindBar {

    private final EditorViewModel model;
    private final DiagramCanvas canvas;
    private final TextField field = new TextField();

    FindBar(EditorViewModel model, DiagramCanvas canvas) {
        this.model = model;
        this.canvas = canvas;
        field.setPromptText("Find a step  (Ctrl+F)");
        field.setId("find");
        field.setPrefWidth(220);
        field.setOnAction(e -> find(field.getText()));
    }

    Node node() {
        return field;
    }

    /** Puts the keyboard in the field with its text selected, ready to type over. */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** Selects and reveals the step after the selected one among those named like {@code text}. */
    void find(String text) {
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
}
