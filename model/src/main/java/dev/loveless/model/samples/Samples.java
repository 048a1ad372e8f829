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
        try (InputStream in = Samples.class.getResourceAsStream(SAMPLE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the built-in sample is missing from the build: " + SAMPLE_NAME);
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
