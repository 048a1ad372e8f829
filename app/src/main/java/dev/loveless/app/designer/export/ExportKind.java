package dev.loveless.app.designer.export;

import dev.loveless.exporters.cloudformation.TemplateOptions;
import dev.loveless.exporters.diagram.DiagramImages.ImageFormat;

/** What File ▸ Export can make, with the words the dialog uses and the default folder it suggests. */
public enum ExportKind {
    ASL_JSON("ASL definition (JSON)", "The definition in the canonical JSON format.", "asl"),
    ASL_YAML("ASL definition (YAML)", "The definition in the canonical YAML format.", "asl"),
    CLOUDFORMATION("CloudFormation template", "The state machine, its activities and a least-privilege execution role.",
            "cloudformation"),
    SAM("SAM template", "The same resources as a SAM template (template.yaml or .json).", "sam"),
    JAVA("Java worker project", "A Maven project: one handler per Task, Lambda entry points, an Activity worker,"
            + " Dockerfiles. Your handlers are never overwritten.", "workers"),
    SVG("Diagram as SVG", "The diagram as a vector picture, as the designer draws it.", "images"),
    PNG("Diagram as PNG", "The diagram as a picture at twice its size, as the designer draws it.", "images");

    private final String label;
    private final String description;
    private final String folderSuffix;

    ExportKind(String label, String description, String folderSuffix) {
        this.label = label;
        this.description = description;
        this.folderSuffix = folderSuffix;
    }

    public String label() {
        return label;
    }

    /** @return one sentence on what the export contains */
    public String description() {
        return description;
    }

    /** @return the end of the folder name suggested for this export: {@code NAME-workers} */
    public String folderSuffix() {
        return folderSuffix;
    }

    /** @return whether this export is a picture of the diagram rather than files made from the definition */
    public boolean isImage() {
        return this == SVG || this == PNG;
    }

    /** @return whether this export is a CloudFormation or SAM template */
    public boolean isTemplate() {
        return this == CLOUDFORMATION || this == SAM;
    }

    /** @return the image format, or {@code null} for a non-image export */
    public ImageFormat imageFormat() {
        return this == SVG ? ImageFormat.SVG : this == PNG ? ImageFormat.PNG : null;
    }

    /** @return the template flavour, or {@code null} for a non-template export */
    public TemplateOptions.Flavor flavor() {
        return this == CLOUDFORMATION ? TemplateOptions.Flavor.CLOUDFORMATION
                : this == SAM ? TemplateOptions.Flavor.SAM : null;
    }

    @Override
    public String toString() {
        return label;
    }
}
