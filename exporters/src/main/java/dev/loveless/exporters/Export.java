package dev.loveless.exporters;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one exporter produced for one workflow: the files, and the warnings a user should read
 * (a function the policy cannot scope, an error name Java cannot raise…).
 *
 * @param exporterId which exporter made it ({@code java}, {@code cloudformation}…): the file
 *                   sink keeps one record of generated files per exporter and folder
 * @param files      the files, each path once
 * @param warnings   plain sentences, possibly empty
 */
public record Export(String exporterId, List<GeneratedFile> files, List<String> warnings) {

    public Export {
        Objects.requireNonNull(exporterId, "exporterId");
        if (!exporterId.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("exporter id must be lower-case letters, digits and dashes: " + exporterId);
        }
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        Set<String> seen = new HashSet<>();
        for (GeneratedFile file : files) {
            if (!seen.add(file.path())) {
                throw new IllegalArgumentException("two files with the same path: " + file.path());
            }
        }
    }

    /** @return the file at {@code path}, or {@code null} */
    public GeneratedFile file(String path) {
        for (GeneratedFile file : files) {
            if (file.path().equals(path)) {
                return file;
            }
        }
        return null;
    }
}
