package dev.loveless.app.designer.export;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.Exporter;
import dev.loveless.exporters.GeneratedFile;
import dev.loveless.exporters.asl.AslExporter;
import dev.loveless.exporters.cloudformation.CloudFormationExporter;
import dev.loveless.exporters.cloudformation.TemplateOptions;
import dev.loveless.exporters.diagram.DiagramImages;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.exporters.files.FileOutcome;
import dev.loveless.exporters.files.FileSink;
import dev.loveless.exporters.files.WriteReport;
import dev.loveless.exporters.java.JavaProjectExporter;
import dev.loveless.exporters.java.JavaProjectOptions;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AtomicFiles;
import dev.loveless.model.io.Format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The work behind the Export dialog, free of JavaFX: makes the files an export would write and
 * asks the {@link FileSink} what writing them would do; writes them. Pictures are one file written
 * atomically beside the others' rules: created when missing, unchanged when identical, replaced only
 * when the user allows it, otherwise a conflict. Immutable; runs on any thread.
 */
final class ExportPlanner {

    /**
     * One export as the dialog's options describe it.
     *
     * @param kind       what to export
     * @param folder     where
     * @param template   JSON or YAML, for templates
     * @param logging    templates: a log group and logging configuration
     * @param tracing    templates: X-Ray tracing
     * @param java       Java: the project's coordinates, else {@code null}
     * @param selection  pictures: the states to show, or empty for the whole diagram
     * @param overwrite  whether files Loveless did not write may be replaced
     */
    record Request(ExportKind kind, Path folder, Format template, boolean logging, boolean tracing,
                   JavaProjectOptions java, Set<StatePath> selection, boolean overwrite) {
        Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(template, "template");
            selection = Set.copyOf(selection);
            if (kind == ExportKind.JAVA) {
                Objects.requireNonNull(java, "java");
            }
        }
    }

    /**
     * A computed export and what writing it would do.
     *
     * @param export   the files (a picture is one file whose content is the SVG text, or empty for a PNG)
     * @param image    a PNG's bytes, else {@code null}
     * @param rows     one per file, in the sink's order
     * @param warnings the exporter's warnings
     */
    record Prepared(Export export, byte[] image, List<FileRow> rows, List<String> warnings) {
        Prepared {
            rows = List.copyOf(rows);
            warnings = List.copyOf(warnings);
        }

        GeneratedFile file(String path) {
            return export.file(path);
        }
    }

    private final Document document;
    private final String workflowName;

    ExportPlanner(Document document, String workflowName) {
        this.document = document;
        this.workflowName = workflowName;
    }

    /** @return the files of the export and what writing them would do; changes nothing */
    Prepared prepare(Request request) throws IOException {
        if (request.kind().isImage()) {
            Picture picture = picture(request);
            FileOutcome.Action action = pictureAction(picture.target(), picture.bytes(), request.overwrite());
            GeneratedFile file = GeneratedFile.regenerated(picture.name(),
                    request.kind() == ExportKind.SVG ? new String(picture.bytes(), StandardCharsets.UTF_8) : "");
            return new Prepared(new Export(request.kind().name().toLowerCase(java.util.Locale.ROOT), List.of(file),
                    List.of()), request.kind() == ExportKind.PNG ? picture.bytes() : null,
                    List.of(new FileRow(picture.name(), action, null, picture.bytes().length)), List.of());
        }
        Export export = exporter(request).export(document.machine(), workflowName);
        WriteReport plan = new FileSink(request.folder(), request.overwrite()).plan(export);
        return new Prepared(export, null, rows(export, plan), export.warnings());
    }

    /** Writes the export; a conflict found at this moment writes nothing (the report says so). */
    WriteReport write(Request request) throws IOException {
        if (request.kind().isImage()) {
            Picture picture = picture(request);
            FileOutcome.Action action = pictureAction(picture.target(), picture.bytes(), request.overwrite());
            if (action == FileOutcome.Action.CREATED || action == FileOutcome.Action.UPDATED) {
                AtomicFiles.write(picture.target(), picture.bytes());
            }
            return new WriteReport(request.folder(), List.of(new FileOutcome(picture.name(), action)),
                    action != FileOutcome.Action.CONFLICT);
        }
        Export export = exporter(request).export(document.machine(), workflowName);
        return new FileSink(request.folder(), request.overwrite()).write(export);
    }

    private static List<FileRow> rows(Export export, WriteReport plan) {
        List<FileRow> rows = new ArrayList<>();
        for (FileOutcome outcome : plan.outcomes()) {
            GeneratedFile file = export.file(outcome.path());
            rows.add(new FileRow(outcome.path(), outcome.action(), file == null ? null : file.ownership(),
                    file == null ? -1 : ExportViewModel.sizeOf(file.content())));
        }
        return rows;
    }

    private record Picture(String name, Path target, byte[] bytes) {
    }

    private Picture picture(Request request) {
        DiagramImages.ImageFormat format = request.kind().imageFormat();
        String name = workflowName + (request.selection().isEmpty() ? "" : "-selection")
                + (format == DiagramImages.ImageFormat.SVG ? ".svg" : ".png");
        byte[] bytes = DiagramImages.export(DiagramGeometry.of(document.machine(), document.diagram()),
                request.selection(), Theme.LIGHT, format);
        return new Picture(name, request.folder().resolve(name), bytes);
    }

    private static FileOutcome.Action pictureAction(Path target, byte[] bytes, boolean overwrite) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return FileOutcome.Action.CREATED;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return FileOutcome.Action.CONFLICT;
        }
        if (Arrays.equals(Files.readAllBytes(target), bytes)) {
            return FileOutcome.Action.UNCHANGED;
        }
        return overwrite ? FileOutcome.Action.UPDATED : FileOutcome.Action.CONFLICT;
    }

    private static Exporter exporter(Request request) {
        return switch (request.kind()) {
            case ASL_JSON -> new AslExporter(Format.JSON);
            case ASL_YAML -> new AslExporter(Format.YAML);
            case CLOUDFORMATION, SAM -> new CloudFormationExporter(new TemplateOptions(request.kind().flavor(),
                    request.template(), request.logging(), request.tracing()));
            case JAVA -> new JavaProjectExporter(name -> request.java());
            case SVG, PNG -> throw new IllegalArgumentException("a picture has no exporter");
        };
    }
}
