package dev.loveless.model.io;

/**
 * The two choices the canonical JSON format leaves to the file: whether it ends with a newline,
 * and whether non-ASCII characters are written as {@code \}{@code uXXXX} escapes (as Python's
 * {@code json.dumps} does by default) or as they are (as {@code JSON.stringify} does). A file
 * keeps its own choices when it is written back, so either tool's output survives unchanged.
 * Indentation (two spaces) and line endings ({@code \n}) are always canonical.
 */
public record JsonStyle(boolean finalNewline, boolean escapeNonAscii) {

    /** A final newline, characters as they are. */
    public static final JsonStyle CANONICAL = new JsonStyle(true, false);

    /** @return the style a JSON text is written in */
    public static JsonStyle of(String text) {
        if (text == null || text.isEmpty()) {
            return CANONICAL;
        }
        // A pretty-printed file without a final newline (JSON.stringify's output) keeps that;
        // a one-line (minified) file gets the canonical newline.
        boolean finalNewline = text.charAt(text.length() - 1) == '\n' || text.indexOf('\n') < 0;
        return new JsonStyle(finalNewline, escapesNonAscii(text));
    }

    /** @return whether the text escapes non-ASCII characters and never writes one as it is */
    private static boolean escapesNonAscii(String text) {
        boolean escaped = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            if (c == '\\' && !escaped && i + 5 < length && text.charAt(i + 1) == 'u'
                    && hexValue(text, i + 2) >= 0x80) {
                escaped = true;
            }
        }
        return escaped;
    }

    private static int hexValue(String text, int start) {
        int value = 0;
        for (int i = start; i < start + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
