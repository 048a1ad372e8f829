package dev.loveless.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken or hostile input: a plain message with line and column, never a crash. */
class MalformedInputTest {

    private final AslReader reader = new AslReader();

    private AslParseException refused(String text, Format format) {
        return assertThrows(AslParseException.class, () -> reader.read(text, format));
    }

    @Test
    void aMissingCommaIsReportedAtItsLineAndColumn() {
        // when
        AslParseException error = refused("{\n  \"StartAt\": \"A\"\n  \"States\": {}\n}\n", Format.JSON);
        // then
        assertEquals(3, error.line());
        assertEquals(3, error.column());
        assertTrue(error.plainMessage().contains("comma is missing"), error.plainMessage());
    }

    @Test
    void aTrailingCommaIsExplained() {
        AslParseException error = refused("{\n  \"StartAt\": \"A\",\n}\n", Format.JSON);
        assertEquals(3, error.line());
        assertTrue(error.plainMessage().contains("trailing comma"), error.plainMessage());
    }

    @Test
    void anUnfinishedFileIsExplained() {
        AslParseException error = refused("{\n  \"StartAt\": \"A\",\n  \"States\": {", Format.JSON);
        assertTrue(error.plainMessage().contains("ends too early"), error.plainMessage());
        assertEquals(3, error.line());
    }

    @Test
    void aDuplicateFieldIsRefused() {
        AslParseException error = refused("{\"StartAt\": \"A\",\n\"StartAt\": \"B\"}", Format.JSON);
        assertEquals("The field \"StartAt\" appears twice in the same object.", error.plainMessage());
        assertEquals(2, error.line());
    }

    @Test
    void emptyAndNonObjectInputIsRefused() {
        assertTrue(refused("", Format.JSON).plainMessage().contains("empty"));
        assertTrue(refused("  \n", Format.YAML).plainMessage().contains("empty"));
        assertTrue(refused("[1, 2]", Format.JSON).plainMessage().contains("not an array"));
        assertTrue(refused("just words", Format.YAML).plainMessage().contains("not a string"));
    }

    @Test
    void textAfterTheDefinitionIsRefused() {
        AslParseException error = refused("{\"StartAt\": \"A\"} {}", Format.JSON);
        assertTrue(error.plainMessage().contains("more text after"), error.plainMessage());
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        AslParseException error = refused("StartAt: A\nStates:\n  A:\n    Type: [Pass\n", Format.YAML);
        assertTrue(error.line() >= 4, "line " + error.line());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithoutAStackOverflow() {
        // given
        int depth = 100_000;
        String json = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        String yaml = "[".repeat(depth) + "]".repeat(depth);
        // when
        AslParseException jsonError = refused(json, Format.JSON);
        AslParseException yamlError = refused(yaml, Format.YAML);
        // then
        assertTrue(jsonError.plainMessage().contains("256 levels"), jsonError.plainMessage());
        assertTrue(yamlError.plainMessage().contains("cannot be read") || yamlError.plainMessage().contains("256"),
                yamlError.plainMessage());
    }

    @Test
    void nestingUpToTheLimitIsRead() throws Exception {
        String nested = "[".repeat(250) + "]".repeat(250);
        String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": " + nested
                + ", \"End\": true}}}";
        assertEquals("A", reader.read(json, Format.JSON).machine().startAt());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsLoaded(@TempDir Path dir) throws IOException {
        // given: a sparse 50 MB file
        Path big = dir.resolve("big.asl.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        // when
        AslParseException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(AslParseException.class, () -> reader.read(big)));
        // then
        assertTrue(error.plainMessage().contains("50.0 MB"), error.plainMessage());
    }

    @Test
    void aHundredMegabyteStringIsRefusedQuickly() {
        // given
        String text = "{\"Comment\": \"" + "x".repeat(100 * 1024 * 1024) + "\"}";
        // when
        AslParseException error = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(text, Format.JSON));
        // then
        assertTrue(error.plainMessage().contains("larger than"), error.plainMessage());
    }

    @Test
    void aLongStringWithinTheFileLimitButOverTheStringLimitIsRefused() {
        AslReader strict = new AslReader(new ReadLimits(10L * 1024 * 1024, 256, 1000));
        String text = "{\"Comment\": \"" + "x".repeat(5000) + "\"}";
        AslParseException error = assertThrows(AslParseException.class, () -> strict.read(text, Format.JSON));
        assertTrue(error.plainMessage().contains("string is longer"), error.plainMessage());
    }

    @Test
    void yamlAliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'k'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        AslParseException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> refused(yaml.toString(), Format.YAML));
        assertTrue(error.plainMessage().contains("aliases (*a)"), error.plainMessage());
        assertEquals(2, error.line());
    }

    @Test
    void aBinaryFileIsRefused(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("picture.json");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0, 1});
        AslParseException error = assertThrows(AslParseException.class, () -> reader.read(binary));
        assertTrue(error.plainMessage().contains("not UTF-8"), error.plainMessage());
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.asl.json");
        Files.write(file, ("\uFEFF{\"StartAt\": \"A\", \"States\": {}}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("A", reader.read(file).machine().startAt());
    }
}
