package dev.loveless.exporters.java;

/**
 * What the Java compiler reads as code in a source file: unicode escapes decoded first (as javac
 * does before lexing), then string and character literals, text blocks and comments blanked out.
 */
final class JavaCode {

    private JavaCode() {
    }

    static String withoutLiteralsAndComments(String source) {
        String text = decodeUnicodeEscapes(source);
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new AssertionError("unterminated comment");
                }
                i = end + 2;
                code.append(' ');
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                i = end + 3;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    if (text.charAt(j) == '\n') {
                        throw new AssertionError("line break inside a literal");
                    }
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static String decodeUnicodeEscapes(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                int backslashes = 0;
                for (int k = out.length() - 1; k >= 0 && out.charAt(k) == '\\'; k--) {
                    backslashes++;
                }
                int j = i + 1;
                if (backslashes % 2 == 0 && j < source.length() && source.charAt(j) == 'u') {
                    while (j < source.length() && source.charAt(j) == 'u') {
                        j++;
                    }
                    if (j + 4 <= source.length()) {
                        out.append((char) Integer.parseInt(source.substring(j, j + 4), 16));
                        i = j + 4;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
