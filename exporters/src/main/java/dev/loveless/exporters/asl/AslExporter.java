package dev.loveless.exporters.asl;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.Exporter;
import dev.loveless.exporters.FileNames;
import dev.loveless.exporters.GeneratedFile;
import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;

import java.util.List;
import java.util.Objects;

/**
 * Exports the definition itself, through the canonical {@link AslWriter}: one file,
 * {@code NAME.asl.json} or {@code NAME.asl.yaml}, regenerated on every export.
 */
public final class AslExporter implements Exporter {

    private final Format format;
    private final AslWriter writer = new AslWriter();

    public AslExporter(Format format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    @Override
    public String id() {
        return format == Format.JSON ? "asl-json" : "asl-yaml";
    }

    @Override
    public Export export(StateMachine machine, String workflowName) {
        String extension = format == Format.JSON ? ".asl.json" : ".asl.yaml";
        String fileName = FileNames.safe(workflowName, "workflow") + extension;
        return new Export(id(), List.of(GeneratedFile.regenerated(fileName, writer.write(machine, format))), List.of());
    }
}
