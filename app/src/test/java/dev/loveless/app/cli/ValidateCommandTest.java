package dev.loveless.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code loveless validate}: formats, exit codes, options, directories — through {@link Cli#run}. */
class ValidateCommandTest {

    private static final String VALID = "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Succeed\"}\n  }\n}\n";
    private static final String INVALID = "{\n  \"StartAt\": \"A\",\n  \"States\": {\n"
            + "    \"A\": {\"Type\": \"Task\", \"Resource\": \"foo:bar\", \"TimeoutSeconds\": 5, \"End\": true}\n  }\n}\n";
    private static final String ACTIVITY = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\":"
            + " \"arn:aws:states:us-east-1:123456789012:activity:gpu\", \"TimeoutSeconds\": 60,"
            + " \"HeartbeatSeconds\": 10, \"End\": true}}}";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aValidFileExitsZeroWithASummary() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("ok.asl.json"), VALID);
        // when
        int code = run("validate", file.toString());
        // then
        assertEquals(0, code);
        assertEquals("1 file checked: 0 errors, 0 warnings; all valid.", out.toString().trim());
    }

    @Test
    void anInvalidFileExitsOneWithFileLineColumnSeverityCodeAndMessage() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("bad.asl.json"), INVALID);
        // when
        int code = run("validate", file.toString());
        // then
        assertEquals(1, code);
        assertTrue(out.toString().startsWith(file + ":4:27: error INVALID_RESOURCE Resource: 'foo:bar' is not an ARN"),
                out.toString());
        assertTrue(out.toString().contains("1 file invalid."), out.toString());
    }

    @Test
    void jsonFormatListsEachFileWithItsDiagnostics() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("bad.asl.json"), INVALID);
        // when
        int code = run("validate", "--format", "json", file.toString());
        // then
        assertEquals(1, code);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        JsonNode first = report.get(0).get("diagnostics").get(0);
        assertEquals(file.toString(), report.get(0).get("file").asText());
        assertEquals(false, report.get(0).get("valid").asBoolean());
        assertEquals("INVALID_RESOURCE", first.get("code").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals("[\"A\"]", first.get("statePath").toString());
        assertEquals("Resource", first.get("field").asText());
        assertEquals("/States/A/Resource", first.get("pointer").asText());
        assertEquals(4, first.get("line").asInt());
    }

    @Test
    void sarifFormatIsSarif210WithRulesAndRegions() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("bad.asl.json"), INVALID);
        // when
        run("validate", "--format", "sarif", file.toString());
        // then
        JsonNode log = new ObjectMapper().readTree(out.toString());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.get("runs").get(0);
        assertEquals("Loveless", run.get("tool").get("driver").get("name").asText());
        assertTrue(run.get("tool").get("driver").get("rules").size() > 30);
        JsonNode result = run.get("results").get(0);
        assertEquals("INVALID_RESOURCE", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        assertEquals(4, result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
    }

    @Test
    void expressTypeRefusesActivities() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("gpu.asl.json"), ACTIVITY);
        // when
        int standard = run("validate", "--type", "STANDARD", file.toString());
        int express = run("validate", "--type", "express", file.toString());
        // then
        assertEquals(0, standard);
        assertEquals(1, express);
        assertTrue(out.toString().contains("EXPRESS_UNSUPPORTED"), out.toString());
    }

    @Test
    void aRulesFileChangesSeverities() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("bad.asl.json"), INVALID);
        Path rules = Files.writeString(dir.resolve("rules.json"),
                "{\"rules\": {\"INVALID_RESOURCE\": \"warning\", \"NEXT_XOR_END\": \"off\"}}");
        // when
        int code = run("validate", "--rules", rules.toString(), file.toString());
        // then
        assertEquals(0, code);
        assertTrue(out.toString().contains(": warning INVALID_RESOURCE"), out.toString());
    }

    @Test
    void aDirectoryValidatesEveryDefinitionUnderIt() throws Exception {
        // given
        Files.createDirectories(dir.resolve("flows/nested"));
        Files.writeString(dir.resolve("flows/ok.asl.json"), VALID);
        Files.writeString(dir.resolve("flows/nested/bad.asl.yaml"), "StartAt: A\nStates:\n  A:\n    Type: Pass\n");
        Files.writeString(dir.resolve("flows/notes.txt"), "not a definition");
        // when
        int code = run("validate", dir.resolve("flows").toString());
        // then
        assertEquals(1, code);
        assertTrue(out.toString().contains("bad.asl.yaml:3:3: error NEXT_XOR_END"), out.toString());
        assertTrue(out.toString().contains("2 files checked"), out.toString());
    }

    @Test
    void brokenJsonIsAnInvalidJsonDescriptionError() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"StartAt\": \"A\",\n  \"States\": {\n");
        // when
        int code = run("validate", file.toString());
        // then
        assertEquals(1, code);
        assertTrue(out.toString().contains(": error INVALID_JSON_DESCRIPTION "), out.toString());
    }

    @Test
    void usageAndIoErrorsExitTwo() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("ok.asl.json"), VALID);
        Path badRules = Files.writeString(dir.resolve("rules.json"), "{\"rules\": {\"NO_SUCH_RULE\": \"off\"}}");
        // when
        int missing = run("validate", dir.resolve("missing.json").toString());
        int badType = run("validate", "--type", "FAST", file.toString());
        int unknownRule = run("validate", "--rules", badRules.toString(), file.toString());
        int badFormat = run("validate", "--format", "xml", file.toString());
        // then
        assertEquals(2, missing);
        assertEquals(2, badType);
        assertEquals(2, unknownRule);
        assertEquals(2, badFormat);
        assertTrue(err.toString().contains("missing.json: error: no such file"), err.toString());
        assertTrue(err.toString().contains("unknown rule 'NO_SUCH_RULE'"), err.toString());
    }
}
