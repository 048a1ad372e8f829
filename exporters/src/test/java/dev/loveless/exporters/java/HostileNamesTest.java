package dev.loveless.exporters.java;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.GeneratedFile;
import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.lang.reflect.Method;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostileNamesTest {

    /** State names, comments and error names that try to break or inject into the generated code. */
    static final String HOSTILE = """
            {"Comment": "*/ class Evil { } /* \\u002a/ @Deprecated",
             "StartAt": "\\"; System.exit(0); //",
             "States": {
              "\\"; System.exit(0); //": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:a",
                 "Comment": "*/ static { System.exit(1); } /** \\\\u000a System.exit(2);",
                 "Retry": [{"ErrorEquals": ["Bad.Input", "has space", "java.lang.Error", "\\"); System.exit(3); //"]}],
                 "Next": "class"},
              "class": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Parameters": {"FunctionName": "b"}, "Next": "Ñandú ✓"},
              "Ñandú ✓": {"Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:nandu",
                 "HeartbeatSeconds": 10, "Next": "日本語"},
              "日本語": {"Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:jp", "Next": "Check upload"},
              "Check upload": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:c", "Next": "check-upload"},
              "check-upload": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:d", "Next": "Step"},
              "Step": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:e", "Next": "Task"},
              "Task": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "Next": "\\\\u000a"},
              "\\\\u000a": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:g",
                 "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Task"}], "End": true}
             }}
            """;

    @TempDir
    Path dir;

    @Test
    void aWorkflowOfHostileNamesGivesAProjectThatCompilesAndPassesItsTests() throws Exception {
        // given
        StateMachine machine = new AslReader().read(HOSTILE, Format.JSON).machine();
        // when
        Export export = new JavaProjectExporter().export(machine, "\"; rm -rf / #");
        // then
        try (GeneratedProject project = GeneratedProject.write(export, dir).compile()) {
            TestExecutionSummary summary = project.runTests("com.example.rmrf.handlers");
            assertEquals(9, summary.getTestsFoundCount());
            assertEquals(9, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
            Class<?> task = project.load("com.example.rmrf.runtime.Task");
            Method find = task.getMethod("find", String.class);
            assertTrue(find.invoke(null, "\"; System.exit(0); //") != null, "the state name survives as a literal");
            Object stateName = task.getMethod("stateName").invoke(find.invoke(null, "\\u000a"));
            assertEquals("\\u000a", stateName);
        }
    }

    @Test
    void definitionTextNeverLeavesItsStringLiteralOrComment() throws Exception {
        // given
        StateMachine machine = new AslReader().read(HOSTILE, Format.JSON).machine();
        // when
        Export export = new JavaProjectExporter().export(machine, "hostile");
        // then
        for (GeneratedFile file : export.files()) {
            if (file.path().endsWith(".java")) {
                String code = JavaCode.withoutLiteralsAndComments(file.content());
                boolean runner = file.path().endsWith("LocalRunner.java") || file.path().endsWith("ActivityWorkerMain.java");
                assertFalse(!runner && code.contains("System.exit"), file.path() + ":\n" + code);
                assertFalse(code.contains("Evil") || code.contains("Deprecated"), file.path());
            }
        }
        assertTrue(export.file("src/main/java/Bad/Input.java") != null, "a dotted error name becomes a class in a package");
        assertTrue(export.warnings().stream().anyMatch(w -> w.contains("\"has space\"")), export.warnings().toString());
        assertTrue(export.files().stream().noneMatch(f -> f.path().startsWith("src/main/java/java/")),
                "no class in the JDK's packages");
    }

    @Test
    void handlerNamesAreReadableAndUniqueIgnoringCase() {
        // given
        StateMachine machine;
        try {
            machine = new AslReader().read(HOSTILE, Format.JSON).machine();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // when
        ProjectPlan plan = ProjectPlan.of(machine, JavaProjectOptions.forWorkflow("hostile"));
        // then
        assertEquals(java.util.List.of("SystemExit0Handler", "ClassHandler", "NanduHandler", "Task1Handler",
                "CheckUploadHandler", "CheckUpload2Handler", "Step2Handler", "Task2Handler", "U000aHandler"),
                plan.tasks().stream().map(TaskPlan::handlerClass).toList());
    }
}
