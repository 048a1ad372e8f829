package dev.loveless.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.Extras;
import dev.loveless.model.FailState;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.PassState;
import dev.loveless.model.State;
import dev.loveless.model.SucceedState;
import dev.loveless.model.TaskState;
import dev.loveless.model.UnknownState;
import dev.loveless.model.WaitState;

import java.util.ArrayList;
import java.util.List;

/**
 * One state (or one Choice rule) as the JSON object ASL writes for it, and back: the lossless
 * bridge the inspector edits through. A field is addressed by a JSON pointer relative to the
 * state ({@code /Retry/0/MaxAttempts}); setting it changes that value only and keeps every other
 * field, unknown ones included, as it was. Thread-safe.
 */
public final class StateJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private StateJson() {
    }

    /** @return the state as a fresh JSON value (an object, unless the state is not one) */
    public static JsonNode toJson(State state) {
        return TreeWriter.state(state);
    }

    /** @return the state a JSON value reads as (anything: an ill-formed state reads as an {@link UnknownState}) */
    public static State fromJson(JsonNode node) {
        return TreeReader.state(node);
    }

    /** @return a Choice rule as its JSON object */
    public static ObjectNode toJson(ChoiceRule rule) {
        return TreeWriter.rule(rule);
    }

    /** @return the Choice rule a JSON object reads as */
    public static ChoiceRule ruleFromJson(ObjectNode node) {
        return TreeReader.rule(node);
    }

    /** @return the value at {@code pointer} inside the state's JSON, or {@code null} when there is none */
    public static JsonNode get(State state, String pointer) {
        JsonNode value = toJson(state).at(pointer);
        return value.isMissingNode() ? null : value;
    }

    /**
     * @param pointer a JSON pointer relative to the state, e.g. {@code /InputPath} or {@code /Retry/0/MaxAttempts};
     *                objects on the way are created when missing; an array index one past the end appends
     * @param value   the new value, or {@code null} to remove the field (an array element is removed)
     * @return the state with that one value changed; a new top-level field takes its usual place
     * @throws IllegalArgumentException when the pointer runs through something that is not an object or array
     */
    public static State with(State state, String pointer, JsonNode value) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            if (value == null) {
                throw new IllegalArgumentException("a state cannot be removed by setting its fields");
            }
            return fromJson(value);
        }
        JsonNode root = toJson(state);
        if (!root.isObject()) {
            throw new IllegalArgumentException("this state is not a JSON object; edit it in the code view");
        }
        JsonNode parent = root;
        for (int i = 0; i < tokens.size() - 1; i++) {
            parent = child(parent, tokens.get(i), tokens.get(i + 1), value != null);
            if (parent == null) {
                return state; // removing something under a part that is not there: nothing to do
            }
        }
        set(parent, tokens.get(tokens.size() - 1), value);
        State changed = fromJson(root);
        // A new top-level field goes where ASL usually has it, not last: keep the order read before.
        return withOrder(changed, state.extras().order());
    }

    private static JsonNode child(JsonNode parent, String token, String nextToken, boolean create) {
        JsonNode existing = parent.isObject() ? parent.get(token) : parent.isArray() ? element(parent, token) : null;
        if (existing != null && (existing.isObject() || existing.isArray())) {
            return existing;
        }
        if (!create) {
            return null;
        }
        if (existing != null && !existing.isNull()) {
            throw new IllegalArgumentException("'" + token + "' holds a single value, not fields");
        }
        JsonNode fresh = isIndex(nextToken) ? NODES.arrayNode() : NODES.objectNode();
        if (parent.isObject()) {
            ((ObjectNode) parent).set(token, fresh);
        } else if (parent.isArray() && isIndex(token) && Integer.parseInt(token) == parent.size()) {
            ((ArrayNode) parent).add(fresh);
        } else {
            throw new IllegalArgumentException("there is no element " + token + " here");
        }
        return fresh;
    }

    private static JsonNode element(JsonNode array, String token) {
        return isIndex(token) ? array.get(Integer.parseInt(token)) : null;
    }

    private static void set(JsonNode parent, String token, JsonNode value) {
        if (parent.isObject()) {
            if (value == null) {
                ((ObjectNode) parent).remove(token);
            } else {
                ((ObjectNode) parent).set(token, value);
            }
            return;
        }
        ArrayNode array = (ArrayNode) parent;
        if (!isIndex(token)) {
            throw new IllegalArgumentException("'" + token + "' is not an index of a list");
        }
        int index = Integer.parseInt(token);
        if (value == null) {
            if (index < array.size()) {
                array.remove(index);
            }
        } else if (index < array.size()) {
            array.set(index, value);
        } else if (index == array.size()) {
            array.add(value);
        } else {
            throw new IllegalArgumentException("there is no element " + index + " in a list of " + array.size());
        }
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the unescaped tokens of a JSON pointer ({@code ""} is the whole value) */
    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return tokens;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** @return {@code state} with its fields written in {@code order} (new ones at their usual place) */
    static State withOrder(State state, List<String> order) {
        Extras extras = new Extras(order, state.extras().unknown());
        if (state instanceof TaskState t) {
            return new TaskState(t.common(), t.resource(), t.timeoutSeconds(), t.timeoutSecondsPath(),
                    t.heartbeatSeconds(), t.heartbeatSecondsPath(), t.credentials(), extras);
        }
        if (state instanceof PassState p) {
            return new PassState(p.common(), p.result(), extras);
        }
        if (state instanceof ChoiceState c) {
            return new ChoiceState(c.common(), c.choices(), c.defaultState(), extras);
        }
        if (state instanceof WaitState w) {
            return new WaitState(w.common(), w.seconds(), w.secondsPath(), w.timestamp(), w.timestampPath(), extras);
        }
        if (state instanceof SucceedState s) {
            return new SucceedState(s.common(), extras);
        }
        if (state instanceof FailState f) {
            return new FailState(f.common(), f.error(), f.errorPath(), f.cause(), f.causePath(), extras);
        }
        if (state instanceof ParallelState p) {
            return new ParallelState(p.common(), p.branches(), extras);
        }
        if (state instanceof MapState m) {
            return new MapState(m.common(), m.itemProcessor(), m.iterator(), m.itemsPath(), m.items(),
                    m.itemSelector(), m.itemReader(), m.itemBatcher(), m.resultWriter(), m.maxConcurrency(),
                    m.maxConcurrencyPath(), m.toleratedFailurePercentage(), m.toleratedFailurePercentagePath(),
                    m.toleratedFailureCount(), m.toleratedFailureCountPath(), m.label(), extras);
        }
        UnknownState u = (UnknownState) state;
        return u.nonObject() != null ? u : new UnknownState(u.typeName(), u.common(), null, extras);
    }
}
