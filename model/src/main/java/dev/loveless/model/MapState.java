package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A Map state: runs its item processor for each item of a collection, inline or as a distributed
 * map over child executions. Holds both {@code ItemProcessor} and the legacy {@code Iterator}
 * (AWS accepts exactly one). Numeric fields are JSON values (a number, or a JSONata expression).
 */
public record MapState(
        StateCommon common,
        ItemProcessor itemProcessor,
        ItemProcessor iterator,
        String itemsPath,
        JsonNode items,
        JsonNode itemSelector,
        ItemReader itemReader,
        ItemBatcher itemBatcher,
        ResultWriter resultWriter,
        JsonNode maxConcurrency,
        String maxConcurrencyPath,
        JsonNode toleratedFailurePercentage,
        String toleratedFailurePercentagePath,
        JsonNode toleratedFailureCount,
        String toleratedFailureCountPath,
        String label,
        Extras extras) implements State {

    public MapState {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(extras, "extras");
    }

    /** @return an inline Map over {@code itemsPath} running {@code processor} */
    public static MapState inline(String itemsPath, ItemProcessor processor, StateCommon common) {
        return new MapState(common, processor, null, itemsPath, null, null, null, null, null, null, null, null,
                null, null, null, null, Extras.NONE);
    }

    @Override
    public StateType type() {
        return StateType.MAP;
    }

    @Override
    public MapState withCommon(StateCommon newCommon) {
        return new MapState(newCommon, itemProcessor, iterator, itemsPath, items, itemSelector, itemReader,
                itemBatcher, resultWriter, maxConcurrency, maxConcurrencyPath, toleratedFailurePercentage,
                toleratedFailurePercentagePath, toleratedFailureCount, toleratedFailureCountPath, label, extras);
    }

    /** @return this Map with its processor (the {@code ItemProcessor}, or the {@code Iterator} if that is what it has) replaced */
    public MapState withProcessor(ItemProcessor processor) {
        boolean legacy = itemProcessor == null && iterator != null;
        return new MapState(common, legacy ? null : processor, legacy ? processor : iterator, itemsPath, items,
                itemSelector, itemReader, itemBatcher, resultWriter, maxConcurrency, maxConcurrencyPath,
                toleratedFailurePercentage, toleratedFailurePercentagePath, toleratedFailureCount,
                toleratedFailureCountPath, label, extras);
    }

    /** @return the processor that runs: {@code ItemProcessor}, else the legacy {@code Iterator}, else {@code null} */
    public ItemProcessor processor() {
        return itemProcessor != null ? itemProcessor : iterator;
    }

    /** @return whether this Map runs as a distributed map */
    public boolean isDistributed() {
        ItemProcessor processor = processor();
        return processor != null && processor.isDistributed();
    }
}
