package dev.loveless.exporters;

import dev.loveless.model.StateMachine;

/**
 * Turns a workflow into files. An exporter only computes: it never touches the disk (the
 * {@link dev.loveless.exporters.files.FileSink} writes), so that the designer can preview an
 * export and tests can compare whole files. Implementations are thread-safe and deterministic:
 * the same machine and name give the same files.
 */
public interface Exporter {

    /** @return a short stable id: {@code asl-json}, {@code cloudformation}, {@code java}… */
    String id();

    /**
     * @param machine      the workflow; may be invalid (the caller decides whether to export it)
     * @param workflowName the workflow's base name, e.g. {@code video-pipeline} for
     *                     {@code video-pipeline.asl.json}; names files and resources
     * @return the files to write and the warnings to show
     */
    Export export(StateMachine machine, String workflowName);
}
