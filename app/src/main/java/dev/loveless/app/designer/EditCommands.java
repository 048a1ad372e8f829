package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.StateKind;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * The editing commands that need more than the view model: the system clipboard (copy, cut,
 * paste as ASL text), adding a step from the palette at the centre of the view, and tidying up
 * (a fresh layout, computed in the background and applied as one undo step — unless the workflow
 * changed meanwhile).
 */
final class EditCommands {

    /** How far a pasted copy lands from its original, right and down. */
    private static final double PASTE_OFFSET = 36;

    private final Window owner;
    private final EditorViewModel model;
    private final DiagramCanvas canvas;
    private final BackgroundWork work;

    EditCommands(Window owner, EditorViewModel model, DiagramCanvas canvas, BackgroundWork work) {
        this.owner = owner;
        this.model = model;
        this.canvas = canvas;
        this.work = work;
    }

    void copy() {
        String text = model.copySelection();
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    void cut() {
        copy();
        model.deleteSelection();
    }

    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null) {
            model.paste(text, PASTE_OFFSET, PASTE_OFFSET);
        }
    }

    /** Adds a step of {@code kind} at the centre of what the canvas shows. */
    void addAtCentre(StateKind kind) {
        double[] centre = canvas.centre();
        model.addState(kind, centre[0], centre[1]);
    }

    /** Lays the whole workflow out afresh in the background, then shows all of it. */
    void tidyUp() {
        Document document = model.document();
        work.run("Laying out " + model.geometry().states().size() + " steps…", () -> DocumentFiles.tidy(document),
                diagram -> {
                    if (model.document() == document) {
                        model.applyLayout(diagram);
                        canvas.fitAll();
                    } else {
                        model.messageProperty().set("The workflow changed during the layout: tidy up again.");
                    }
                }, error -> Alerts.error(owner, "The layout failed", String.valueOf(error.getMessage())));
    }
}
