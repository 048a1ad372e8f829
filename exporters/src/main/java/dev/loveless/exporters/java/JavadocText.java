package dev.loveless.exporters.java;

/**
 * Makes text from a definition safe inside a generated Javadoc comment: nothing in it can close
 * the comment ({@code *}{@code /}), start a unicode escape that the compiler would decode before
 * lexing (a backslash followed by {@code u}), start a Javadoc tag ({@code @}) or be read as HTML.
 * Line breaks and other control characters become spaces.
 */
final class JavadocText {

    private JavadocText() {
    }

    /** @return the text, escaped as HTML entities where needed, on one line, at most {@code max} characters */
    static String safe(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        if (line.length() > max) {
            line = line.substring(0, max) + "…";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\' -> out.append("&#92;");
                case '@' -> out.append("&#64;");
                case '/' -> out.append(i > 0 && line.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
