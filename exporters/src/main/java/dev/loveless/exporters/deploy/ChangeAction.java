package dev.loveless.exporters.deploy;

/** What apply will do to one resource. */
public enum ChangeAction {
    CREATE("+", "create"),
    UPDATE("~", "update"),
    DELETE("-", "delete"),
    NO_CHANGE("=", "no change");

    private final String symbol;
    private final String label;

    ChangeAction(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }

    /** @return whether apply writes anything for this action */
    public boolean writes() {
        return this != NO_CHANGE;
    }
}
