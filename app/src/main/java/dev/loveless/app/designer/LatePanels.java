package dev.loveless.app.designer;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Side panels that join a window just after its first frame is on the screen. At the app's start
 * the window shows at once with its menus, toolbar and diagram, and the palette, inspector and
 * problems panel are made and fill their places then: making, styling and laying out their many
 * controls is most of what a first frame costs. Each place is a stand-in of the panel's size and
 * colour, so nothing moves when the panel arrives.
 */
final class LatePanels {

    /** The scene property that holds how many panels are still to arrive (read by the start-up probe). */
    static final String PENDING = "loveless.latePanels";

    /** How long after its first layout a window waits for the report of its first frame at most. */
    private static final Duration FAILSAFE = Duration.seconds(2);

    private final List<StackPane> places = new ArrayList<>();
    private final List<Supplier<Node>> panels = new ArrayList<>();

    /**
     * @param panel     makes the panel, when it arrives: what a panel builds (its rows, its tiles)
     *                  is then not part of the first frame either
     * @param sidePanel whether the panel is a side panel (its place then has a side panel's colour)
     * @return the place that shows the panel once the window has shown its first frame
     */
    Node place(Supplier<Node> panel, boolean sidePanel) {
        StackPane place = new StackPane();
        if (sidePanel) {
            place.getStyleClass().add("side-panel");
        }
        places.add(place);
        panels.add(panel);
        if (places.size() == 1) {
            place.sceneProperty().addListener((o, before, scene) -> {
                if (scene != null && before == null) {
                    arriveAfterFirstFrame(scene);
                }
            });
        }
        return place;
    }

    private void arriveAfterFirstFrame(Scene scene) {
        scene.getProperties().put(PENDING, panels.size());
        Runnable[] laidOut = new Runnable[1];
        laidOut[0] = () -> {
            scene.removePostLayoutPulseListener(laidOut[0]);
            // Made once the first frame is on the screen, not while it is drawn: on two cores the
            // renderer would share one with them. Should no frame be reported, they come anyway.
            PauseTransition failsafe = new PauseTransition(FAILSAFE);
            failsafe.setOnFinished(e -> arrive(scene));
            RenderedFrames.afterNextFrame(scene, () -> {
                failsafe.stop();
                arrive(scene);
            });
            failsafe.play();
        };
        scene.addPostLayoutPulseListener(laidOut[0]);
    }

    private void arrive(Scene scene) {
        if (!pending(scene)) {
            return;
        }
        for (int i = 0; i < places.size(); i++) {
            places.get(i).getChildren().setAll(panels.get(i).get());
        }
        scene.getProperties().put(PENDING, 0);
    }

    /** @return whether panels of this scene are still to arrive */
    static boolean pending(Scene scene) {
        return scene.getProperties().get(PENDING) instanceof Integer count && count > 0;
    }
}
