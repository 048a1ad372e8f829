package dev.loveless.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Every comparison operator of a JSONPath Choice rule, with the kind of operand it takes and a
 * plain-words symbol for the diagram ("amount > 100").
 */
public enum ComparisonOperator {
    STRING_EQUALS("StringEquals", Operand.STRING, "="),
    STRING_EQUALS_PATH("StringEqualsPath", Operand.PATH, "="),
    STRING_LESS_THAN("StringLessThan", Operand.STRING, "<"),
    STRING_LESS_THAN_PATH("StringLessThanPath", Operand.PATH, "<"),
    STRING_GREATER_THAN("StringGreaterThan", Operand.STRING, ">"),
    STRING_GREATER_THAN_PATH("StringGreaterThanPath", Operand.PATH, ">"),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Operand.STRING, "≤"),
    STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", Operand.PATH, "≤"),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Operand.STRING, "≥"),
    STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", Operand.PATH, "≥"),
    STRING_MATCHES("StringMatches", Operand.PATTERN, "matches"),
    NUMERIC_EQUALS("NumericEquals", Operand.NUMBER, "="),
    NUMERIC_EQUALS_PATH("NumericEqualsPath", Operand.PATH, "="),
    NUMERIC_LESS_THAN("NumericLessThan", Operand.NUMBER, "<"),
    NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Operand.PATH, "<"),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Operand.NUMBER, ">"),
    NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Operand.PATH, ">"),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Operand.NUMBER, "≤"),
    NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", Operand.PATH, "≤"),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Operand.NUMBER, "≥"),
    NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", Operand.PATH, "≥"),
    BOOLEAN_EQUALS("BooleanEquals", Operand.BOOLEAN, "="),
    BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Operand.PATH, "="),
    TIMESTAMP_EQUALS("TimestampEquals", Operand.TIMESTAMP, "="),
    TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Operand.PATH, "="),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Operand.TIMESTAMP, "before"),
    TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Operand.PATH, "before"),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Operand.TIMESTAMP, "after"),
    TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Operand.PATH, "after"),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Operand.TIMESTAMP, "at or before"),
    TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", Operand.PATH, "at or before"),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Operand.TIMESTAMP, "at or after"),
    TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", Operand.PATH, "at or after"),
    IS_NULL("IsNull", Operand.BOOLEAN, "is null"),
    IS_PRESENT("IsPresent", Operand.BOOLEAN, "is present"),
    IS_NUMERIC("IsNumeric", Operand.BOOLEAN, "is a number"),
    IS_STRING("IsString", Operand.BOOLEAN, "is text"),
    IS_BOOLEAN("IsBoolean", Operand.BOOLEAN, "is true/false"),
    IS_TIMESTAMP("IsTimestamp", Operand.BOOLEAN, "is a timestamp");

    /** The JSON type an operator's operand must have. */
    public enum Operand { STRING, NUMBER, BOOLEAN, TIMESTAMP, PATH, PATTERN }

    private static final Map<String, ComparisonOperator> BY_NAME = new HashMap<>();

    static {
        for (ComparisonOperator operator : values()) {
            BY_NAME.put(operator.aslName, operator);
        }
    }

    private final String aslName;
    private final Operand operand;
    private final String symbol;

    ComparisonOperator(String aslName, Operand operand, String symbol) {
        this.aslName = aslName;
        this.operand = operand;
        this.symbol = symbol;
    }

    public String aslName() {
        return aslName;
    }

    public Operand operand() {
        return operand;
    }

    /** @return a short plain-words symbol for the diagram */
    public String symbol() {
        return symbol;
    }

    /** @return whether this is one of the type tests ({@code IsNull}, {@code IsPresent}, …) */
    public boolean isTypeTest() {
        return aslName.startsWith("Is");
    }

    /** @return the operator named exactly {@code name}, or {@code null} */
    public static ComparisonOperator fromAslName(String name) {
        return BY_NAME.get(name);
    }
}
