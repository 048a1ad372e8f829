package dev.loveless.exporters.files;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.GeneratedFile;
import dev.loveless.exporters.Ownership;
import dev.loveless.model.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one place that writes exports to disk. Each file is written atomically
 * ({@link AtomicFiles}); a {@linkplain Ownership#USER_OWNED user-owned} file that exists is never
 * touched; {@linkplain Ownership#REGENERATED wiring} is rewritten only when Loveless wrote it
 * before (its {@link Manifest} says so) or when it does not exist. A file of the same name that
 * Loveless did not write is a conflict: then nothing at all is written, unless the caller allows
 * overwriting. Wiring an earlier export wrote and this one no longer makes (a Lambda entry point
 * after its Task became an Activity) is deleted when unedited, kept when edited.
 *
 * <p>{@link #plan} says what {@link #write} would do without touching the disk (the designer's
 * preview). Not thread-safe for one folder: one export at a time.
 */
public final class FileSink {

    private static final Logger LOG = LoggerFactory.getLogger(FileSink.class);

    /** How many files are written at once. */
    private static final int WRITERS = 8;

    private final Path root;
    private final boolean overwriteForeign;

    /**
     * @param root             the export folder (created when missing)
     * @param overwriteForeign whether wiring may replace a file Loveless did not write
     */
    public FileSink(Path root, boolean overwriteForeign) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.overwriteForeign = overwriteForeign;
    }

    public FileSink(Path root) {
        this(root, false);
    }

    /** @return what {@link #write} would do, without changing anything */
    public WriteReport plan(Export export) throws IOException {
        return new WriteReport(root, decide(export, Manifest.read(root, export.exporterId())).outcomes(), false);
    }

    /**
     * Writes the export. When a conflict stands in the way, writes nothing and returns a report
     * whose {@link WriteReport#hasConflicts()} is true.
     *
     * @throws IOException when a file cannot be written; files written before stay written and
     *                     the manifest records them
     */
    public WriteReport write(Export export) throws IOException {
        Manifest previous = Manifest.read(root, export.exporterId());
        Decision decision = decide(export, previous);
        if (decision.outcomes().stream().anyMatch(o -> o.action() == FileOutcome.Action.CONFLICT)) {
            return new WriteReport(root, decision.outcomes(), false);
        }
        Map<String, String> recorded = new LinkedHashMap<>(previous.hashes());
        try {
            writeAll(decision, recorded);
            for (FileOutcome outcome : decision.outcomes()) {
                switch (outcome.action()) {
                    case UNCHANGED -> recorded.put(outcome.path(), Manifest.sha256(decision.files().get(outcome.path()).content()));
                    case REMOVED -> {
                        Files.deleteIfExists(resolve(outcome.path()));
                        recorded.remove(outcome.path());
                        LOG.debug("removed stale {}", outcome.path());
                    }
                    case KEPT_STALE -> recorded.remove(outcome.path());
                    default -> {
                        // CREATED and UPDATED are written above; KEPT: the user's file stays as it is.
                    }
                }
            }
        } finally {
            AtomicFiles.write(Manifest.location(root, export.exporterId()), new Manifest(recorded).text());
        }
        return new WriteReport(root, decision.outcomes(), true);
    }

    /**
     * Writes the created and updated files, several at a time: each atomic write waits for the disk
     * ({@code fsync}), and a Java project has hundreds of files.
     */
    private void writeAll(Decision decision, Map<String, String> recorded) throws IOException {
        List<GeneratedFile> toWrite = decision.outcomes().stream()
                .filter(o -> o.action() == FileOutcome.Action.CREATED || o.action() == FileOutcome.Action.UPDATED)
                .map(o -> decision.files().get(o.path()))
                .toList();
        if (toWrite.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(WRITERS, toWrite.size()), runnable -> {
            Thread thread = new Thread(runnable, "export-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<GeneratedFile>> written = new ArrayList<>();
            for (GeneratedFile file : toWrite) {
                written.add(pool.submit(() -> {
                    AtomicFiles.write(resolve(file.path()), file.content());
                    return file;
                }));
            }
            IOException failure = null;
            for (Future<GeneratedFile> future : written) {
                try {
                    GeneratedFile file = future.get();
                    if (file.ownership() == Ownership.REGENERATED) {
                        recorded.put(file.path(), Manifest.sha256(file.content()));
                    }
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing the export", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Decision(List<FileOutcome> outcomes, Map<String, GeneratedFile> files) {
    }

    private Decision decide(Export export, Manifest previous) throws IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        Map<String, GeneratedFile> files = new LinkedHashMap<>();
        for (GeneratedFile file : export.files()) {
            files.put(file.path(), file);
            outcomes.add(new FileOutcome(file.path(), decide(file, previous)));
        }
        for (Map.Entry<String, String> entry : previous.hashes().entrySet()) {
            String path = entry.getKey();
            if (files.containsKey(path)) {
                continue;
            }
            Path target;
            try {
                target = resolve(path);
            } catch (IllegalArgumentException e) {
                continue; // a tampered manifest naming a file outside the folder: ignore it
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            boolean unedited = Manifest.sha256(Files.readAllBytes(target)).equals(entry.getValue());
            outcomes.add(new FileOutcome(path, unedited ? FileOutcome.Action.REMOVED : FileOutcome.Action.KEPT_STALE));
        }
        return new Decision(outcomes, files);
    }

    private FileOutcome.Action decide(GeneratedFile file, Manifest previous) throws IOException {
        Path target = resolve(file.path());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return FileOutcome.Action.CREATED;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return FileOutcome.Action.CONFLICT; // a folder or a link where a file belongs
        }
        if (file.ownership() == Ownership.USER_OWNED) {
            return FileOutcome.Action.KEPT;
        }
        byte[] existing = Files.readAllBytes(target);
        if (Arrays.equals(existing, file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return FileOutcome.Action.UNCHANGED;
        }
        if (previous.hashOf(file.path()) != null || overwriteForeign) {
            return FileOutcome.Action.UPDATED;
        }
        return FileOutcome.Action.CONFLICT;
    }

    private Path resolve(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("outside the export folder: " + relative);
        }
        return target;
    }
}
