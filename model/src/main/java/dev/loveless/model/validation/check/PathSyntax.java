package dev.loveless.model.validation.check;

/**
 * Parses the paths of ASL's JSONPath mode: a JSONPath (Jayway syntax, as Step Functions reads it:
 * {@code $.a.b}, {@code $['a b']}, {@code $.a[0]}, {@code $.a[-1:]}, {@code $..a}, {@code $.a[*]},
 * {@code $.a[?(@.x > 1)]}, {@code $.a.length()}), starting at the input ({@code $}), the context
 * object ({@code $$}) or a variable ({@code $name}). It tells whether the path is a
 * <em>Reference Path</em> (names a single node: only names and single indexes).
 * One pass, no regular expressions, no exceptions: a problem is a result. Thread-safe.
 */
public final class PathSyntax {

    /** Where a path starts. */
    public enum Root {
        /** {@code $}: the state's input (or the current item). */
        INPUT,
        /** {@code $$}: the context object. */
        CONTEXT,
        /** {@code $name}: a workflow variable. */
        VARIABLE
    }

    /**
     * The outcome of parsing a path.
     *
     * @param error     what is wrong, or {@code null} when the path is well formed
     * @param offset    where the problem is (0-based), or -1
     * @param root      where a well-formed path starts
     * @param variable  the variable's name when {@code root} is {@link Root#VARIABLE}
     * @param reference whether the path is a Reference Path (a single node)
     */
    public record Result(String error, int offset, Root root, String variable, boolean reference) {

        /** @return whether the path is well formed */
        public boolean ok() {
            return error == null;
        }
    }

    private PathSyntax() {
    }

    /** @return the outcome of parsing {@code text} as a path */
    public static Result parse(String text) {
        if (text == null || text.isEmpty()) {
            return fail("a path cannot be empty", 0);
        }
        if (text.charAt(0) != '$') {
            return fail("a path starts with $ (the input), $$ (the context object) or $name (a variable)", 0);
        }
        int i = 1;
        Root root = Root.INPUT;
        String variable = null;
        int length = text.length();
        if (i < length && text.charAt(i) == '$') {
            root = Root.CONTEXT;
            i++;
        } else if (i < length && isNameStart(text.charAt(i))) {
            int start = i;
            while (i < length && isNamePart(text.charAt(i))) {
                i++;
            }
            root = Root.VARIABLE;
            variable = text.substring(start, i);
        }
        boolean reference = true;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '.') {
                i++;
                if (i < length && text.charAt(i) == '.') {
                    reference = false;
                    i++;
                    if (i < length && text.charAt(i) == '[') {
                        continue;
                    }
                }
                if (i < length && text.charAt(i) == '*') {
                    reference = false;
                    i++;
                    continue;
                }
                int start = i;
                while (i < length && isDotNamePart(text.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return fail("a name must follow '.'", i);
                }
                if (i + 1 < length && text.charAt(i) == '(' && text.charAt(i + 1) == ')') {
                    reference = false;
                    i += 2;
                }
            } else if (c == '[') {
                int end = bracket(text, i);
                if (end < 0) {
                    return fail("'[' is not closed by a matching ']'", i);
                }
                String inner = text.substring(i + 1, end).trim();
                int kind = classifyBracket(inner);
                if (kind == BAD) {
                    return fail("'[" + inner + "]' is not an index, a quoted name, a slice, '*' or a filter", i);
                }
                if (kind != SINGLE) {
                    reference = false;
                }
                i = end + 1;
            } else {
                return fail(Character.isWhitespace(c) ? "a path cannot contain spaces outside quotes"
                        : "unexpected '" + c + "' (a name follows '.', an index goes in [ ])", i);
            }
        }
        return new Result(null, -1, root, variable, reference);
    }

    private static final int BAD = 0;
    private static final int SINGLE = 1;
    private static final int MULTIPLE = 2;

    private static int classifyBracket(String inner) {
        if (inner.isEmpty()) {
            return BAD;
        }
        char first = inner.charAt(0);
        if (inner.equals("*")) {
            return MULTIPLE;
        }
        if (first == '?' || first == '(') {
            return inner.charAt(inner.length() - 1) == ')' && (first == '(' || inner.length() > 2 && inner.charAt(1) == '(')
                    ? MULTIPLE : BAD;
        }
        if (first == '\'' || first == '"') {
            int names = 0;
            int i = 0;
            while (i < inner.length()) {
                char quote = inner.charAt(i);
                if (quote != '\'' && quote != '"') {
                    return BAD;
                }
                int close = i + 1;
                while (close < inner.length() && inner.charAt(close) != quote) {
                    close += inner.charAt(close) == '\\' ? 2 : 1;
                }
                if (close >= inner.length()) {
                    return BAD;
                }
                names++;
                i = skipSpaces(inner, close + 1);
                if (i < inner.length()) {
                    if (inner.charAt(i) != ',') {
                        return BAD;
                    }
                    i = skipSpaces(inner, i + 1);
                }
            }
            return names == 1 ? SINGLE : MULTIPLE;
        }
        // indexes, index lists and slices
        boolean colon = false;
        boolean comma = false;
        boolean digit = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == ':') {
                colon = true;
            } else if (c == ',') {
                comma = true;
            } else if (c == '-') {
                if (i + 1 >= inner.length() || inner.charAt(i + 1) < '0' || inner.charAt(i + 1) > '9') {
                    return BAD;
                }
            } else if (c != ' ') {
                return BAD;
            }
        }
        if (!digit && !colon) {
            return BAD;
        }
        return colon || comma ? MULTIPLE : SINGLE;
    }

    /** @return the index of the ']' closing the '[' at {@code open}, skipping quotes and parentheses; -1 if none */
    private static int bracket(String text, int open) {
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int close = i + 1;
                while (close < text.length() && text.charAt(close) != c) {
                    close += text.charAt(close) == '\\' ? 2 : 1;
                }
                if (close >= text.length()) {
                    return -1;
                }
                i = close;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    private static boolean isDotNamePart(char c) {
        return c != '.' && c != '[' && c != ']' && c != '(' && c != ')' && c != '\'' && c != '"'
                && c != '$' && !Character.isWhitespace(c) && c != ',' && c != '*';
    }

    private static Result fail(String message, int offset) {
        return new Result(message, offset, null, null, false);
    }
}
