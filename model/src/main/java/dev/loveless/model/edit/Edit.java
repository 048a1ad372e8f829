package dev.loveless.model.edit;

/**
 * One change to a {@link Document}, and the only way to make one. An edit is a value: it says
 * what it does ({@link #description()}, shown as "Undo Rename state") and computes the changed
 * document without side effects. Everything the change implies happens inside {@link #apply}
 * (renaming a state also rewrites every transition that names it).
 */
public interface Edit {

    /** @return what the edit does, in a few words for the Edit menu ("Move 3 states") */
    String description();

    /**
     * @return the changed document
     * @throws EditException when the edit does not fit the document (a state that is not there…)
     */
    Document apply(Document document);

    /**
     * Continuous gestures (a drag, typing) execute many small edits; the {@link EditStack} folds
     * them into one undo step by asking the newer edit to absorb the previous one.
     *
     * @return one edit doing {@code previous} then this, or {@code null} when they do not merge
     */
    default Edit mergedAfter(Edit previous) {
        return null;
    }
}
