package dev.loveless.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.loveless.model.StateMachine;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/**
 * Reads ASL definitions from JSON or YAML text into the model, losslessly: every field, unknown
 * ones included, in its order; numbers as written. Broken input gives an {@link AslParseException}
 * with a plain message and its line and column; the {@link ReadLimits} refuse oversized or
 * over-nested input before it can exhaust memory or the stack. Thread-safe.
 */
public final class AslReader {

    private final ReadLimits limits;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public AslReader() {
        this(ReadLimits.DEFAULT);
    }

    public AslReader(ReadLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxBytes())
                .build();
        this.json = mapper(JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build());
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(limits.maxDepth());
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        loader.setMaxAliasesForCollections(50);
        this.yaml = mapper(YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build());
    }

    private static ObjectMapper mapper(JsonFactory factory) {
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        return mapper;
    }

    /** Reads a file, its format told by its extension. */
    public ParsedDefinition read(Path file) throws IOException, AslParseException {
        return read(file, Format.of(file));
    }

    /** Reads a file in the given format, refusing one larger than the limit before loading it. */
    public ParsedDefinition read(Path file, Format format) throws IOException, AslParseException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (size > limits.maxBytes()) {
            throw new AslParseException(String.format(
                    "The file is %s, larger than the %s a definition may have here (Step Functions itself allows 1 MB).",
                    megabytes(size), megabytes(limits.maxBytes())), 0, 0);
        }
        return read(decode(Files.readAllBytes(file)), format);
    }

    /** Reads text in the given format. */
    public ParsedDefinition read(String text, Format format) throws AslParseException {
        if (text.length() > limits.maxBytes()) {
            throw new AslParseException(String.format(
                    "The definition is %s, larger than the %s a definition may have here.",
                    megabytes(text.length()), megabytes(limits.maxBytes())), 0, 0);
        }
        ObjectMapper mapper = format == Format.YAML ? yaml : json;
        JsonNode root;
        try {
            if (format == Format.YAML) {
                refuseAliases(text);
            }
            root = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            throw limitError(e);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, format);
        } catch (RuntimeException | StackOverflowError e) {
            // SnakeYAML reports some of its own limits (aliases, code points) as runtime exceptions.
            throw new AslParseException("The " + format + " text cannot be read: " + firstLine(e.getMessage()), 0, 0);
        } catch (IOException e) {
            throw new AslParseException("The text cannot be read: " + e.getMessage(), 0, 0);
        }
        if (root == null || root.isMissingNode()) {
            throw new AslParseException("The file is empty: a definition is a " + format
                    + " object with \"StartAt\" and \"States\".", 1, 1);
        }
        if (!root.isObject()) {
            throw new AslParseException("A definition must be a " + format
                    + " object with \"StartAt\" and \"States\", not " + describe(root) + ".", 1, 1);
        }
        StateMachine machine = TreeReader.machine((ObjectNode) root);
        return new ParsedDefinition(machine, format, text, new SourceMap(text, mapper.getFactory()));
    }

    /**
     * Jackson's YAML parser reads an alias ({@code *name}) as the anchor's name instead of its
     * value, which would silently change the definition; refuse aliases instead.
     */
    private void refuseAliases(String text) throws IOException, AslParseException {
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias()) {
                    JsonLocation location = parser.currentTokenLocation();
                    throw new AslParseException("YAML aliases (*" + parser.getText()
                            + ") are not supported in a definition: write the value out in full.",
                            location.getLineNr(), location.getColumnNr());
                }
            }
        }
    }

    private static String decode(byte[] bytes) throws AslParseException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AslParseException("The file is not UTF-8 text (is it a binary file?).", 0, 0);
        }
    }

    private AslParseException limitError(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        if (message.contains("nesting depth")) {
            return new AslParseException("The definition is nested more than " + limits.maxDepth()
                    + " levels deep.", line, column);
        }
        if (message.contains("String value length")) {
            return new AslParseException("A string is longer than " + megabytes(limits.maxStringLength())
                    + ".", line, column);
        }
        if (message.contains("Document length")) {
            return new AslParseException("The definition is larger than " + megabytes(limits.maxBytes()) + ".",
                    line, column);
        }
        return new AslParseException(firstLine(message), line, column);
    }

    private static AslParseException syntaxError(JsonProcessingException e, Format format) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return new AslParseException(ParseMessages.plain(e.getOriginalMessage(), format), line, column);
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
