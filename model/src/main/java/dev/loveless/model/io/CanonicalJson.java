package dev.loveless.model.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree in the canonical ASL format: two-space indentation, {@code "key": value},
 * one array element per line, {@code {}} and {@code []} when empty, non-ASCII characters as they
 * are, numbers as they were read ({@code 2.0} stays {@code 2.0}), and a final newline. It is what
 * {@code JSON.stringify(value, null, 2)} and Python's {@code json.dumps(value, indent=2,
 * ensure_ascii=False)} write, so files from those tools come back byte for byte.
 *
 * <p>Iterative in depth only up to the reader's nesting limit, so recursion is bounded.
 */
final class CanonicalJson {

    private static final String INDENT = "  ";

    private final StringBuilder out;
    private final boolean escapeNonAscii;

    private CanonicalJson(int sizeHint, boolean escapeNonAscii) {
        this.out = new StringBuilder(sizeHint);
        this.escapeNonAscii = escapeNonAscii;
    }

    static String write(JsonNode node) {
        return write(node, JsonStyle.CANONICAL);
    }

    static String write(JsonNode node, JsonStyle style) {
        CanonicalJson writer = new CanonicalJson(4096, style.escapeNonAscii());
        writer.value(node, 0);
        if (style.finalNewline()) {
            writer.out.append('\n');
        }
        return writer.out.toString();
    }

    private void value(JsonNode node, int depth) {
        if (node.isObject()) {
            object(node, depth);
        } else if (node.isArray()) {
            array(node, depth);
        } else if (node.isTextual()) {
            string(node.textValue());
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toString());
        } else if (node.isNumber() || node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            // Binary, POJO or missing nodes never come from the reader; write them as text.
            string(node.asText());
        }
    }

    private void object(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(field.getKey());
            out.append(": ");
            value(field.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            value(node.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private void string(String text) {
        out.append('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || (escapeNonAscii && c >= 0x80) || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
