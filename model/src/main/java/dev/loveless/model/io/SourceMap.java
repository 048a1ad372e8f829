package dev.loveless.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of a definition stands in its source text: JSON pointer → line and column.
 * Built on first use by a second streaming pass over the text, so reading stays fast when no one
 * asks for locations.
 */
public final class SourceMap {

    /** A 1-based line and column. */
    public record Location(int line, int column) {
        public static final Location UNKNOWN = new Location(0, 0);
    }

    /** A source map for text that is not available (a definition made in memory). */
    public static final SourceMap NONE = new SourceMap(null, null);

    private final String text;
    private final JsonFactory factory;
    private Map<String, Location> keys;
    private Map<String, Location> values;

    SourceMap(String text, JsonFactory factory) {
        this.text = text;
        this.factory = factory;
    }

    /**
     * @return where the field or element {@code pointer} names starts: the key of an object member,
     *         or the value of an array element; the nearest enclosing part's location when the
     *         pointer names nothing in the source; {@link Location#UNKNOWN} when there is no source
     */
    public synchronized Location locate(String pointer) {
        if (text == null) {
            return Location.UNKNOWN;
        }
        index();
        String current = pointer == null ? "" : pointer;
        while (true) {
            Location location = keys.get(current);
            if (location == null) {
                location = values.get(current);
            }
            if (location != null) {
                return location;
            }
            int slash = current.lastIndexOf('/');
            if (slash < 0) {
                return new Location(1, 1);
            }
            current = current.substring(0, slash);
        }
    }

    /** @return where the value at {@code pointer} starts (after its key), as {@link #locate} otherwise */
    public synchronized Location locateValue(String pointer) {
        if (text == null) {
            return Location.UNKNOWN;
        }
        index();
        Location location = values.get(pointer == null ? "" : pointer);
        return location != null ? location : locate(pointer);
    }

    private void index() {
        if (keys != null) {
            return;
        }
        keys = new HashMap<>();
        values = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            Deque<Frame> frames = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    Frame frame = frames.peek();
                    frame.key = parser.currentName();
                    keys.put(frame.pointer(), location(parser.currentTokenLocation()));
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                Frame parent = frames.peek();
                if (parent != null && parent.array) {
                    parent.index++;
                    parent.key = Integer.toString(parent.index);
                }
                String pointer = parent == null ? "" : parent.pointer();
                values.put(pointer, location(parser.currentTokenLocation()));
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    frames.push(new Frame(pointer, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // The text was already parsed once; a failure here leaves what was indexed so far.
        }
    }

    private static Location location(JsonLocation location) {
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    private static final class Frame {
        final String prefix;
        final boolean array;
        int index = -1;
        String key;

        Frame(String prefix, boolean array) {
            this.prefix = prefix;
            this.array = array;
        }

        String pointer() {
            return prefix + "/" + escape(key);
        }

        private static String escape(String token) {
            return token.indexOf('~') < 0 && token.indexOf('/') < 0
                    ? token : token.replace("~", "~0").replace("/", "~1");
        }
    }
}
