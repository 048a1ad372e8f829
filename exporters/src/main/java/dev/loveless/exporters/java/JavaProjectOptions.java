package dev.loveless.exporters.java;

import dev.loveless.exporters.FileNames;

import javax.lang.model.SourceVersion;
import java.util.Locale;
import java.util.Objects;

/**
 * The coordinates of a generated Java project.
 *
 * @param groupId     Maven group id, e.g. {@code com.example}
 * @param artifactId  Maven artifact id, e.g. {@code video-pipeline-workers}
 * @param basePackage the Java package everything goes under, e.g. {@code com.example.videopipeline}
 */
public record JavaProjectOptions(String groupId, String artifactId, String basePackage) {

    public JavaProjectOptions {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(basePackage, "basePackage");
        if (!groupId.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("a Maven group id is letters, digits, '.', '-' and '_': " + groupId);
        }
        if (!artifactId.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("a Maven artifact id is letters, digits, '.', '-' and '_': " + artifactId);
        }
        if (!SourceVersion.isName(basePackage) || !basePackage.chars().allMatch(c -> c < 128)
                || basePackage.startsWith("java.") || basePackage.startsWith("javax.")) {
            throw new IllegalArgumentException("not a usable Java package name: " + basePackage);
        }
    }

    /** @return {@code com.example} coordinates named after the workflow */
    public static JavaProjectOptions forWorkflow(String workflowName) {
        String stem = FileNames.safe(workflowName, "workflow").toLowerCase(Locale.ROOT);
        String packagePart = stem.replaceAll("[^a-z0-9]", "");
        if (packagePart.isEmpty() || !Character.isLetter(packagePart.charAt(0))) {
            packagePart = "workflow" + packagePart;
        }
        return new JavaProjectOptions("com.example", stem + "-workers", "com.example." + packagePart);
    }

    /** @return these options with another package (checked) */
    public JavaProjectOptions withBasePackage(String newPackage) {
        return new JavaProjectOptions(groupId, artifactId, newPackage);
    }
}
