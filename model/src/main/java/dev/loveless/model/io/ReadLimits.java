package dev.loveless.model.io;

/**
 * Guards of the reader against hostile or broken input. Step Functions itself caps a definition
 * at 1 MB, so the defaults leave ten times that room and still refuse absurd input quickly.
 *
 * @param maxBytes        largest file or text accepted, in bytes (UTF-8) or chars
 * @param maxDepth        deepest nesting of objects and arrays
 * @param maxStringLength longest single string value, in chars
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength) {

    public static final ReadLimits DEFAULT = new ReadLimits(10L * 1024 * 1024, 256, 10 * 1024 * 1024);

    public ReadLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
