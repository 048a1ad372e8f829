package dev.loveless.exporters.java;

import dev.loveless.exporters.Export;
import dev.loveless.model.StateMachine;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratedProjectCompilesTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesProjectCompilesAndItsGeneratedTestsPass() throws Exception {
        // given
        StateMachine sample = Samples.sample().machine();
        Export export = new JavaProjectExporter().export(sample, "video-pipeline");
        // when
        try (GeneratedProject project = GeneratedProject.write(export, dir).compile()) {
            TestExecutionSummary summary = project.runTests("com.example.videopipeline");
            // then
            assertEquals(3, summary.getTestsFoundCount(), "one test per Lambda or Activity Task");
            assertEquals(3, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
            assertTrue(export.warnings().isEmpty(), export.warnings().toString());
        }
    }
}
