package dev.loveless.exporters.java;

/** Makes definition text inert in a generated Markdown file: no markup, no HTML, no code fence, one line. */
final class Markdown {

    private Markdown() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String line = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~', '{', '}', '+', '-', '.' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
