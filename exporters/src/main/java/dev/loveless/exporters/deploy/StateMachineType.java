package dev.loveless.exporters.deploy;

import java.util.Locale;

/** Standard (long-running, exactly once, history kept) or Express (short, at least once, high rate). */
public enum StateMachineType {
    STANDARD, EXPRESS;

    /** @return the type named by {@code text}, in any case */
    public static StateMachineType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a state machine type; give STANDARD or EXPRESS");
        }
    }
}
