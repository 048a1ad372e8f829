package dev.loveless.model;

import java.util.Objects;

/**
 * What a Map state runs for each item: {@code ItemProcessor}, or the legacy {@code Iterator}
 * (same shape; {@code ProcessorConfig} is then absent).
 */
public record ItemProcessor(
        ProcessorConfig processorConfig, String comment, String startAt, States states, Extras extras)
        implements Scope {

    public ItemProcessor {
        Objects.requireNonNull(extras, "extras");
    }

    public static ItemProcessor of(String startAt, States states) {
        return new ItemProcessor(null, null, startAt, states, Extras.NONE);
    }

    public ItemProcessor withStates(States newStates) {
        return new ItemProcessor(processorConfig, comment, startAt, newStates, extras);
    }

    public ItemProcessor withStartAt(String newStartAt) {
        return new ItemProcessor(processorConfig, comment, newStartAt, states, extras);
    }

    /** @return whether this processor runs as a distributed map (child workflow executions) */
    public boolean isDistributed() {
        return processorConfig != null && "DISTRIBUTED".equals(processorConfig.mode());
    }
}
