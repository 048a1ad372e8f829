package dev.loveless.app.designer;

import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.app.designer.files.Recovery;
import dev.loveless.model.io.AslParseException;
import javafx.application.Platform;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keeps a window's work safe from what happens behind its back: every 20 s while there are
 * unsaved changes it writes a recovery copy (offered back after a crash, when the file is next
 * opened); every 2 s it looks whether another program changed the file, and reloads it — asking
 * first when that would lose unsaved changes. Each window has its own recovery copy: the file's,
 * or a numbered one for a new document.
 */
final class DiskWatch {

    private static final Logger LOG = LoggerFactory.getLogger(DiskWatch.class);
    private static int untitledCount;
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "loveless-disk-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final Window owner;
    private final EditorViewModel model;
    private final Recovery recovery;
    private final String untitledId = String.valueOf(++untitledCount);
    private final BooleanSupplier busy;
    private final Consumer<Path> reload;
    private FileTime knownModified;

    /**
     * @param busy   whether the window is busy (a load in progress is not a change by another program)
     * @param reload reads the file into the window again
     */
    DiskWatch(Window owner, EditorViewModel model, Recovery recovery, BooleanSupplier busy, Consumer<Path> reload) {
        this.owner = owner;
        this.model = model;
        this.recovery = recovery;
        this.busy = busy;
        this.reload = reload;
    }

    /**
     * Starts the autosave and the watch, until the window closes. They tick on a timer thread of
     * their own and work on the JavaFX thread: a JavaFX timeline, running, would keep JavaFX
     * pulsing sixty times a second however idle the window.
     */
    void start() {
        List<ScheduledFuture<?>> ticks = List.of(
                TICKS.scheduleWithFixedDelay(() -> Platform.runLater(this::autosave), 20, 20, TimeUnit.SECONDS),
                TICKS.scheduleWithFixedDelay(() -> Platform.runLater(this::checkChangedOnDisk), 2, 2, TimeUnit.SECONDS));
        owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ticks.forEach(tick -> tick.cancel(false)));
    }

    /** Notes that the window's content is what {@code file} holds now (it was just read or written). */
    void saw(Path file) {
        knownModified = modified(file);
    }

    /** @return where the document's recovery copy goes (it depends on the file, which a Save As changes) */
    Path recoveryFile() {
        return recovery.fileFor(model.file(), untitledId);
    }

    /** Removes a recovery copy: its changes were saved or knowingly discarded. */
    void discard(Path copy) {
        recovery.discard(copy);
    }

    private void autosave() {
        if (model.isDirty()) {
            try {
                recovery.write(recoveryFile(), model.document());
            } catch (IOException ex) {
                LOG.warn("autosave failed", ex);
            }
        }
    }

    private void checkChangedOnDisk() {
        Path file = model.file();
        if (file == null || knownModified == null || busy.getAsBoolean()) {
            return;
        }
        FileTime now = modified(file);
        if (now == null || now.equals(knownModified)) {
            return;
        }
        knownModified = now;
        if (model.isDirty() && !Alerts.ask(owner, file.getFileName() + " was changed by another program.",
                "Reload it and lose your unsaved changes, or keep your version?", "Reload", "Keep Mine")) {
            return;
        }
        reload.accept(file);
    }

    /** Offers the changes a crashed session left for the file just opened, if any are newer than it. */
    void offerRecovery() {
        Path copy = recoveryFile();
        if (!recovery.hasNewerCopy(copy, model.file())) {
            return;
        }
        if (Alerts.ask(owner, "Recover unsaved changes?",
                "Loveless did not close normally while this workflow had unsaved changes. Restore them?",
                "Restore", "Discard")) {
            try {
                var opened = DocumentFiles.open(copy);
                model.restore(opened.document());
                model.messageProperty().set("Restored the unsaved changes.");
            } catch (IOException | AslParseException e) {
                Alerts.error(owner, "The recovery copy cannot be read", e.getMessage());
            }
        } else {
            recovery.discard(copy);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
