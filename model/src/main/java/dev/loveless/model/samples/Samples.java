package dev.loveless.model.samples;

import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The workflows that ship with Loveless. The sample is what {@code ./loveless} opens with no file:
 * a video pipeline that mixes Lambda steps with a GPU Activity, a Choice, a Map, a Parallel, a
 * Wait, retries and catches.
 */
public final class Samples {

    /** The file name the sample is shown under. */
    public static final String SAMPLE_NAME = "video-pipeline.asl.json";

    private Samples() {
    }

    /** @return the built-in sample, read from the application's resources */
    public static ParsedDefinition sample() {
        return read(SAMPLE_NAME);
    }

    /** @return the text of the built-in sample */
    public static String sampleText() {
        return resource(SAMPLE_NAME);
    }

    /**
     * @return the sample's diagram sidecar ({@code video-pipeline.asl.layout.json}): its automatic
     *         layout computed ahead, so that opening the sample needs no layout engine at start-up
     */
    public static String sampleLayoutText() {
        return resource(SAMPLE_NAME.replace(".asl.json", ".asl.layout.json"));
    }

    private static String resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("a built-in sample file is missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedDefinition read(String name) {
        try {
            return new AslReader().read(sampleText(), Format.ofFileName(name));
        } catch (AslParseException e) {
            throw new IllegalStateException("the built-in sample does not parse: " + e.getMessage(), e);
        }
    }
}
