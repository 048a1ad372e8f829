package dev.loveless.app.designer.export;

import dev.loveless.app.designer.common.Background;
import dev.loveless.exporters.Export;
import dev.loveless.exporters.GeneratedFile;
import dev.loveless.exporters.files.FileOutcome;
import dev.loveless.exporters.files.FileSink;
import dev.loveless.exporters.files.WriteReport;
import dev.loveless.exporters.java.JavaProjectOptions;
import dev.loveless.model.StatePath;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.Format;
import dev.loveless.model.validation.Diagnostic;
import dev.loveless.model.validation.ValidationResult;
import dev.loveless.model.validation.Validator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The state and logic of the Export dialog: what to export (ASL, CloudFormation, SAM, Java,
 * SVG/PNG of the whole diagram or the selection) and its options; a preview that lists every file
 * with what writing it would do ({@link FileSink#plan}: created, updated, kept, conflict...) and
 * shows the content of the one selected; the definition's validation problems, whose errors
 * refuse the export unless the user ticks "export anyway"; then the write and its report.
 *
 * <p>The preview is recomputed off the application thread whenever an option changes (the
 * previous computation is cancelled); the write too. Never touches a node.
 */
public final class ExportViewModel {

    /** Where the dialog stands. */
    public enum Phase {
        /** Computing the preview. */
        PREVIEWING,
        /** The preview is shown; exporting is possible if {@link #canExportProperty()} says so. */
        READY,
        /** Writing the files. */
        WRITING,
        /** Written: {@link #reportProperty()} says what was done. */
        DONE,
        /** The preview or the write failed: {@link #messageProperty()} says why. */
        FAILED
    }

    private final Document document;
    private final Set<StatePath> selection;
    private final String workflowName;
    private final Path baseFolder;
    private final Background background;
    private final ValidationResult validation;
    private final ExportPlanner planner;

    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(this, "kind", ExportKind.ASL_JSON);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObjectProperty<Format> templateFormat = new SimpleObjectProperty<>(this, "templateFormat", Format.YAML);
    private final BooleanProperty logging = new SimpleBooleanProperty(this, "logging", true);
    private final BooleanProperty tracing = new SimpleBooleanProperty(this, "tracing");
    private final StringProperty javaPackage = new SimpleStringProperty(this, "javaPackage");
    private final BooleanProperty selectionOnly = new SimpleBooleanProperty(this, "selectionOnly");
    private final BooleanProperty overwrite = new SimpleBooleanProperty(this, "overwrite");
    private final BooleanProperty exportAnyway = new SimpleBooleanProperty(this, "exportAnyway");

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.PREVIEWING);
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObjectProperty<FileRow> selectedFile = new SimpleObjectProperty<>(this, "selectedFile");
    private final StringProperty content = new SimpleStringProperty(this, "content", "");
    private final ObjectProperty<byte[]> image = new SimpleObjectProperty<>(this, "image");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final SimpleIntegerProperty errorCount = new SimpleIntegerProperty(this, "errorCount");
    private final SimpleIntegerProperty conflictCount = new SimpleIntegerProperty(this, "conflictCount");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty report = new SimpleStringProperty(this, "report", "");
    private final BooleanBinding canExport;
    private final BooleanProperty folderChosen = new SimpleBooleanProperty(this, "folderChosen");

    private ExportPlanner.Prepared prepared;
    private Background.Job job;

    /**
     * @param document     the document to export (a snapshot: later edits do not change this export)
     * @param selection    the selected states, for a picture of the selection only
     * @param workflowName the workflow's base name ({@code video-pipeline})
     * @param baseFolder   the folder the suggested export folder goes in (the definition's folder)
     * @param background   where the preview and the write run
     */
    public ExportViewModel(Document document, Set<StatePath> selection, String workflowName, Path baseFolder,
                           Background background) {
        this.document = Objects.requireNonNull(document, "document");
        this.selection = Set.copyOf(selection);
        this.workflowName = Objects.requireNonNull(workflowName, "workflowName");
        this.baseFolder = Objects.requireNonNull(baseFolder, "baseFolder");
        this.background = Objects.requireNonNull(background, "background");
        this.validation = new Validator().validate(document.machine());
        this.planner = new ExportPlanner(document, workflowName);
        javaPackage.set(JavaProjectOptions.forWorkflow(workflowName).basePackage());
        folder.set(suggestedFolder(ExportKind.ASL_JSON));
        for (Diagnostic diagnostic : validation.diagnostics()) {
            problems.add(describe(diagnostic));
        }
        errorCount.set((int) validation.diagnostics().stream().filter(Diagnostic::isError).count());
        canExport = Bindings.createBooleanBinding(() -> phase.get() == Phase.READY && folder.get() != null
                        && conflictCount.get() == 0 && (!blockedByErrors() || exportAnyway.get()),
                phase, folder, conflictCount, exportAnyway, kind, errorCount);

        kind.addListener((o, was, now) -> {
            if (!folderChosen.get()) {
                folder.set(suggestedFolder(now));
            }
            if (now != null && !now.isImage() || selection.isEmpty()) {
                selectionOnly.set(false);
            }
            preview();
        });
        for (var option : List.of(templateFormat, logging, tracing, javaPackage, selectionOnly, overwrite)) {
            option.addListener((o, was, now) -> preview());
        }
        folder.addListener((o, was, now) -> preview());
        selectedFile.addListener((o, was, now) -> showContent(now));
        preview();
    }

    // ---- properties ------------------------------------------------------------------------------

    public ObjectProperty<ExportKind> kindProperty() {
        return kind;
    }

    /** The export folder; {@link #chooseFolder} marks it as the user's choice. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<Format> templateFormatProperty() {
        return templateFormat;
    }

    public BooleanProperty loggingProperty() {
        return logging;
    }

    public BooleanProperty tracingProperty() {
        return tracing;
    }

    public StringProperty javaPackageProperty() {
        return javaPackage;
    }

    /** For pictures: only the selected states (possible when something is selected). */
    public BooleanProperty selectionOnlyProperty() {
        return selectionOnly;
    }

    /** @return whether a picture of the selection only can be made */
    public boolean hasSelection() {
        return !selection.isEmpty();
    }

    /** Replace files in the folder that Loveless did not write (otherwise they are conflicts). */
    public BooleanProperty overwriteProperty() {
        return overwrite;
    }

    /** Export although the definition has validation errors. */
    public BooleanProperty exportAnywayProperty() {
        return exportAnyway;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** The preview (and, after writing, the report): one row per file. */
    public ObservableList<FileRow> files() {
        return files;
    }

    /** The file whose content {@link #contentProperty()} shows. */
    public ObjectProperty<FileRow> selectedFileProperty() {
        return selectedFile;
    }

    /** The selected file's text (an SVG's too); empty for a PNG, whose bytes are {@link #imageProperty()}. */
    public ReadOnlyStringProperty contentProperty() {
        return content;
    }

    /** The PNG about to be written, for the preview; {@code null} otherwise. */
    public ReadOnlyObjectProperty<byte[]> imageProperty() {
        return image;
    }

    /** What the exporter warns about (a function the policy cannot scope...). */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The definition's validation problems, one line each, errors first. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount;
    }

    public ReadOnlyIntegerProperty conflictCountProperty() {
        return conflictCount;
    }

    /** @return whether the definition's errors stop this kind of export (pictures are never stopped) */
    public boolean blockedByErrors() {
        return errorCount.get() > 0 && kind.get() != null && !kind.get().isImage();
    }

    /** One line on where things stand: what the preview found, why export is not possible, or what failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** After writing: what was done, one line per file and a summary. */
    public ReadOnlyStringProperty reportProperty() {
        return report;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyBooleanProperty folderChosenProperty() {
        return folderChosen;
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Sets the folder the user chose; kind changes no longer replace it. */
    public void chooseFolder(Path chosen) {
        if (chosen != null) {
            folderChosen.set(true);
            folder.set(chosen.toAbsolutePath().normalize());
        }
    }

    /** Recomputes the preview in the background, cancelling one still running. */
    public void preview() {
        cancelJob();
        ExportPlanner.Request request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        phase.set(Phase.PREVIEWING);
        message.set("Preparing the preview…");
        job = background.run(() -> planner.prepare(request), this::showPreview,
                error -> fail("The preview failed: " + messageOf(error)));
    }

    /** Writes the files as previewed (the preview is made again first, in case the folder changed). */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        cancelJob();
        ExportPlanner.Request request = request();
        phase.set(Phase.WRITING);
        message.set("Writing " + prepared.rows().size() + (prepared.rows().size() == 1 ? " file" : " files") + "…");
        job = background.run(() -> planner.write(request), this::showReport,
                error -> fail("The export failed: " + messageOf(error) + " Files written before the failure stay."));
    }

    /** Stops the preview or write in progress (a write stops between files). */
    public void cancel() {
        if (job != null && !job.isFinished()) {
            cancelJob();
            phase.set(Phase.FAILED);
            message.set("Cancelled.");
        }
    }

    // ---- internals -------------------------------------------------------------------------------

    private ExportPlanner.Request request() {
        Path target = folder.get();
        if (target == null) {
            throw new IllegalArgumentException("Choose a folder to export into.");
        }
        JavaProjectOptions java = null;
        if (kind.get() == ExportKind.JAVA) {
            String pkg = javaPackage.get() == null ? "" : javaPackage.get().strip();
            try {
                java = JavaProjectOptions.forWorkflow(workflowName).withBasePackage(pkg);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The Java package '" + pkg + "' cannot be used: it must be a"
                        + " dotted Java name in ASCII, like com.example.orders.");
            }
        }
        return new ExportPlanner.Request(kind.get(), target, templateFormat.get(), logging.get(), tracing.get(), java,
                selectionOnly.get() ? selection : Set.of(), overwrite.get());
    }

    private void showPreview(ExportPlanner.Prepared result) {
        prepared = result;
        FileRow keep = selectedFile.get();
        files.setAll(result.rows());
        warnings.setAll(result.warnings());
        long conflicts = result.rows().stream().filter(r -> r.action() == FileOutcome.Action.CONFLICT).count();
        conflictCount.set((int) conflicts);
        phase.set(Phase.READY);
        selectedFile.set(result.rows().stream().filter(r -> keep != null && r.path().equals(keep.path())).findFirst()
                .orElse(result.rows().isEmpty() ? null : result.rows().get(0)));
        showContent(selectedFile.get());
        message.set(previewMessage(result, conflicts));
    }

    private String previewMessage(ExportPlanner.Prepared result, long conflicts) {
        if (conflicts > 0) {
            return (conflicts == 1 ? "1 file in the folder was not written by Loveless and stands"
                    : conflicts + " files in the folder were not written by Loveless and stand")
                    + " in the way: choose another folder, or tick \"Replace files Loveless did not write\".";
        }
        if (blockedByErrors() && !exportAnyway.get()) {
            return "The definition has " + errorCount.get() + (errorCount.get() == 1 ? " error" : " errors")
                    + ": fix them, or tick \"Export anyway\".";
        }
        java.util.Map<FileOutcome.Action, Long> counts = new java.util.EnumMap<>(FileOutcome.Action.class);
        result.rows().forEach(row -> counts.merge(row.action(), 1L, Long::sum));
        String breakdown = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(java.util.stream.Collectors.joining(", "));
        long writes = result.rows().stream().filter(r -> r.action().writes()).count();
        return result.rows().size() + (result.rows().size() == 1 ? " file: " : " files: ") + breakdown + "."
                + (writes == 0 ? " The folder is up to date." : "");
    }

    private void showReport(WriteReport written) {
        List<FileRow> rows = new ArrayList<>();
        for (FileOutcome outcome : written.outcomes()) {
            FileRow before = prepared == null ? null : prepared.rows().stream()
                    .filter(r -> r.path().equals(outcome.path())).findFirst().orElse(null);
            rows.add(new FileRow(outcome.path(), outcome.action(), before == null ? null : before.ownership(),
                    before == null ? -1 : before.size()));
        }
        files.setAll(rows);
        if (written.hasConflicts()) {
            conflictCount.set(written.conflicts().size());
            phase.set(Phase.READY);
            message.set("Nothing was written: files Loveless did not write appeared in the folder. Choose another"
                    + " folder, or tick \"Replace files Loveless did not write\".");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (FileOutcome outcome : written.outcomes()) {
            text.append(String.format(Locale.ROOT, "%-40s %s%n", outcome.action().label(), outcome.path()));
        }
        long changed = written.outcomes().stream().filter(o -> o.action().writes()).count();
        String summary = "Exported " + kind.get().label() + " to " + written.root() + ": " + changed + " of "
                + written.outcomes().size() + (written.outcomes().size() == 1 ? " file" : " files") + " changed.";
        report.set(text + summary);
        message.set(summary);
        phase.set(Phase.DONE);
    }

    private void showContent(FileRow row) {
        if (row == null || prepared == null) {
            content.set("");
            image.set(null);
            return;
        }
        GeneratedFile file = prepared.file(row.path());
        if (file == null) {
            content.set(row.action() == FileOutcome.Action.REMOVED
                    ? "An earlier export wrote this file and this one no longer makes it; it is unedited, so it goes."
                    : "An earlier export wrote this file and this one no longer makes it; you edited it, so it stays.");
            image.set(null);
            return;
        }
        if (kind.get() == ExportKind.PNG) {
            content.set("");
            image.set(prepared.image());
            return;
        }
        image.set(null);
        content.set(file.content());
    }

    private void fail(String text) {
        phase.set(Phase.FAILED);
        message.set(text);
    }

    private void cancelJob() {
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    private Path suggestedFolder(ExportKind exportKind) {
        return baseFolder.resolve(workflowName + "-" + exportKind.folderSuffix()).toAbsolutePath().normalize();
    }

    private static String describe(Diagnostic diagnostic) {
        String where = diagnostic.statePath() != null ? diagnostic.statePath().name()
                : diagnostic.pointer().isEmpty() ? "workflow" : diagnostic.pointer();
        return (diagnostic.isError() ? "Error" : "Warning") + " · " + where + " · " + diagnostic.message();
    }

    static String messageOf(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.io.UncheckedIOException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** @return the number of bytes of text */
    static long sizeOf(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
