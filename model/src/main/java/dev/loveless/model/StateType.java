package dev.loveless.model;

/** The eight state types of ASL, as written in a state's {@code Type}. */
public enum StateType {
    TASK("Task"),
    PASS("Pass"),
    CHOICE("Choice"),
    WAIT("Wait"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    PARALLEL("Parallel"),
    MAP("Map");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    public String aslName() {
        return aslName;
    }

    /** @return the type named exactly {@code name} in ASL, or {@code null} */
    public static StateType fromAslName(String name) {
        for (StateType type : values()) {
            if (type.aslName.equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** @return whether a state of this type ends its scope by itself (Succeed, Fail) */
    public boolean isTerminal() {
        return this == SUCCEED || this == FAIL;
    }
}
