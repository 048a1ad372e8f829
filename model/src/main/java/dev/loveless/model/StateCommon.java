package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;

/**
 * The fields that several state types share. Which ones a given type allows is the validator's
 * business; the model keeps whatever the file says.
 *
 * <p>{@code InputPath}, {@code OutputPath} and {@code ResultPath} are JSON values because JSON
 * {@code null} is meaningful there (discard the input / output / result): a Java {@code null}
 * means the field is absent. Payload fields ({@code Parameters}, {@code Arguments},
 * {@code ResultSelector}, {@code Output}, {@code Assign}) are JSON values, never mutated.
 * {@code retry} and {@code catchers} are {@code null} when absent.
 */
public record StateCommon(
        String comment,
        String queryLanguage,
        String next,
        Boolean end,
        JsonNode inputPath,
        JsonNode outputPath,
        JsonNode parameters,
        JsonNode arguments,
        JsonNode resultSelector,
        JsonNode resultPath,
        JsonNode output,
        JsonNode assign,
        List<Retrier> retry,
        List<Catcher> catchers) {

    public static final StateCommon EMPTY =
            new StateCommon(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public StateCommon {
        retry = retry == null ? null : List.copyOf(retry);
        catchers = catchers == null ? null : List.copyOf(catchers);
    }

    /** @return common fields with only a {@code Next} */
    public static StateCommon next(String next) {
        return EMPTY.withNext(next);
    }

    /** @return common fields with only {@code End: true} */
    public static StateCommon ending() {
        return EMPTY.withEnd(Boolean.TRUE);
    }

    public StateCommon withComment(String value) {
        return new StateCommon(value, queryLanguage, next, end, inputPath, outputPath, parameters, arguments,
                resultSelector, resultPath, output, assign, retry, catchers);
    }

    public StateCommon withNext(String value) {
        return new StateCommon(comment, queryLanguage, value, end, inputPath, outputPath, parameters, arguments,
                resultSelector, resultPath, output, assign, retry, catchers);
    }

    public StateCommon withEnd(Boolean value) {
        return new StateCommon(comment, queryLanguage, next, value, inputPath, outputPath, parameters, arguments,
                resultSelector, resultPath, output, assign, retry, catchers);
    }

    public StateCommon withParameters(JsonNode value) {
        return new StateCommon(comment, queryLanguage, next, end, inputPath, outputPath, value, arguments,
                resultSelector, resultPath, output, assign, retry, catchers);
    }

    public StateCommon withResultPath(JsonNode value) {
        return new StateCommon(comment, queryLanguage, next, end, inputPath, outputPath, parameters, arguments,
                resultSelector, value, output, assign, retry, catchers);
    }

    public StateCommon withRetry(List<Retrier> value) {
        return new StateCommon(comment, queryLanguage, next, end, inputPath, outputPath, parameters, arguments,
                resultSelector, resultPath, output, assign, value, catchers);
    }

    public StateCommon withCatchers(List<Catcher> value) {
        return new StateCommon(comment, queryLanguage, next, end, inputPath, outputPath, parameters, arguments,
                resultSelector, resultPath, output, assign, retry, value);
    }

    /** @return {@code ResultPath} as text, or {@code null} when absent or JSON null */
    public String resultPathText() {
        return text(resultPath);
    }

    /** @return {@code InputPath} as text, or {@code null} when absent or JSON null */
    public String inputPathText() {
        return text(inputPath);
    }

    /** @return {@code OutputPath} as text, or {@code null} when absent or JSON null */
    public String outputPathText() {
        return text(outputPath);
    }

    /** @return a path value for {@code InputPath}, {@code OutputPath} or {@code ResultPath} */
    public static JsonNode path(String path) {
        return path == null ? null : TextNode.valueOf(path);
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
