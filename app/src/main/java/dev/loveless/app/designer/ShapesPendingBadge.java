package dev.loveless.app.designer;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A small "Updating the diagram…" badge in the top corner of the canvas, shown while the shapes of
 * a large machine are a moment behind the document (see {@link EditorViewModel#shapesPendingProperty()}).
 * It appears only when the wait lasts ({@link #DELAY}), so that quick updates do not make it
 * flicker, and goes as soon as the shapes are current. It never takes the mouse.
 */
final class ShapesPendingBadge {

    /** How long the shapes must be behind before the badge shows. */
    static final Duration DELAY = Duration.millis(150);

    private final HBox badge;

    ShapesPendingBadge(ObservableBooleanValue pending) {
        badge = new HBox(8, new Label("Updating the diagram…"));
        badge.setId("shapes-pending");
        badge.getStyleClass().add("shapes-pending");
        badge.setAlignment(Pos.CENTER_LEFT);
        badge.setPadding(new Insets(4, 10, 4, 8));
        badge.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        badge.setMouseTransparent(true);
        badge.setVisible(false);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        StackPane.setMargin(badge, new Insets(10, 24, 0, 0));
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(e -> {
            addSpinnerOnce();
            badge.setVisible(pending.get());
        });
        pending.addListener((o, was, is) -> {
            if (is) {
                wait.playFromStart();
            } else {
                wait.stop();
                badge.setVisible(false);
            }
        });
    }

    /** The spinner joins the badge when it first shows: an animated control is costly in a window's first frame. */
    private void addSpinnerOnce() {
        if (badge.getChildren().size() == 1) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(16, 16);
            spinner.setMaxSize(16, 16);
            badge.getChildren().add(0, spinner);
        }
    }

    /** @return the badge, to lay over the canvas in a {@link StackPane} */
    Node node() {
        return badge;
    }
}
