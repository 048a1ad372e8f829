package dev.loveless.app.cli;

import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.BeforeEach;
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

class ExportCommandTest {

    @TempDir
    Path dir;

    Path sample;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void writeSample() throws Exception {
        sample = dir.resolve("video-pipeline.asl.json");
        Files.writeString(sample, Samples.sampleText());
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void exportsAJavaProjectAndListsWhatItWrote() throws Exception {
        // given
        Path target = dir.resolve("workers");
        // when
        int code = run("export", "--format", "java", sample.toString(), "-o", target.toString());
        // then
        assertEquals(Cli.OK, code, err.toString());
        assertTrue(out.toString().contains("created    pom.xml"), out.toString());
        assertTrue(out.toString().contains("created    src/main/java/com/example/videopipeline/handlers/CheckUploadHandler.java"));
        assertTrue(Files.isRegularFile(target.resolve("Dockerfile.activity")));
    }

    @Test
    void aSecondExportKeepsTheUsersHandlersAndSaysSo() throws Exception {
        // given
        Path target = dir.resolve("workers");
        run("export", "-f", "java", sample.toString(), "-o", target.toString());
        Path handler = target.resolve("src/main/java/com/example/videopipeline/handlers/CheckUploadHandler.java");
        Files.writeString(handler, "// edited\n");
        // when
        int code = run("export", "-f", "java", sample.toString(), "-o", target.toString());
        // then
        assertEquals(Cli.OK, code);
        assertTrue(out.toString().contains("kept       src/main/java/com/example/videopipeline/handlers/CheckUploadHandler.java  (yours"),
                out.toString());
        assertEquals("// edited\n", Files.readString(handler));
    }

    @Test
    void aFileLovelessDidNotWriteStopsTheExportUnlessOverwriteIsGiven() throws Exception {
        // given
        Path target = dir.resolve("infra");
        Files.createDirectories(target);
        Files.writeString(target.resolve("template.yaml"), "mine");
        // when
        int refused = run("export", "-f", "sam", sample.toString(), "-o", target.toString());
        String refusal = err.toString();
        int replaced = run("export", "-f", "sam", "--overwrite", sample.toString(), "-o", target.toString());
        // then
        assertEquals(Cli.USAGE_OR_IO, refused);
        assertTrue(refusal.contains("template.yaml: error: exists and was not written by Loveless"), refusal);
        assertEquals(Cli.OK, replaced, err.toString());
        assertTrue(Files.readString(target.resolve("template.yaml")).contains("AWS::Serverless::StateMachine"));
    }

    @Test
    void cloudFormationAndAslExportsWriteOneFileEach() throws Exception {
        // when
        int cfn = run("export", "-f", "cloudformation", "--template-format", "json", "--tracing", sample.toString(), "-o", dir.toString());
        int asl = run("export", "-f", "asl-yaml", sample.toString(), "-o", dir.toString());
        // then
        assertEquals(Cli.OK, cfn);
        assertEquals(Cli.OK, asl);
        assertTrue(Files.readString(dir.resolve("video-pipeline.template.json")).contains("\"TracingConfiguration\""));
        assertTrue(Files.readString(dir.resolve("video-pipeline.asl.yaml")).startsWith("Comment:"));
    }

    @Test
    void dryRunWritesNothing() {
        // given
        Path target = dir.resolve("nothing");
        // when
        int code = run("export", "-f", "java", "--dry-run", sample.toString(), "-o", target.toString());
        // then
        assertEquals(Cli.OK, code);
        assertTrue(out.toString().contains("would be created"), out.toString());
        assertFalse(Files.exists(target.resolve("pom.xml")));
    }

    @Test
    void badFormatsAndPackagesGiveOnePlainLine() {
        // when
        int format = run("export", "-f", "pdf", sample.toString(), "-o", dir.toString());
        String formatError = err.toString();
        int pkg = run("export", "-f", "java", "--package", "class.if", sample.toString(), "-o", dir.resolve("x").toString());
        // then
        assertEquals(Cli.USAGE_OR_IO, format);
        assertEquals("loveless export: --format takes asl-json, asl-yaml, cloudformation, sam, java, svg or png, not 'pdf'.\n",
                formatError.replace("\r", ""));
        assertEquals(Cli.USAGE_OR_IO, pkg);
        assertTrue(err.toString().startsWith("loveless export: not a usable Java package name: class.if"), err.toString());
    }

    @Test
    void aDefinitionWithErrorsIsRefusedUnlessForced(@TempDir Path dir) throws IOException {
        // given: a Next to a state that does not exist
        Path broken = Files.writeString(dir.resolve("broken.asl.json"),
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Nowhere\"}}}");
        StringWriter refusedOut = new StringWriter();
        StringWriter refusedErr = new StringWriter();
        // when
        int refused = Cli.run(new PrintWriter(refusedOut), new PrintWriter(refusedErr), "export", "-f", "asl-json",
                broken.toString(), "-o", dir.resolve("out").toString());
        int forced = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "export",
                "-f", "asl-json", "--force", broken.toString(), "-o", dir.resolve("out").toString());
        // then
        assertEquals(1, refused);
        assertTrue(refusedErr.toString().contains("MISSING_TRANSITION_TARGET"), refusedErr.toString());
        assertEquals(0, forced);
        assertTrue(Files.exists(dir.resolve("out/broken.asl.json")));
    }

    @Test
    void theDiagramExportsAsSvgAndPng(@TempDir Path dir) throws IOException {
        // given
        Path sample = Files.writeString(dir.resolve("video.asl.json"), Samples.sampleText());
        // when
        int svg = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "export", "-f",
                "svg", sample.toString(), "-o", dir.toString());
        int png = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "export", "-f",
                "png", sample.toString(), "-o", dir.toString());
        int again = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "export", "-f",
                "svg", sample.toString(), "-o", dir.toString());
        // then
        assertEquals(0, svg);
        assertEquals(0, png);
        assertEquals(2, again, "an existing picture is not overwritten without --overwrite");
        String text = Files.readString(dir.resolve("video.svg"));
        assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text.substring(0, 40));
        assertTrue(text.contains("Transcode on GPU"));
        byte[] bytes = Files.readAllBytes(dir.resolve("video.png"));
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }
}
