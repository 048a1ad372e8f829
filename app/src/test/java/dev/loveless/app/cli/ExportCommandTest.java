package dev.loveless.app.cli;

import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals("loveless export: --format takes asl-json, asl-yaml, cloudformation, sam or java, not 'pdf'.\n",
                formatError.replace("\r", ""));
        assertEquals(Cli.USAGE_OR_IO, pkg);
        assertTrue(err.toString().startsWith("loveless export: not a usable Java package name: class.if"), err.toString());
    }
}
