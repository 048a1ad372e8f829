package dev.loveless.model;

import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;

/** Reads definitions written inline in tests. */
public final class TestDefinitions {

    private TestDefinitions() {
    }

    /** @return the machine of a JSON definition that the test knows to be well-formed JSON */
    public static StateMachine read(String json) {
        try {
            return new AslReader().read(json, Format.JSON).machine();
        } catch (Exception e) {
            throw new AssertionError("test definition does not parse", e);
        }
    }
}
