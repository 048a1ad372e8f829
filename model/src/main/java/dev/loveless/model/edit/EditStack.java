package dev.loveless.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The undo history of one document: executes {@link Edit}s and keeps, for each, the document
 * before and after it, so that undo and redo restore exact snapshots.
 *
 * <ul>
 *   <li>Continuous gestures merge: while the stack is not {@linkplain #seal() sealed}, an edit
 *       whose {@link Edit#mergedAfter} absorbs the last one replaces it (one drag = one step).
 *       Undo, redo and {@link #markSaved()} seal as well.</li>
 *   <li>Compound actions are one {@link CompoundEdit}.</li>
 *   <li>An edit started from inside an edit (while one applies, or while listeners hear of one) is
 *       refused with an {@link IllegalStateException}: side effects belong inside the edit.</li>
 *   <li>The {@link #revision()} counts every change of the current document.</li>
 * </ul>
 * Not thread-safe: use it from one thread (the JavaFX application thread in the designer).
 */
public final class EditStack {

    /** One step of the history. */
    public record Entry(Edit edit, Document before, Document after) {
        public Entry {
            Objects.requireNonNull(edit, "edit");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Consumer<EditStack>> listeners = new ArrayList<>();
    private final int limit;
    private Document document;
    private Document saved;
    private long revision;
    private boolean busy;
    private boolean sealed = true;

    public EditStack(Document initial) {
        this(initial, 500);
    }

    /** @param limit how many steps undo keeps; older ones are forgotten */
    public EditStack(Document initial, int limit) {
        this.document = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least one step");
        }
        this.limit = limit;
    }

    public Document document() {
        return document;
    }

    /** @return how many times the current document changed (executes, undos and redos) */
    public long revision() {
        return revision;
    }

    /**
     * Applies {@code edit}, merging it into the last step when the gesture is still open and the
     * edit absorbs it. An edit that throws leaves everything as it was.
     */
    public void execute(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        enter();
        Document before = document;
        Document after;
        Edit recorded = edit;
        Entry last = sealed ? null : undo.peek();
        Edit merged = last == null ? null : edit.mergedAfter(last.edit());
        try {
            after = Objects.requireNonNull(edit.apply(before), "an edit returned no document");
        } finally {
            busy = false;
        }
        if (merged != null) {
            undo.pop();
            before = last.before();
            recorded = merged;
        }
        undo.push(new Entry(recorded, before, after));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        sealed = false;
        change(after);
    }

    /** Ends the current gesture: the next edit starts a new undo step. */
    public void seal() {
        sealed = true;
    }

    /**
     * Takes back the gesture still open (a drag dropped where it may not go): the document returns
     * to what it was before the gesture, which leaves no step to undo or redo. Does nothing when
     * no gesture is open.
     */
    public void revertGesture() {
        enter();
        busy = false;
        if (sealed || undo.isEmpty()) {
            return;
        }
        Entry entry = undo.pop();
        sealed = true;
        change(entry.before());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** @return what undo would undo, or {@code null} */
    public String undoDescription() {
        return undo.isEmpty() ? null : undo.peek().edit().description();
    }

    /** @return what redo would redo, or {@code null} */
    public String redoDescription() {
        return redo.isEmpty() ? null : redo.peek().edit().description();
    }

    public void undo() {
        enter();
        busy = false;
        if (undo.isEmpty()) {
            return;
        }
        Entry entry = undo.pop();
        redo.push(entry);
        sealed = true;
        change(entry.before());
    }

    public void redo() {
        enter();
        busy = false;
        if (redo.isEmpty()) {
            return;
        }
        Entry entry = redo.pop();
        undo.push(entry);
        sealed = true;
        change(entry.after());
    }

    /** Records the current document as the one saved on disk. */
    public void markSaved() {
        saved = document;
        sealed = true;
        notifyListeners();
    }

    /** @return whether the current document differs from the one last saved */
    public boolean isDirty() {
        return document != saved;
    }

    /** Forgets the history and starts again from {@code fresh} (a reload from disk). */
    public void reset(Document fresh, boolean dirty) {
        enter();
        busy = false;
        undo.clear();
        redo.clear();
        saved = dirty ? null : fresh;
        sealed = true;
        change(fresh);
    }

    /** Calls {@code listener} after every change of the document, of the history or of the saved mark. */
    public void addListener(Consumer<EditStack> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private void enter() {
        if (busy) {
            throw new IllegalStateException("an edit was started from inside another edit");
        }
        busy = true;
    }

    private void change(Document next) {
        document = next;
        revision++;
        notifyListeners();
    }

    private void notifyListeners() {
        busy = true;
        try {
            for (Consumer<EditStack> listener : List.copyOf(listeners)) {
                listener.accept(this);
            }
        } finally {
            busy = false;
        }
    }
}
