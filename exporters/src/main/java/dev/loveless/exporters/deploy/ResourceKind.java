package dev.loveless.exporters.deploy;

/** The kinds of resource a deploy manages, in the order apply makes them. */
public enum ResourceKind {
    ROLE("role"),
    ROLE_POLICY("role policy"),
    ACTIVITY("activity"),
    STATE_MACHINE("state machine"),
    TAGS("tags");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    /** @return the name shown to the user */
    public String label() {
        return label;
    }
}
