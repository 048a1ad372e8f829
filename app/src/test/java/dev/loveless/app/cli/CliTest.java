package dev.loveless.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: help, version, fmt, convert, and clear usage errors. */
class CliTest {

    private static final String CANONICAL = """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": {
                  "Type": "Pass",
                  "Result": "${Greeting}",
                  "End": true
                }
              }
            }
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("fmt"));
        assertTrue(out.toString().contains("convert"));
        assertTrue(out.toString().contains("Exit codes"));
    }

    @Test
    void versionNamesTheProduct() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Loveless "), out.toString());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("unknown command or file 'frobnicate'"), err.toString());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("fmt", "--bogus", "x.json"));
        assertTrue(err.toString().contains("Unknown option: '--bogus'"), err.toString());
    }

    @Test
    void fmtCheckPassesOnCanonicalFilesAndChangesNothing(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("hello.asl.json");
        Files.writeString(file, CANONICAL);
        // when
        int code = run("fmt", "--check", file.toString());
        // then
        assertEquals(0, code);
        assertEquals(CANONICAL, Files.readString(file));
    }

    @Test
    void fmtCheckReportsFilesThatWouldChangeWithoutChangingThem(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("ugly.asl.json");
        String ugly = "{\"StartAt\":\"Hello\",\"States\":{\"Hello\":{\"Type\":\"Pass\",\"Result\":\"${Greeting}\",\"End\":true}}}";
        Files.writeString(file, ugly);
        // when
        int code = run("fmt", "--check", file.toString());
        // then
        assertEquals(1, code);
        assertTrue(out.toString().contains("would reformat " + file), out.toString());
        assertEquals(ugly, Files.readString(file));
    }

    @Test
    void fmtRewritesInTheCanonicalFormat(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("ugly.asl.json");
        Files.writeString(file, "{\"StartAt\":\"Hello\",\"States\":{\"Hello\":{\"Type\":\"Pass\",\"Result\":\"${Greeting}\",\"End\":true}}}");
        // when
        int code = run("fmt", file.toString());
        // then
        assertEquals(0, code);
        assertEquals(CANONICAL, Files.readString(file));
    }

    @Test
    void fmtReportsABrokenFileWithItsLineAndLeavesItAlone(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("broken.asl.json");
        String broken = "{\n  \"StartAt\": \"A\"\n  \"States\": {}\n}\n";
        Files.writeString(file, broken);
        // when
        int code = run("fmt", file.toString());
        // then
        assertEquals(2, code);
        assertTrue(err.toString().contains(file + ":3:3: error: A comma is missing"), err.toString());
        assertEquals(broken, Files.readString(file));
    }

    @Test
    void convertGoesToYamlAndBackLosingNothing(@TempDir Path dir) throws IOException {
        // given
        Path json = dir.resolve("hello.asl.json");
        Path yaml = dir.resolve("hello.asl.yaml");
        Path back = dir.resolve("back.asl.json");
        Files.writeString(json, CANONICAL);
        // when
        int toYaml = run("convert", json.toString(), yaml.toString());
        int toJson = run("convert", yaml.toString(), back.toString());
        // then
        assertEquals(0, toYaml);
        assertEquals(0, toJson);
        assertTrue(Files.readString(yaml).contains("Result: \"${Greeting}\""), Files.readString(yaml));
        assertEquals(CANONICAL, Files.readString(back));
    }

    @Test
    void convertToStandardOutput(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("hello.asl.json");
        Files.writeString(json, CANONICAL);
        assertEquals(0, run("convert", "--to", "yaml", json.toString(), "-"));
        assertTrue(out.toString().startsWith("StartAt: Hello"), out.toString());
    }

    @Test
    void convertOfAMissingFileIsAnIoError(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        assertEquals(2, run("convert", missing.toString(), dir.resolve("out.yaml").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
        assertFalse(Files.exists(dir.resolve("out.yaml")));
    }
}
