package dev.loveless.app.designer;

import dev.loveless.model.StatePath;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * Opens a designer window on a file with one step selected, for the screenshots in docs/images
 * (run under Xvfb, then {@code import -window root}; see {@code scripts/inspector-screenshots.sh}).
 * Arguments: FILE STEP [FIELD-POINTER-TO-SCROLL-TO] [dark] [split]. Not a test: a tool kept with the tests because it needs nothing else.
 */
public final class ScreenshotWindow {

    private ScreenshotWindow() {
    }

    public static void main(String[] args) {
        System.setProperty("prism.order", "sw");
        Application.launch(Window.class, args);
    }

    /** The application (apart from main: JavaFX refuses to start a main class that is an Application from the class path). */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        DesignerWindow window = DesignerWindow.openFile(stage, Path.of(args.get(0)));
        stage.setX(0);
        stage.setY(0);
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(500), e -> {
            if (window.model().document().machine().statesOrEmpty().isEmpty()) {
                return; // still opening
            }
            poll.stop();
            window.model().selectOnly(StatePath.of(args.get(1)));
            window.canvas().reveal(StatePath.of(args.get(1)));
            if (args.contains("split")) {
                window.setViewMode(DesignerWindow.ViewMode.SPLIT);
            }
            if (args.contains("dark")) {
                window.actions().run("theme");
            }
            if (args.size() > 2 && args.get(2).startsWith("/")) {
                javafx.application.Platform.runLater(() -> window.inspectorView().reveal(args.get(2)));
            }
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            settle.setOnFinished(done -> System.out.println("ready"));
            settle.play();
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
    }
    }
}
