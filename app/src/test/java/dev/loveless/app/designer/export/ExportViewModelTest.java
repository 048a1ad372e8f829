package dev.loveless.app.designer.export;

import dev.loveless.app.designer.FxThread;
import dev.loveless.app.designer.common.Background;
import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.exporters.files.FileOutcome;
import dev.loveless.model.StatePath;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Export dialog's view model: preview, validation, conflicts, writing, on a real folder. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    private static Document sample() {
        return DocumentFiles.documentOf(Samples.sample().machine(), null);
    }

    private ExportViewModel open(Document document, Set<StatePath> selection) {
        ExportViewModel model = FxThread.call(() -> new ExportViewModel(document, selection, "video-pipeline", dir,
                new Background("test-export")));
        awaitReady(model);
        return model;
    }

    private static void awaitReady(ExportViewModel model) {
        FxThread.await("the preview", () -> model.phaseProperty().get() != ExportViewModel.Phase.PREVIEWING);
    }

    private static Map<String, FileOutcome.Action> actions(ExportViewModel model) {
        return FxThread.call(() -> model.files().stream().collect(Collectors.toMap(FileRow::path, FileRow::action)));
    }

    private static void exportAndWait(ExportViewModel model) {
        FxThread.run(model::export);
        FxThread.await("the export", () -> model.phaseProperty().get() != ExportViewModel.Phase.WRITING);
    }

    @Test
    void thePreviewListsTheFilesWithWhatWillHappenAndShowsTheSelectedOnesContent() {
        // when
        ExportViewModel model = open(sample(), Set.of());

        // then
        assertEquals(dir.resolve("video-pipeline-asl").toAbsolutePath(), FxThread.call(() -> model.folderProperty().get()));
        assertEquals(Map.of("video-pipeline.asl.json", FileOutcome.Action.CREATED), actions(model));
        assertTrue(FxThread.call(() -> model.contentProperty().get()).contains("\"StartAt\": \"Check upload\""));
        assertTrue(FxThread.call(() -> model.canExportProperty().get()));
        assertFalse(Files.exists(dir.resolve("video-pipeline-asl")), "a preview writes nothing");
    }

    @Test
    void exportingJavaWritesTheProjectAndAgainKeepsTheUsersHandlers() throws Exception {
        // given
        ExportViewModel model = open(sample(), Set.of());
        FxThread.run(() -> {
            model.kindProperty().set(ExportKind.JAVA);
            model.javaPackageProperty().set("com.acme.video");
        });
        awaitReady(model);
        assertTrue(FxThread.call(() -> model.files().size()) > 10);

        // when
        exportAndWait(model);

        // then
        assertEquals(ExportViewModel.Phase.DONE, FxThread.call(() -> model.phaseProperty().get()),
                FxThread.call(() -> model.messageProperty().get()));
        Path project = dir.resolve("video-pipeline-workers");
        assertTrue(Files.exists(project.resolve("pom.xml")));
        String report = FxThread.call(() -> model.reportProperty().get());
        assertTrue(report.contains("created") && report.contains("pom.xml"), report);
        assertTrue(Files.walk(project).anyMatch(p -> p.toString().replace('\\', '/').contains("com/acme/video")));

        // when
        ExportViewModel again = open(sample(), Set.of());
        FxThread.run(() -> {
            again.kindProperty().set(ExportKind.JAVA);
            again.javaPackageProperty().set("com.acme.video");
        });
        awaitReady(again);

        // then
        Map<String, FileOutcome.Action> second = actions(again);
        assertEquals(FileOutcome.Action.UNCHANGED, second.get("pom.xml"));
        assertTrue(second.containsValue(FileOutcome.Action.KEPT), second.toString());
        assertFalse(second.containsValue(FileOutcome.Action.CREATED), second.toString());
    }

    @Test
    void aFileLovelessDidNotWriteIsAConflictThatBlocksExportUntilReplacingIsAllowed() throws Exception {
        // given
        Path folder = dir.resolve("video-pipeline-asl");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("video-pipeline.asl.json"), "{\"mine\": true}");
        ExportViewModel model = open(sample(), Set.of());

        // then
        assertEquals(FileOutcome.Action.CONFLICT, actions(model).get("video-pipeline.asl.json"));
        assertFalse(FxThread.call(() -> model.canExportProperty().get()));
        assertEquals("1 file in the folder was not written by Loveless and stands in the way: choose another folder,"
                + " or tick \"Replace files Loveless did not write\".", FxThread.call(() -> model.messageProperty().get()));

        // when
        FxThread.run(() -> model.overwriteProperty().set(true));
        awaitReady(model);
        exportAndWait(model);

        // then
        assertTrue(Files.readString(folder.resolve("video-pipeline.asl.json")).contains("Check upload"));
    }

    @Test
    void validationErrorsRefuseTheExportUntilTheUserChoosesToExportAnyway() throws Exception {
        // given
        Document broken = DocumentFiles.documentOf(new AslReader().read(
                "{\"StartAt\": \"Nowhere\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}", Format.JSON)
                .machine(), null);

        // when
        ExportViewModel model = open(broken, Set.of());

        // then
        assertTrue(FxThread.call(() -> model.errorCountProperty().get()) > 0);
        assertTrue(FxThread.call(() -> model.problems().get(0)).startsWith("Error · "),
                FxThread.call(() -> model.problems().toString()));
        assertFalse(FxThread.call(() -> model.canExportProperty().get()));
        assertTrue(FxThread.call(() -> model.messageProperty().get()).contains("tick \"Export anyway\""));

        // when
        FxThread.run(() -> model.exportAnywayProperty().set(true));
        exportAndWait(model);

        // then
        assertTrue(Files.exists(dir.resolve("video-pipeline-asl/video-pipeline.asl.json")));
    }

    @Test
    void aPictureOfTheSelectionIsPreviewedAndWritten() {
        // given
        StatePath check = StatePath.of("Check upload");
        ExportViewModel model = open(sample(), Set.of(check));

        // when
        FxThread.run(() -> {
            model.kindProperty().set(ExportKind.PNG);
            model.selectionOnlyProperty().set(true);
        });
        awaitReady(model);

        // then
        assertEquals(Map.of("video-pipeline-selection.png", FileOutcome.Action.CREATED), actions(model));
        byte[] image = FxThread.call(() -> model.imageProperty().get());
        assertNotNull(image);
        assertEquals((byte) 0x89, image[0]);

        // when
        exportAndWait(model);

        // then
        assertTrue(Files.exists(dir.resolve("video-pipeline-images/video-pipeline-selection.png")));
    }

    @Test
    void templateOptionsChangeTheFilesPreviewed() {
        // given
        ExportViewModel model = open(sample(), Set.of());

        // when
        FxThread.run(() -> {
            model.kindProperty().set(ExportKind.SAM);
            model.templateFormatProperty().set(Format.JSON);
            model.tracingProperty().set(true);
        });
        awaitReady(model);

        // then
        List<String> paths = FxThread.call(() -> model.files().stream().map(FileRow::path).toList());
        assertEquals(1, paths.size());
        assertTrue(paths.get(0).endsWith(".json"), paths.toString());
        String content = FxThread.call(() -> model.contentProperty().get());
        assertTrue(content.contains("AWS::Serverless") && content.contains("Tracing"), content);
    }

    @Test
    void anUnusableJavaPackageIsExplainedAndNothingIsPreviewed() {
        // given
        ExportViewModel model = open(sample(), Set.of());

        // when
        FxThread.run(() -> {
            model.kindProperty().set(ExportKind.JAVA);
            model.javaPackageProperty().set("com.example.class");
        });
        awaitReady(model);

        // then
        assertEquals(ExportViewModel.Phase.FAILED, FxThread.call(() -> model.phaseProperty().get()));
        assertEquals("The Java package 'com.example.class' cannot be used: it must be a dotted Java name in ASCII,"
                + " like com.example.orders.", FxThread.call(() -> model.messageProperty().get()));
        assertFalse(FxThread.call(() -> model.canExportProperty().get()));
    }
}
