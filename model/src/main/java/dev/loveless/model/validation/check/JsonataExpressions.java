package dev.loveless.model.validation.check;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

/**
 * Checks JSONata values of ASL's JSONata mode: a string that starts with {@code {%} or ends with
 * {@code %}} is meant as an expression and must be exactly {@code {% expression %}} (the
 * delimiters on the string's edges, whitespace inside each) on a single line, and the expression
 * must parse with a real JSONata parser (com.dashjoin:jsonata) and must not start at {@code $} or
 * {@code $$}, which Step Functions does not provide (the input is {@code $states.input}).
 * <p>
 * Single line: AWS refuses a {@code {% … %}} string holding a line break (the corpus records
 * {@code "{% \n10 %}"} as refused), as a Java pattern {@code \{%.*%\}} without DOTALL would: its
 * {@code .} matches no line terminator ({@code \n}, {@code \r}, U+0085, U+2028, U+2029), so the
 * same characters are refused here. Thread-safe.
 */
public final class JsonataExpressions {

    /**
     * The outcome of checking a value.
     *
     * @param error  what is wrong, or {@code null}
     * @param offset where in the string (0-based), or -1
     */
    public record Result(String error, int offset) {
        public static final Result OK = new Result(null, -1);

        public boolean ok() {
            return error == null;
        }
    }

    private JsonataExpressions() {
    }

    /** @return whether {@code value} is meant as a JSONata expression (it starts with {@code {%} or ends with {@code %}}) */
    public static boolean isExpression(String value) {
        return value != null && (value.startsWith("{%") || value.endsWith("%}"));
    }

    /** @return whether {@code value} is exactly one {@code {% … %}} expression (not checked for syntax) */
    public static boolean isDelimited(String value) {
        return value != null && value.length() >= 4 && value.startsWith("{%") && value.endsWith("%}");
    }

    /** @return the outcome of checking a string meant as {@code {% expression %}} */
    public static Result check(String value) {
        if (!value.startsWith("{%")) {
            return new Result("a JSONata expression must start with '{%' (it ends with '%}'): write {% expression %}", 0);
        }
        if (!value.endsWith("%}") || value.length() < 4) {
            return new Result("a JSONata expression must end with '%}' (it starts with '{%'): write {% expression %}",
                    value.length());
        }
        String inner = value.substring(2, value.length() - 2);
        if (inner.isBlank()) {
            return new Result("the JSONata expression between {% and %} is empty", 2);
        }
        if (!Character.isWhitespace(inner.charAt(0)) || !Character.isWhitespace(inner.charAt(inner.length() - 1))) {
            return new Result("write a space after '{%' and before '%}': {% expression %}", 2);
        }
        int lineBreak = lineBreak(value);
        if (lineBreak >= 0) {
            return new Result("a {% … %} expression must be on one line, and this one has a line break ("
                    + describe(value.charAt(lineBreak)) + ") at character " + (lineBreak + 1)
                    + ", which Step Functions refuses; join the lines (inside a JSONata string literal, write"
                    + " the two characters \\n for a line break)", lineBreak);
        }
        return checkExpression(inner.trim(), 3);
    }

    /** @return the outcome of parsing a bare JSONata expression; offsets are shifted by {@code base} */
    public static Result checkExpression(String expression, int base) {
        if (expression.startsWith("$$") || expression.equals("$")
                || expression.length() > 1 && expression.charAt(0) == '$' && !isVariableChar(expression.charAt(1))) {
            return new Result("Step Functions gives JSONata no '$' or '$$' at the top level: read the input as"
                    + " $states.input and the context as $states.context", base);
        }
        try {
            Jsonata.jsonata(expression);
            return Result.OK;
        } catch (JException e) {
            int location = Math.max(0, e.getLocation());
            return new Result("JSONata syntax: " + plain(e), base + location);
        } catch (RuntimeException e) {
            return new Result("JSONata syntax: " + e.getMessage(), base);
        }
    }

    /** @return where {@code text} has its first line terminator (as Java's regular expressions define them), or -1 */
    public static int lineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private static String describe(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            default:
                return String.format("U+%04X", (int) c);
        }
    }

    private static boolean isVariableChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String plain(JException e) {
        String message = e.getMessage();
        return message == null ? e.getError() : message;
    }
}
