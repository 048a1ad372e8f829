package dev.loveless.app.designer.code;

import dev.loveless.model.StatePath;
import javafx.scene.Node;
import org.fxmisc.richtext.CodeArea;

/**
 * The code view: the definition as text beside or instead of the canvas (see {@link CodeEditor}).
 * Its text editor is built the first time the view is shown or used, so a window that opens on
 * the canvas does not pay for it at start-up.
 */
public final class CodeView {

    private final CodeViewModel model;
    private CodeEditor editor;

    public CodeView(CodeViewModel model) {
        this.model = model;
    }

    private CodeEditor editor() {
        if (editor == null) {
            editor = new CodeEditor(model);
        }
        return editor;
    }

    /** @return the view's node (built now if it was not yet) */
    public Node node() {
        return editor().node();
    }

    /** @return the text area (for tests) */
    public CodeArea area() {
        return editor().area();
    }

    /** Moves the caret to a state's definition and shows it. */
    public void goTo(StatePath path) {
        editor().goTo(path);
    }

    /** Scrolls a state's definition into view without taking the focus (the canvas selection followed). */
    public void reveal(StatePath path) {
        if (editor != null) {
            editor.reveal(path);
        }
    }

    /** Moves the caret to a 1-based line and column and shows it. */
    public void goToLine(int line, int column) {
        editor().goToLine(line, column);
    }
}
