package dev.loveless.model.edit;

import dev.loveless.model.ChoiceState;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.graph.TransitionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers "may the user do this?" before a gesture, so that the designer refuses nonsense instead
 * of producing it: no transition out of a Succeed or Fail state, no transition across a branch
 * boundary (into or out of a Parallel branch or a Map processor), nothing to a state that is not
 * there. "Is the definition valid?" is the validator's question, not this one's.
 */
public final class EditRules {

    /** One way to connect two states, with the words to offer it in a menu. */
    public record Connection(TransitionKind kind, int index, String label) {
        public Connection {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The answer to a connection gesture: the ways it may be made (the sensible one first), or why it
     * may not; {@code ambiguous} when the user should be asked which one.
     */
    public record Verdict(List<Connection> options, String refusal, boolean ambiguous) {
        public Verdict {
            options = List.copyOf(options);
        }

        /** @return whether the gesture may be made at all */
        public boolean allowed() {
            return refusal == null && !options.isEmpty();
        }

        static Verdict refuse(String why) {
            return new Verdict(List.of(), why, false);
        }
    }

    private EditRules() {
    }

    /** @return whether a transition may start at this state at all, as a refusal or {@code null} */
    public static String whyNoTransitionFrom(Document document, StatePath source) {
        State state = StateTree.resolve(document.machine(), source);
        if (state == null) {
            return "There is no state \"" + source + "\".";
        }
        if (state.type() != null && state.type().isTerminal()) {
            return "A " + state.type().aslName() + " state ends its path: nothing can follow it.";
        }
        return null;
    }

    /** @return how {@code source} may be connected to {@code target}, sensible choice first */
    public static Verdict connect(Document document, StatePath source, StatePath target) {
        String refusal = whyNoTransitionFrom(document, source);
        if (refusal != null) {
            return Verdict.refuse(refusal);
        }
        if (StateTree.resolve(document.machine(), target) == null) {
            return Verdict.refuse("There is no state \"" + target + "\".");
        }
        if (!source.sameScopeAs(target)) {
            return Verdict.refuse("\"" + source.name() + "\" and \"" + target.name()
                    + "\" are in different parts of the workflow: a step can only lead to a step of its own branch.");
        }
        State state = StateTree.resolve(document.machine(), source);
        List<Connection> options = new ArrayList<>();
        if (state instanceof ChoiceState choice) {
            Connection rule = new Connection(TransitionKind.CHOICE, choice.choicesOrEmpty().size(),
                    "When a condition holds (new rule)");
            Connection otherwise = new Connection(TransitionKind.DEFAULT, 0, "Otherwise (default)");
            if (choice.defaultState() == null && !choice.choicesOrEmpty().isEmpty()) {
                options.add(otherwise);
                options.add(rule);
            } else {
                options.add(rule);
                options.add(otherwise);
            }
            return new Verdict(options, null, true);
        }
        boolean canCatch = state.type() != null && (state.type() == dev.loveless.model.StateType.TASK
                || state.type() == dev.loveless.model.StateType.PARALLEL || state.type() == dev.loveless.model.StateType.MAP);
        int catchers = state.common().catchers() == null ? 0 : state.common().catchers().size();
        Connection next = new Connection(TransitionKind.NEXT, 0,
                state.next() == null ? "Then (next step)" : "Then (replaces the next step)");
        Connection error = new Connection(TransitionKind.CATCH, catchers, "On error (catch)");
        if (canCatch && state.next() != null) {
            options.add(error);
            options.add(next);
        } else {
            options.add(next);
            if (canCatch) {
                options.add(error);
            }
        }
        return new Verdict(options, null, canCatch && state.next() != null);
    }

    /**
     * @return why the states at {@code paths} (with what is nested in them) cannot be moved into
     *         {@code scope}, or {@code null} when they can ({@link MoveIntoScope})
     */
    public static String whyNoMove(Document document, java.util.Set<StatePath> paths, dev.loveless.model.graph.ScopeId scope) {
        try {
            MovePlan.of(document, paths, scope);
            return null;
        } catch (EditException e) {
            return e.getMessage();
        }
    }

    /** @return why nothing can be dropped into the given place, or {@code null} when it can */
    public static String whyNoDropInto(Document document, dev.loveless.model.graph.ScopeId scope) {
        return Scopes.find(document.machine(), scope) == null ? "That is not a place for a step." : null;
    }
}
