package dev.loveless.app.designer;

import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.app.designer.problems.Problem;
import dev.loveless.app.designer.problems.ProblemScheduler;
import dev.loveless.app.designer.problems.ProblemSource;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.EdgeShape;
import dev.loveless.model.diagram.Sizes;
import dev.loveless.model.edit.AddState;
import dev.loveless.model.edit.CompoundEdit;
import dev.loveless.model.edit.DeleteStates;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.Edit;
import dev.loveless.model.edit.EditException;
import dev.loveless.model.edit.EditRules;
import dev.loveless.model.edit.EditStack;
import dev.loveless.model.edit.MoveIntoScope;
import dev.loveless.model.edit.MoveStates;
import dev.loveless.model.edit.Names;
import dev.loveless.model.edit.RenameState;
import dev.loveless.model.edit.ReplaceDiagram;
import dev.loveless.model.edit.SetCollapsed;
import dev.loveless.model.edit.SetStartAt;
import dev.loveless.model.edit.SetTransition;
import dev.loveless.model.edit.StateKind;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.TransitionKind;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The state and logic of one designer window: the document and its history, the selection, the
 * file it belongs to, the problems, the status message. Every change goes through an
 * {@link Edit} on the {@link EditStack}; a refused edit becomes a status message, never an
 * exception. Holds JavaFX properties but never touches a node; unit-tested without a window.
 *
 * <p>The shapes ({@link #geometry()}) follow the document: at once for a small machine, for a
 * new history and when known ahead (a file prepared while loading, a step undone or redone
 * lately); for a large machine they are worked out in the background by a {@link ShapeScheduler}
 * while the previous ones stay up and {@link #shapesPendingProperty()} says so. Shapes shown are
 * always the current document's or, while pending, those of an earlier document of the same run
 * of edits — never of a document undone meanwhile, nor of another file. The selection only ever
 * holds states of the current document, even when picked from shapes a moment behind.
 */
public final class EditorViewModel {

    private final ProblemSource problemSource;
    private final ProblemScheduler problemScheduler;
    private final ShapeScheduler shapes;
    private EditStack stack;
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<DiagramGeometry> geometry = new SimpleObjectProperty<>(this, "geometry");
    private final BooleanProperty shapesPending = new SimpleBooleanProperty(this, "shapesPending");
    private final ObservableSet<StatePath> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<EdgeShape> selectedEdge = new SimpleObjectProperty<>(this, "selectedEdge");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "Untitled");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "Undo");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "Redo");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> fileProblems = FXCollections.observableArrayList();
    private Format format = Format.JSON;
    private ParsedDefinition original;
    private Map<StatePath, Integer> problemCounts = Map.of();
    private Prepared prepared;
    private ScopeDrag drag;
    private final ObjectProperty<ScopeDrag.Target> dropTarget = new SimpleObjectProperty<>(this, "dropTarget");
    /** The next new document gets its shapes at once: it starts a new history or replaces the document wholesale. */
    private boolean shapesAtOnce;

    /**
     * What showing a document takes besides the document itself, worked out ahead (off the
     * application thread) so that a large machine arrives on screen without a pause.
     */
    public record Prepared(Document document, DiagramGeometry geometry, List<Problem> problems) {
        public Prepared {
            java.util.Objects.requireNonNull(document, "document");
            java.util.Objects.requireNonNull(geometry, "geometry");
            problems = List.copyOf(problems);
        }
    }

    public EditorViewModel(Document initial, ProblemSource problemSource) {
        this(initial, null, problemSource, ShapeScheduler.background());
    }

    /** A model on a document made ready elsewhere: its shapes and problems are already worked out. */
    public EditorViewModel(Prepared ready, ProblemSource problemSource) {
        this(ready.document(), ready, problemSource, ShapeScheduler.background());
    }

    /** @param shapes works out the shapes of large documents (the tests give one they drive) */
    EditorViewModel(Document initial, ProblemSource problemSource, ShapeScheduler shapes) {
        this(initial, null, problemSource, shapes);
    }

    private EditorViewModel(Document initial, Prepared ready, ProblemSource problemSource, ShapeScheduler shapes) {
        this.problemSource = problemSource;
        this.problemScheduler = new ProblemScheduler(problemSource);
        this.prepared = ready;
        this.shapes = shapes;
        shapes.setListeners(this::showShapes,
                error -> message.set("The diagram could not be brought up to date: " + error.getMessage()));
        bind(new EditStack(initial));
        title.bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (dirty.get() ? "*" : "") + displayName.get() + " — Loveless", dirty, displayName));
    }

    private void bind(EditStack newStack) {
        this.stack = newStack;
        shapesAtOnce = true;
        stack.addListener(s -> refresh());
        refresh();
    }

    private void refresh() {
        Document current = stack.document();
        if (current != document.get()) {
            Prepared ready = prepared != null && prepared.document() == current ? prepared : null;
            prepared = null;
            // The shapes first: whoever hears of the new document (the inspector) may count them.
            updateShapes(current, ready);
            document.set(current);
            selection.removeIf(path -> StateTree.resolve(current.machine(), path) == null);
            selectedEdge.set(null);
            if (ready != null) {
                // Validated in the background while the file was being laid out.
                showProblems(ready.problems());
            } else {
                problemScheduler.schedule(current, this::showProblems);
            }
        }
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.canUndo() ? "Undo " + stack.undoDescription() : "Undo");
        redoText.set(stack.canRedo() ? "Redo " + stack.redoDescription() : "Redo");
    }

    /**
     * Brings the shapes up to date with a new current document: at once when they are known
     * ({@code ready} from a load, or lately shown), cheap (a small machine) or must be (a new
     * history); else in the background, the shapes shown meanwhile staying up.
     */
    private void updateShapes(Document current, Prepared ready) {
        boolean atOnce = shapesAtOnce || geometry.get() == null;
        shapesAtOnce = false;
        DiagramGeometry known = ready != null ? ready.geometry() : shapes.known(current);
        if (known == null && (atOnce || !shapes.isLarge(sizeOf(current)))) {
            known = ShapeScheduler.shapesOf(current);
        }
        if (known == null) {
            shapesPending.set(true);
            shapes.request(current);
            return;
        }
        // Whatever is still being worked out is older than these: it must not replace them.
        shapes.cancel();
        shapes.remember(current, known);
        showShapes(current, known);
    }

    /** @return about how many states a document has, without walking it */
    private int sizeOf(Document candidate) {
        DiagramGeometry shown = geometry.get();
        return Math.max(candidate.diagram().bounds().size(), shown == null ? 0 : shown.states().size());
    }

    /** Shows the shapes worked out for {@code of}: the current document's, or an earlier one's while edits go on. */
    private void showShapes(Document of, DiagramGeometry shown) {
        geometry.set(shown);
        shapesPending.set(of != stack.document());
        EdgeShape edge = selectedEdge.get();
        if (edge != null) {
            // Picked on the shapes before: the same transition in these, if it is still there.
            selectedEdge.set(shown.edges().stream().filter(other -> java.util.Objects.equals(other.source(), edge.source())
                    && other.kind() == edge.kind() && other.index() == edge.index()
                    && java.util.Objects.equals(other.target(), edge.target())).findFirst().orElse(null));
        }
    }

    /** Shows the validator's problems of the current document (large workflows: a moment after a change). */
    private void showProblems(List<Problem> validated) {
        List<Problem> found = new ArrayList<>(fileProblems);
        found.addAll(validated);
        problems.setAll(found);
        Map<StatePath, Integer> counts = new HashMap<>();
        for (Problem problem : found) {
            if (problem.path() != null) {
                counts.merge(problem.path(), 1, Integer::sum);
            }
        }
        problemCounts = Map.copyOf(counts);
    }

    // ---- properties ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document;
    }

    public Document document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<DiagramGeometry> geometryProperty() {
        return geometry;
    }

    public DiagramGeometry geometry() {
        return geometry.get();
    }

    /** @return whether the shapes shown are a moment behind the document (a large one, worked out in the background) */
    public ReadOnlyBooleanProperty shapesPendingProperty() {
        return shapesPending;
    }

    public boolean shapesPending() {
        return shapesPending.get();
    }

    public ObservableSet<StatePath> selection() {
        return selection;
    }

    public ObjectProperty<EdgeShape> selectedEdgeProperty() {
        return selectedEdge;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public Format format() {
        return format;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty displayNameProperty() {
        return displayName;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** @return how many problems each state has, for the badges on the diagram */
    public Map<StatePath, Integer> problemCounts() {
        return problemCounts;
    }

    public long revision() {
        return stack.revision();
    }

    // ---- file ------------------------------------------------------------------------------------

    /** Says which file the document belongs to (or none, with the name to show) and how it was read. */
    public void setSource(Path path, String name, Format newFormat, ParsedDefinition read) {
        file.set(path);
        displayName.set(path != null ? String.valueOf(path.getFileName()) : name);
        format = newFormat;
        original = read;
    }

    /** Shows problems found when reading the file (a parse error), until the next successful read. */
    public void setFileProblems(List<Problem> found) {
        fileProblems.setAll(found);
        List<Problem> all = new ArrayList<>(fileProblems);
        all.addAll(problemSource.problemsOf(document()));
        problems.setAll(all);
    }

    /** Saves to {@code path} in {@code newFormat}; the document becomes clean. */
    public void save(Path path, Format newFormat) throws IOException {
        ParsedDefinition saved = DocumentFiles.save(path, newFormat, document(),
                path.equals(file.get()) ? original : null);
        setSource(path, null, newFormat, saved);
        stack.markSaved();
        message.set("Saved " + path.getFileName());
    }

    /**
     * @return the problems of a document, by this window's problem source; safe to call from a
     *         background thread (the source only reads the immutable document)
     */
    public List<Problem> problemsOf(Document candidate) {
        return problemSource.problemsOf(candidate);
    }

    /** Replaces the document with one read again from disk, its shapes and problems worked out ahead. */
    public void reload(Prepared ready, ParsedDefinition read) {
        prepared = ready;
        reload(ready.document(), read);
    }

    /** Replaces the document with one read again from disk; the history starts over. */
    public void reload(Document fresh, ParsedDefinition read) {
        original = read;
        fileProblems.clear();
        selection.clear();
        bind(new EditStack(fresh));
    }

    /** Marks the document as changed since it was last saved (a restored recovery copy). */
    public void restore(Document recovered) {
        shapesAtOnce = true;
        stack.reset(recovered, true);
    }

    // ---- editing ---------------------------------------------------------------------------------

    /** Executes an edit; a refusal becomes the status message. @return whether it was done */
    public boolean execute(Edit edit) {
        try {
            stack.execute(edit);
            message.set(edit.description());
            return true;
        } catch (EditException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (stack.canUndo()) {
            String what = stack.undoDescription();
            // The shapes being worked out are of the step undone: never to be shown.
            shapes.cancel();
            stack.undo();
            message.set("Undid: " + what);
        }
    }

    public void redo() {
        if (stack.canRedo()) {
            String what = stack.redoDescription();
            shapes.cancel();
            stack.redo();
            message.set("Redid: " + what);
        }
    }

    /** Ends a continuous gesture (a drag, arrow-key moves): the next change is a new undo step. */
    public void endGesture() {
        stack.seal();
    }

    /** @return the scope a point of the diagram lies in: the innermost lane under it, else the workflow */
    public ScopeId scopeAt(double x, double y) {
        var lane = geometry().laneAt(x, y);
        return lane == null ? ScopeId.ROOT : lane.scope();
    }

    /** Adds a state of {@code kind} centred at a point of the diagram, in the lane under it. @return its path */
    public StatePath addState(StateKind kind, double x, double y) {
        ScopeId scope = scopeAt(x, y);
        Set<String> taken = new HashSet<>(Names.used(document().machine()));
        String name = Names.unique(kind.defaultName(), taken);
        taken.add(name);
        State state = kind.create(name, taken);
        double height = Sizes.heightOf(state);
        Bounds bounds = new Bounds(x - Sizes.STATE_WIDTH / 2, y - height / 2, Sizes.STATE_WIDTH, height);
        if (!execute(new AddState(scope, name, state, bounds))) {
            return null;
        }
        StatePath path = scope.pathOf(name);
        selectOnly(path);
        return path;
    }

    /** @return how {@code source} may be connected to {@code target} (the view asks when ambiguous) */
    public EditRules.Verdict connectionVerdict(StatePath source, StatePath target) {
        return EditRules.connect(document(), source, target);
    }

    /** Connects two states the given way. */
    public boolean connect(StatePath source, StatePath target, EditRules.Connection connection) {
        return execute(new SetTransition(source, connection.kind(), connection.index(), target.name()));
    }

    /** Connects two states the sensible way when there is one; @return the verdict, for the view to ask or explain */
    public EditRules.Verdict connect(StatePath source, StatePath target) {
        EditRules.Verdict verdict = connectionVerdict(source, target);
        if (!verdict.allowed()) {
            message.set(verdict.refusal());
        } else if (!verdict.ambiguous()) {
            connect(source, target, verdict.options().get(0));
        }
        return verdict;
    }

    /** Points an existing transition at another state of the same part of the workflow. */
    public boolean reconnect(EdgeShape edge, StatePath newTarget) {
        if (edge.source() == null) {
            if (!ScopeId.of(newTarget).equals(scopeOfStart(edge))) {
                message.set("The start can only lead to a step of its own branch.");
                return false;
            }
            return execute(new SetStartAt(ScopeId.of(newTarget), newTarget.name()));
        }
        if (edge.target() == null || !edge.source().sameScopeAs(newTarget)) {
            message.set("A step can only lead to a step of its own branch.");
            return false;
        }
        return execute(new SetTransition(edge.source(), edge.kind(), edge.index(), newTarget.name()));
    }

    private ScopeId scopeOfStart(EdgeShape edge) {
        var shape = geometry().states().stream().filter(s -> s.path().name().equals(edge.target())
                && s.frame().contains(edge.x(edge.pointCount() - 1), edge.y(edge.pointCount() - 1) + 1)).findFirst();
        return shape.map(s -> ScopeId.of(s.path())).orElse(ScopeId.ROOT);
    }

    /** Deletes the selected states, or else the selected transition. */
    public void deleteSelection() {
        if (!selection.isEmpty()) {
            execute(new DeleteStates(Set.copyOf(selection)));
            selection.clear();
            return;
        }
        EdgeShape edge = selectedEdge.get();
        if (edge == null) {
            return;
        }
        if (edge.source() == null || edge.target() == null) {
            message.set(edge.source() == null ? "The start arrow cannot be removed; set another start instead."
                    : "This arrow shows that the step ends the workflow.");
            return;
        }
        execute(new SetTransition(edge.source(), edge.kind(), edge.index(), null));
    }

    /** Renames a state. @return why it cannot be, or {@code null} when done */
    public String rename(StatePath path, String newName) {
        String problem = Names.problemWith(newName);
        if (problem == null && !newName.equals(path.name()) && Names.used(document().machine()).contains(newName)) {
            problem = "There is already a state named \"" + newName + "\".";
        }
        if (problem != null) {
            message.set(problem);
            return problem;
        }
        if (newName.equals(path.name())) {
            return null;
        }
        boolean wasSelected = selection.remove(path);
        execute(new RenameState(path, newName));
        stack.seal();
        if (wasSelected) {
            selection.add(path.sibling(newName));
        }
        return null;
    }

    /** Moves the selection by a distance; consecutive moves merge until {@link #endGesture()}. */
    public void moveSelection(double dx, double dy) {
        if (!selection.isEmpty() && (dx != 0 || dy != 0)) {
            execute(new MoveStates(Set.copyOf(selection), dx, dy));
        }
    }

    /** Starts dragging the selection: the drag is an undo step of its own, and may end in another scope. */
    public void beginDrag() {
        stack.seal();
        drag = selection.isEmpty() ? null : new ScopeDrag(geometry(), selection);
        dropTarget.set(null);
    }

    /**
     * Follows the pointer of a drag (diagram coordinates): finds the branch, item steps or workflow
     * the selection would move into when dropped there, and says so in the status bar.
     */
    public void dragOver(double x, double y) {
        ScopeDrag.Target target = drag == null ? null : drag.targetAt(document(), x, y);
        if (!java.util.Objects.equals(target, dropTarget.get())) {
            dropTarget.set(target);
            message.set(target == null ? "" : target.allowed() ? "Release to " + lowerFirst(target.description())
                    : target.refusal());
        }
    }

    /**
     * Ends a drag: over another scope, the states move into it (one undo step with the drag, and
     * they stay selected); where that is refused, they go back where they were and the status bar
     * says why; elsewhere the drag was a plain move.
     */
    public void endDrag() {
        ScopeDrag.Target target = dropTarget.get();
        ScopeDrag ended = drag;
        drag = null;
        dropTarget.set(null);
        if (target != null && ended != null) {
            if (target.allowed()) {
                if (!moveInto(ended.paths(), target.scope())) {
                    stack.revertGesture(); // the document changed under the drag: keep the reason shown
                }
            } else {
                stack.revertGesture();
                message.set(target.refusal());
            }
        }
        stack.seal();
    }

    /** @return where the dragged states would go if dropped now, or {@code null} (a plain move) */
    public ReadOnlyObjectProperty<ScopeDrag.Target> dropTargetProperty() {
        return dropTarget;
    }

    /** Moves states (with what is nested in them) into another scope; a refusal becomes the status message. */
    public boolean moveInto(Set<StatePath> paths, ScopeId scope) {
        MoveIntoScope edit;
        Map<String, String> renamed;
        List<StatePath> moved;
        try {
            edit = MoveIntoScope.of(document(), paths, scope, 0, 0);
            renamed = edit.renamesIn(document());
            moved = edit.movedPathsIn(document());
        } catch (EditException e) {
            message.set(e.getMessage());
            return false;
        }
        if (!execute(edit)) {
            return false;
        }
        selection.clear();
        selection.addAll(moved);
        if (!renamed.isEmpty()) {
            StringBuilder text = new StringBuilder(edit.description());
            renamed.forEach((from, to) -> text.append("; \"").append(from).append("\" is now \"").append(to)
                    .append("\" (the name is taken there)"));
            message.set(text.toString());
        }
        return true;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    public void toggleCollapsed(StatePath path) {
        execute(new SetCollapsed(path, !document().diagram().isCollapsed(path)));
    }

    public void setStart(StatePath path) {
        execute(new SetStartAt(ScopeId.of(path), path.name()));
    }

    /** Applies a fresh layout (computed off the application thread by the caller) as one undo step. */
    public void applyLayout(Diagram diagram) {
        execute(new ReplaceDiagram("Tidy up", diagram));
    }

    // ---- selection -------------------------------------------------------------------------------

    /** @return whether a state of this path is in the document (the shapes may be a moment behind it) */
    private boolean exists(StatePath path) {
        return StateTree.resolve(document().machine(), path) != null;
    }

    /** Selects one state (nothing when it is {@code null} or no longer in the document). */
    public void selectOnly(StatePath path) {
        selectedEdge.set(null);
        selection.clear();
        if (path != null && exists(path)) {
            selection.add(path);
        }
    }

    public void toggleSelected(StatePath path) {
        selectedEdge.set(null);
        if (!selection.remove(path) && exists(path)) {
            selection.add(path);
        }
    }

    /** Selects every state: in drawing order, then any the shapes do not show yet. */
    public void selectAll() {
        selectedEdge.set(null);
        selection.clear();
        geometry().states().forEach(shape -> {
            if (exists(shape.path())) {
                selection.add(shape.path());
            }
        });
        StateTree.walk(document().machine(), (path, state) -> selection.add(path));
    }

    /** Selects every state lying wholly inside a region (rubber band). */
    public void selectWithin(Bounds region, boolean add) {
        selectedEdge.set(null);
        if (!add) {
            selection.clear();
        }
        geometry().states().stream().filter(shape -> region.contains(shape.frame()) && exists(shape.path()))
                .forEach(shape -> selection.add(shape.path()));
    }

    /** Selects a transition (nothing when its source is no longer in the document). */
    public void selectEdge(EdgeShape edge) {
        selection.clear();
        selectedEdge.set(edge == null || edge.source() == null || exists(edge.source()) ? edge : null);
    }

    /** @return the states whose name contains {@code text} (ignoring case), in diagram order */
    public List<StatePath> find(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<StatePath> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        geometry().states().forEach(shape -> {
            if (shape.path().name().toLowerCase(Locale.ROOT).contains(needle) && exists(shape.path())) {
                found.add(shape.path());
            }
        });
        return found;
    }

    /** @return the single selected state, or {@code null} */
    public StatePath singleSelection() {
        return selection.size() == 1 ? selection.iterator().next() : null;
    }

    // ---- clipboard -------------------------------------------------------------------------------

    /** @return the selection as clipboard text, or {@code null} when nothing is selected */
    public String copySelection() {
        if (selection.isEmpty()) {
            return null;
        }
        String text = Clipboards.copy(document(), selection);
        message.set("Copied " + selection.size() + (selection.size() == 1 ? " state" : " states"));
        return text;
    }

    /** Pastes clipboard text into the scope of the selection (else the workflow), offset from the original. */
    public boolean paste(String text, double dx, double dy) {
        ScopeId scope = selection.isEmpty() ? ScopeId.ROOT : ScopeId.of(selection.iterator().next());
        try {
            var insert = Clipboards.paste(text, scope, dx, dy);
            Set<String> before = Names.used(document().machine());
            if (!execute(insert)) {
                return false;
            }
            selection.clear();
            StateTree.walk(document().machine(), (path, state) -> {
                if (!before.contains(path.name()) && ScopeId.of(path).equals(scope)) {
                    selection.add(path);
                }
            });
            return true;
        } catch (IllegalArgumentException e) {
            message.set("The clipboard holds no states to paste.");
            return false;
        }
    }

    /** Duplicates the selection beside itself. */
    public boolean duplicate() {
        String text = copySelection();
        return text != null && paste(text, 36, 36);
    }

    /** Runs several edits as one undo step. */
    public boolean executeAll(String description, List<Edit> edits) {
        return !edits.isEmpty() && execute(new CompoundEdit(description, edits));
    }

    /** @return the transition kinds a state has, for the context menu of an edge */
    public static String kindWord(TransitionKind kind) {
        switch (kind) {
            case CHOICE: return "rule";
            case DEFAULT: return "default";
            case CATCH: return "error path";
            case START: return "start";
            default: return "next step";
        }
    }
}
