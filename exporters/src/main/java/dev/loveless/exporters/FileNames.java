package dev.loveless.exporters;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a workflow name into a portable file-name stem: ASCII letters, digits, {@code -} and {@code _}. */
public final class FileNames {

    private FileNames() {
    }

    /** @return {@code name} as a safe stem, or {@code fallback} when nothing usable is left */
    public static String safe(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        String stem = ascii.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (stem.length() > 64) {
            stem = stem.substring(0, 64).replaceAll("[-_]+$", "");
        }
        return stem.isEmpty() ? fallback : stem;
    }

    /** @return the workflow name of a definition file: {@code video-pipeline} for {@code video-pipeline.asl.json} */
    public static String workflowNameOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml"}) {
            if (lower.endsWith(suffix)) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }
}
