package dev.loveless.app.designer.code;

import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.app.designer.problems.Problem;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.edit.ReplaceMachine;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.io.SourceMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The code view's view model: the whole definition as text (JSON, or YAML when the file is YAML)
 * kept in step with the document both ways. A change on the canvas or in the inspector rewrites
 * the text at once; text the person edits goes to the canvas as soon as it parses (one
 * {@link ReplaceMachine} edit, keystrokes merged), and while it does not parse the document keeps
 * its last good version and the parse error is shown at its line. Never touches a node.
 */
public final class CodeViewModel {

    /** A place in the text to mark: a parse error or a problem, 1-based line and column. */
    public record Marker(int line, int column, Problem.Severity severity, String message) {
        public Marker {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }

    private final EditorViewModel editor;
    private final AslReader reader = new AslReader();
    private final AslWriter writer = new AslWriter();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Marker> parseError = new ReadOnlyObjectWrapper<>(this, "parseError");
    private final ReadOnlyObjectWrapper<List<Marker>> markers = new ReadOnlyObjectWrapper<>(this, "markers", List.of());
    private boolean active;
    private boolean stale = true;
    private ParsedDefinition parsed;
    private dev.loveless.model.StateMachine applied;

    public CodeViewModel(EditorViewModel editor) {
        this.editor = editor;
        editor.documentProperty().addListener((o, before, now) -> documentChanged());
        editor.problems().addListener((ListChangeListener<Problem>) change -> updateMarkers());
    }

    /** @return the text the view shows; changes when the document does (not while the person types) */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    /** @return where the text does not parse, or {@code null} */
    public ReadOnlyObjectProperty<Marker> parseErrorProperty() {
        return parseError.getReadOnlyProperty();
    }

    /** @return the problems of the last text that parsed, placed at their lines, and the parse error */
    public ReadOnlyObjectProperty<List<Marker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    /** @return the text's format: the file's */
    public Format format() {
        return editor.format();
    }

    /** Shows or hides the code: while hidden, the text is not kept up to date (a large workflow costs). */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            regenerate();
        }
    }

    private void documentChanged() {
        if (applied != null && applied.equals(editor.document().machine())) {
            return; // the document now holds what was typed: keep the person's text as it is
        }
        applied = null;
        if (active) {
            regenerate();
        } else {
            stale = true;
        }
    }

    private void regenerate() {
        stale = false;
        String fresh = writer.write(editor.document().machine(), format());
        parseError.set(null);
        text.set(fresh);
        parse(fresh);
        updateMarkers();
    }

    /**
     * Takes text the person edited: when it parses, the document follows (one undo step while
     * typing); when it does not, the error is shown and the document stays as it was.
     *
     * @return whether the text parsed
     */
    public boolean edit(String newText) {
        text.set(newText);
        try {
            ParsedDefinition read = reader.read(newText, format());
            parsed = read;
            parseError.set(null);
            if (!read.machine().equals(editor.document().machine())) {
                applied = read.machine();
                editor.execute(new ReplaceMachine(read.machine(), true));
            }
            updateMarkers();
            return true;
        } catch (AslParseException e) {
            parseError.set(new Marker(Math.max(1, e.line()), Math.max(1, e.column()), Problem.Severity.ERROR, e.plainMessage()));
            updateMarkers();
            return false;
        }
    }

    /** Ends a typing gesture in the code (the next edit is a new undo step). */
    public void commit() {
        editor.endGesture();
    }

    /** @return the 1-based line where a state's definition starts in the current text, or 0 */
    public int lineOf(StatePath path) {
        if (parsed == null) {
            return 0;
        }
        String pointer = StateTree.pointerOf(parsed.machine(), path);
        return pointer == null ? 0 : parsed.sourceMap().locate(pointer).line();
    }

    /** @return the state names of the last good text with their lines, for "go to step" */
    public List<StatePath> states() {
        return parsed == null ? List.of() : StateTree.paths(parsed.machine());
    }

    /** @return where a problem is in the current text, or {@code null} */
    public Marker markerOf(Problem problem) {
        if (parsed == null) {
            return null;
        }
        String base = problem.path() == null ? "" : StateTree.pointerOf(parsed.machine(), problem.path());
        if (base == null) {
            return null;
        }
        SourceMap.Location location = parsed.sourceMap().locate(base + problem.field());
        return location.line() == 0 ? null : new Marker(location.line(), location.column(), problem.severity(), problem.message());
    }

    private void parse(String current) {
        try {
            parsed = reader.read(current, format());
        } catch (AslParseException e) {
            parsed = null;
        }
    }

    private void updateMarkers() {
        List<Marker> found = new ArrayList<>();
        if (parseError.get() != null) {
            found.add(parseError.get());
        } else if (parsed != null && parsed.machine().equals(editor.document().machine())) {
            for (Problem problem : editor.problems()) {
                Marker marker = markerOf(problem);
                if (marker != null) {
                    found.add(marker);
                }
            }
        }
        markers.set(List.copyOf(found));
    }
}
