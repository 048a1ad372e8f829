package dev.loveless.exporters.java;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.files.FileOutcome;
import dev.loveless.exporters.files.FileSink;
import dev.loveless.exporters.files.WriteReport;
import dev.loveless.model.StateMachine;
import dev.loveless.model.TaskState;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlipKindTest {

    private static final String HANDLER = "src/main/java/com/example/videopipeline/handlers/CheckUploadHandler.java";
    private static final String FUNCTION = "src/main/java/com/example/videopipeline/lambda/CheckUploadFunction.java";

    @TempDir
    Path dir;

    private static StateMachine withCheckUploadAsActivity(StateMachine machine) {
        TaskState task = (TaskState) machine.states().get("Check upload");
        TaskState flipped = task.withResource("arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:check-upload")
                .withCommon(task.common().withParameters(null));
        return machine.withStates(machine.states().with("Check upload", flipped));
    }

    @Test
    void reExportAfterFlippingATaskKeepsTheUsersHandlerByteForByte() throws Exception {
        // given
        StateMachine lambda = Samples.sample().machine();
        JavaProjectExporter exporter = new JavaProjectExporter();
        new FileSink(dir).write(exporter.export(lambda, "video-pipeline"));
        byte[] edited = (Files.readString(dir.resolve(HANDLER)).replace("return input;",
                "return input; // my real work, ünïcödé\r\n")).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(HANDLER), edited);
        // when
        Export flipped = exporter.export(withCheckUploadAsActivity(lambda), "video-pipeline");
        WriteReport report = new FileSink(dir).write(flipped);
        // then
        assertEquals(FileOutcome.Action.KEPT, report.actionFor(HANDLER));
        assertArrayEquals(edited, Files.readAllBytes(dir.resolve(HANDLER)));
        assertEquals(FileOutcome.Action.REMOVED, report.actionFor(FUNCTION), "the Lambda entry point is no longer wiring");
        assertFalse(Files.exists(dir.resolve(FUNCTION)));
        assertEquals(FileOutcome.Action.UPDATED, report.actionFor("src/main/java/com/example/videopipeline/runtime/Task.java"));
        assertTrue(Files.readString(dir.resolve("src/main/java/com/example/videopipeline/runtime/Task.java"))
                .contains("CHECK_UPLOAD(\"Check upload\", Kind.ACTIVITY, \"check-upload\""));
        assertTrue(report.of(FileOutcome.Action.UPDATED).stream().noneMatch(o -> o.path().contains("/handlers/")),
                "only wiring and packaging change");
        try (GeneratedProject project = GeneratedProject.at(dir).compile()) {
            assertEquals(3, project.runTests("com.example.videopipeline").getTestsSucceededCount());
        }
    }

    @Test
    void flippingBackRestoresTheEntryPointAndStillKeepsTheHandler() throws Exception {
        // given
        StateMachine lambda = Samples.sample().machine();
        JavaProjectExporter exporter = new JavaProjectExporter();
        new FileSink(dir).write(exporter.export(withCheckUploadAsActivity(lambda), "video-pipeline"));
        Files.writeString(dir.resolve(HANDLER), "// mine\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        byte[] edited = Files.readAllBytes(dir.resolve(HANDLER));
        // when
        WriteReport report = new FileSink(dir).write(exporter.export(lambda, "video-pipeline"));
        // then
        assertEquals(FileOutcome.Action.CREATED, report.actionFor(FUNCTION));
        assertArrayEquals(edited, Files.readAllBytes(dir.resolve(HANDLER)));
    }
}
