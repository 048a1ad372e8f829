package dev.loveless.app.designer;

import dev.loveless.app.designer.common.Background;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The window's long work that the user waits for (opening a file, tidying up, exporting an
 * image): runs it off the JavaFX thread and, meanwhile, covers the diagram with a busy indicator
 * saying what is being done. Results and failures come back on the JavaFX thread; a failure is
 * logged and handed to the caller, which tells the user.
 */
final class BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final Background runner = new Background("loveless-background");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final Label text = new Label();
    /** Its spinner joins it with the first work: an animated control is costly in a window's first frame. */
    private final VBox overlay = new VBox(10, text);

    BackgroundWork() {
        overlay.setAlignment(Pos.CENTER);
        overlay.getStyleClass().add("busy");
        overlay.visibleProperty().bind(working);
    }

    /** @return the busy indicator, to lay over what the work is about; shown only while working */
    Node overlay() {
        return overlay;
    }

    /** @return whether work is running (commands that would clash with it are disabled meanwhile) */
    ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    boolean isWorking() {
        return working.get();
    }

    /**
     * Runs {@code work} in the background saying {@code what} ("Opening x.json…"); then
     * {@code done} with its result, or {@code failed} with what it threw.
     */
    <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        text.setText(what);
        if (overlay.getChildren().size() == 1) {
            overlay.getChildren().add(0, new ProgressIndicator());
        }
        working.set(true);
        runner.run(work, result -> {
            working.set(false);
            done.accept(result);
        }, error -> {
            working.set(false);
            LOG.warn("{} failed", what, error);
            failed.accept(error);
        });
    }
}
