package dev.loveless.exporters;

/** Who a generated file belongs to once it is on disk. */
public enum Ownership {
    /** Wiring: derived from the definition and rewritten on every export (edits are lost). */
    REGENERATED,
    /** The user's: written once when missing, never overwritten afterwards (handlers, their tests). */
    USER_OWNED
}
