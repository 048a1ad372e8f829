package dev.loveless.model.validation.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parses and checks an intrinsic function call of ASL's JSONPath mode, e.g.
 * {@code States.Format('Hello {}', $.name)}: the function must be known, its argument count and
 * the types of its literal (and nested-call) arguments must fit, string literals may escape only
 * {@code \' \{ \} \\}, and nothing may follow the closing parenthesis. With literal arguments it
 * also checks what AWS's "Intrinsic functions" page requires of them: as many {@code States.Format}
 * arguments as {@code {}} placeholders in a literal template;
 * {@code States.ArrayRange} integers with a non-zero step making at most 1,000 items;
 * {@code States.MathAdd} integers; {@code States.JsonMerge} shallow ({@code false}); a known
 * {@code States.Hash} algorithm; calls nested at most 10 deep. A hand-written recursive descent
 * parser: one pass, no regular expressions, no exceptions. Thread-safe.
 */
public final class IntrinsicFunctions {

    /** The JSON type of a value as far as it can be told before running. */
    public enum Type {
        STRING, NUMBER, INTEGER, BOOLEAN, NULL, ARRAY, OBJECT,
        /** Known only at run time (a path, or a function returning any JSON). */
        ANY;

        /** @return whether a value of type {@code actual} may stand where this type is expected */
        boolean accepts(Type actual) {
            if (this == ANY || actual == ANY || this == actual) {
                return true;
            }
            return this == NUMBER && actual == INTEGER;
        }

        String words() {
            switch (this) {
                case STRING: return "a string";
                case NUMBER: return "a number";
                case INTEGER: return "an integer";
                case BOOLEAN: return "a boolean";
                case NULL: return "null";
                case ARRAY: return "an array";
                case OBJECT: return "a JSON object";
                default: return "any value";
            }
        }
    }

    /**
     * One intrinsic function: its parameters (the last repeats when {@code variadic}) and what it returns.
     *
     * @param name       e.g. {@code States.Format}
     * @param parameters the parameter types
     * @param required   how many arguments are required
     * @param variadic   whether the last parameter may repeat
     * @param returns    the type of the result
     */
    public record Signature(String name, List<Type> parameters, int required, boolean variadic, Type returns) {
        public Signature {
            Objects.requireNonNull(name, "name");
            parameters = List.copyOf(parameters);
        }

        String arity() {
            if (variadic) {
                return "at least " + plural(required);
            }
            return required == parameters.size() ? plural(required)
                    : required + " or " + plural(parameters.size());
        }

        private static String plural(int count) {
            return count + (count == 1 ? " argument" : " arguments");
        }
    }

    /**
     * The outcome of checking a call.
     *
     * @param error   what is wrong, or {@code null}
     * @param offset  where (0-based), or -1
     * @param returns the type the call returns when well formed
     */
    public record Result(String error, int offset, Type returns) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final Map<String, Signature> FUNCTIONS = new LinkedHashMap<>();

    static {
        define("States.Format", Type.STRING, 1, true, Type.STRING, Type.ANY);
        define("States.StringToJson", Type.ANY, 1, false, Type.STRING);
        define("States.JsonToString", Type.STRING, 1, false, Type.ANY);
        define("States.Array", Type.ARRAY, 0, true, Type.ANY);
        define("States.ArrayPartition", Type.ARRAY, 2, false, Type.ARRAY, Type.INTEGER);
        define("States.ArrayContains", Type.BOOLEAN, 2, false, Type.ARRAY, Type.ANY);
        define("States.ArrayRange", Type.ARRAY, 3, false, Type.INTEGER, Type.INTEGER, Type.INTEGER);
        define("States.ArrayGetItem", Type.ANY, 2, false, Type.ARRAY, Type.INTEGER);
        define("States.ArrayLength", Type.INTEGER, 1, false, Type.ARRAY);
        define("States.ArrayUnique", Type.ARRAY, 1, false, Type.ARRAY);
        define("States.Base64Encode", Type.STRING, 1, false, Type.STRING);
        define("States.Base64Decode", Type.STRING, 1, false, Type.STRING);
        define("States.Hash", Type.STRING, 2, false, Type.ANY, Type.STRING);
        define("States.JsonMerge", Type.OBJECT, 3, false, Type.OBJECT, Type.OBJECT, Type.BOOLEAN);
        define("States.MathRandom", Type.INTEGER, 2, false, Type.INTEGER, Type.INTEGER, Type.INTEGER);
        define("States.MathAdd", Type.INTEGER, 2, false, Type.INTEGER, Type.INTEGER);
        define("States.StringSplit", Type.ARRAY, 2, false, Type.STRING, Type.STRING);
        define("States.UUID", Type.STRING, 0, false);
    }

    private static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    /** How deep AWS lets intrinsic calls nest within one field. */
    static final int MAX_NESTING = 10;
    /** The most items {@code States.ArrayRange} may make. */
    static final int MAX_RANGE_ITEMS = 1000;

    /** A literal string argument: its value and how many unescaped {} placeholders it holds. */
    private record Text(String value, int placeholders) {
    }

    private static void define(String name, Type returns, int required, boolean variadic, Type... parameters) {
        FUNCTIONS.put(name, new Signature(name, List.of(parameters), required, variadic, returns));
    }

    private IntrinsicFunctions() {
    }

    /** @return every intrinsic function, by name */
    public static Map<String, Signature> functions() {
        return Collections.unmodifiableMap(FUNCTIONS);
    }

    /** @return whether {@code text} is meant as an intrinsic function call (it starts with {@code States.}) */
    public static boolean looksLikeCall(String text) {
        return text != null && text.startsWith("States.");
    }

    /** @return the outcome of parsing and checking {@code text} as one intrinsic function call */
    public static Result check(String text) {
        Parser parser = new Parser(text);
        Type type = parser.call();
        if (parser.error == null && parser.pos < text.length()) {
            parser.fail(Character.isWhitespace(text.charAt(parser.pos))
                    ? "nothing may follow the closing ')' (not even spaces)" : "unexpected text after the closing ')'",
                    parser.pos);
        }
        return parser.error == null ? new Result(null, -1, type) : new Result(parser.error, parser.errorOffset, null);
    }

    /** A recursive descent parser over one call; the first error wins. */
    private static final class Parser {
        private final String text;
        private int pos;
        private String error;
        private int errorOffset = -1;
        private int depth;

        Parser(String text) {
            this.text = text;
        }

        void fail(String message, int at) {
            if (error == null) {
                error = message;
                errorOffset = at;
            }
        }

        Type call() {
            depth++;
            try {
                return callBody();
            } finally {
                depth--;
            }
        }

        private Type callBody() {
            int start = pos;
            if (depth > MAX_NESTING) {
                fail("intrinsic functions nest at most " + MAX_NESTING + " deep in one field", pos);
                return Type.ANY;
            }
            if (!text.startsWith("States.", pos)) {
                fail("an intrinsic function starts with 'States.'", pos);
                return Type.ANY;
            }
            pos += "States.".length();
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            Signature signature = FUNCTIONS.get(name);
            if (signature == null) {
                fail(pos == start + 7 ? "a function name must follow 'States.'"
                        : "'" + name + "' is not an intrinsic function (known: " + knownNames() + ")", start);
                return Type.ANY;
            }
            if (pos >= text.length() || text.charAt(pos) != '(') {
                fail("'(' must follow " + name, pos);
                return Type.ANY;
            }
            pos++;
            List<Type> args = new ArrayList<>();
            List<Object> literals = new ArrayList<>();
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
            } else {
                while (error == null) {
                    skipSpaces();
                    literals.add(null);
                    args.add(argument(literals));
                    skipSpaces();
                    if (pos >= text.length()) {
                        fail(name + "(… is not closed by ')'", pos);
                        break;
                    }
                    char c = text.charAt(pos);
                    if (c == ',') {
                        pos++;
                        continue;
                    }
                    if (c == ')') {
                        pos++;
                        break;
                    }
                    fail("expected ',' or ')' in the arguments of " + name, pos);
                }
            }
            if (error == null) {
                checkArguments(signature, args, literals, start);
            }
            return signature.returns();
        }

        private void checkArguments(Signature signature, List<Type> args, List<Object> literals, int at) {
            int count = args.size();
            int max = signature.variadic() ? Integer.MAX_VALUE : signature.parameters().size();
            if (count < signature.required() || count > max) {
                fail(signature.name() + " takes " + signature.arity() + ", not " + count, at);
                return;
            }
            List<Type> parameters = signature.parameters();
            for (int i = 0; i < count; i++) {
                Type expected = parameters.get(Math.min(i, parameters.size() - 1));
                if (!expected.accepts(args.get(i))) {
                    fail("argument " + (i + 1) + " of " + signature.name() + " must be " + expected.words()
                            + ", not " + args.get(i).words(), at);
                    return;
                }
            }
            literals(signature.name(), literals, count, at);
        }

        /** The checks AWS documents for literal arguments. */
        private void literals(String name, List<Object> literals, int count, int at) {
            switch (name) {
                case "States.Hash":
                    if (literals.get(1) instanceof Text algorithm && !HASH_ALGORITHMS.contains(algorithm.value())) {
                        fail("States.Hash supports " + String.join(", ", HASH_ALGORITHMS) + ", not '"
                                + algorithm.value() + "'", at);
                    }
                    break;
                case "States.Format":
                    if (literals.get(0) instanceof Text template) {
                        if (template.placeholders() != count - 1) {
                            fail("the States.Format template has " + template.placeholders() + " {} placeholder"
                                    + (template.placeholders() == 1 ? "" : "s") + " but " + (count - 1)
                                    + " value" + (count - 1 == 1 ? "" : "s") + " follow" + (count - 1 == 1 ? "s" : "")
                                    + " it; give one value per {}", at);
                        }
                    }
                    break;
                case "States.ArrayRange":
                    range(literals, at);
                    break;
                case "States.JsonMerge":
                    if (Boolean.TRUE.equals(literals.get(2))) {
                        fail("States.JsonMerge merges shallowly only: its third argument must be false", at);
                    }
                    break;
                default:
                    break;
            }
        }

        private void range(List<Object> literals, int at) {
            if (literals.get(2) instanceof java.math.BigDecimal step && step.signum() == 0) {
                fail("the step of States.ArrayRange (its third argument) cannot be 0", at);
                return;
            }
            if (literals.get(0) instanceof java.math.BigDecimal first && literals.get(1) instanceof java.math.BigDecimal last
                    && literals.get(2) instanceof java.math.BigDecimal step) {
                java.math.BigInteger items = last.toBigInteger().subtract(first.toBigInteger())
                        .divide(step.toBigInteger()).add(java.math.BigInteger.ONE);
                if (items.compareTo(java.math.BigInteger.valueOf(MAX_RANGE_ITEMS)) > 0) {
                    fail("States.ArrayRange(" + first.toPlainString() + ", " + last.toPlainString() + ", "
                            + step.toPlainString() + ") would make " + items + " items; AWS allows at most "
                            + MAX_RANGE_ITEMS, at);
                }
            }
        }

        /** Parses one argument; records a literal string's value in the last slot of {@code literals}. */
        private Type argument(List<Object> literals) {
            if (pos >= text.length()) {
                fail("an argument is missing", pos);
                return Type.ANY;
            }
            char c = text.charAt(pos);
            if (c == '\'') {
                literals.set(literals.size() - 1, string());
                return Type.STRING;
            }
            if (c == '$') {
                int start = pos;
                int end = pathEnd();
                PathSyntax.Result path = PathSyntax.parse(text.substring(start, end));
                if (!path.ok()) {
                    fail("the path '" + text.substring(start, end) + "' is not valid: " + path.error(), start);
                }
                pos = end;
                return Type.ANY;
            }
            if (text.startsWith("States.", pos)) {
                return call();
            }
            if (c == '-' || c >= '0' && c <= '9') {
                int start = pos;
                Type type = number();
                if (error == null) {
                    literals.set(literals.size() - 1, new java.math.BigDecimal(text.substring(start, pos)));
                }
                return type;
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (text.startsWith(word, pos) && !isWordChar(pos + word.length())) {
                    pos += word.length();
                    if (!word.equals("null")) {
                        literals.set(literals.size() - 1, Boolean.valueOf(word));
                    }
                    return word.equals("null") ? Type.NULL : Type.BOOLEAN;
                }
            }
            fail("an argument is a 'string', a number, true, false, null, a path ($…) or another States.… call", pos);
            return Type.ANY;
        }

        /** Parses a quoted literal and counts its unescaped {} pairs. */
        private Text string() {
            int start = pos;
            pos++;
            StringBuilder value = new StringBuilder();
            int placeholders = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\\') {
                    if (pos + 1 >= text.length()) {
                        break;
                    }
                    char escaped = text.charAt(pos + 1);
                    if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
                        fail("'\\" + escaped + "' is not an escape of an intrinsic string (only \\' \\{ \\} \\\\)", pos);
                        return new Text(value.toString(), placeholders);
                    }
                    value.append(escaped);
                    pos += 2;
                    continue;
                }
                if (c == '\'') {
                    pos++;
                    return new Text(value.toString(), placeholders);
                }
                if (c == '{' && pos + 1 < text.length() && text.charAt(pos + 1) == '}') {
                    placeholders++;
                    value.append("{}");
                    pos += 2;
                    continue;
                }
                value.append(c);
                pos++;
            }
            fail("the string starting here is not closed by '", start);
            return new Text(value.toString(), placeholders);
        }

        private Type number() {
            int start = pos;
            if (text.charAt(pos) == '-') {
                pos++;
            }
            int digits = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            boolean integer = true;
            if (pos < text.length() && text.charAt(pos) == '.') {
                integer = false;
                pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                integer = false;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            if (pos == digits || isWordChar(pos)) {
                fail("'" + text.substring(start, Math.min(text.length(), pos + 1)) + "' is not a number", start);
            }
            return integer ? Type.INTEGER : Type.NUMBER;
        }

        /** @return the end of a path argument: the first ',' or ')' outside brackets, parentheses and quotes */
        private int pathEnd() {
            int depth = 0;
            int i = pos;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\'' || c == '"') {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0) {
                        return text.length();
                    }
                    i = close + 1;
                    continue;
                }
                if (c == '[' || c == '(') {
                    depth++;
                } else if (c == ']' || c == ')') {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    return i;
                } else if (c == ' ' && depth == 0) {
                    return i;
                }
                i++;
            }
            return i;
        }

        private boolean isWordChar(int at) {
            return at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_');
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }
    }

    private static String knownNames() {
        return String.join(", ", FUNCTIONS.keySet()).replace("States.", "");
    }
}
