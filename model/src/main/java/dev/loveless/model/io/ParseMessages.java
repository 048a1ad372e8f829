package dev.loveless.model.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the parser's technical messages into plain words a designer user can act on. */
final class ParseMessages {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");

    private ParseMessages() {
    }

    static String plain(String message, Format format) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        Matcher duplicate = DUPLICATE.matcher(first);
        if (duplicate.find()) {
            return "The field \"" + duplicate.group(1) + "\" appears twice in the same object.";
        }
        if (first.contains("Unexpected end-of-input")) {
            return "The " + format + " text ends too early: a closing brace, bracket or quote is missing.";
        }
        if (first.contains("was expecting comma to separate Object entries")) {
            return "A comma is missing between two fields (or a closing brace is missing).";
        }
        if (first.contains("was expecting comma to separate Array entries")) {
            return "A comma is missing between two array elements (or a closing bracket is missing).";
        }
        if (first.contains("was expecting double-quote to start field name")) {
            return "A field name must be in double quotes (is there a trailing comma?).";
        }
        if (first.contains("Trailing token") || first.contains("Unexpected token") && first.contains("trailing")) {
            return "There is more text after the end of the definition.";
        }
        if (first.contains("Illegal unquoted character")) {
            return "A string contains a raw control character (a line break or tab must be written \\n or \\t).";
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(first);
        if (unexpected.find()) {
            return "Unexpected character '" + unexpected.group(1) + "'" + rest(first);
        }
        if (first.startsWith("Unrecognized token")) {
            return first.replace("Unrecognized token", "Unrecognized word")
                    .replace("('true', 'false', 'null', String, Number, Array or Object)",
                            "(a value must be a string in double quotes, a number, true, false, null, an object or an array)");
        }
        return first.isEmpty() ? "The " + format + " text is not well formed." : first;
    }

    private static String rest(String message) {
        int colon = message.indexOf("): ");
        return colon < 0 ? "." : ": " + message.substring(colon + 3) + ".";
    }
}
