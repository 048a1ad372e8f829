package dev.loveless.app.designer;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The JavaFX application of the designer: opens one window on the file given on the command line,
 * or on the built-in sample when there is none. The window shows as soon as it can, its side
 * panels just after its first frame.
 */
public final class DesignerApp extends Application {

    @Override
    public void start(Stage stage) {
        dev.loveless.app.designer.common.Links.setOpener(getHostServices()::showDocument);
        List<String> args = getParameters().getRaw();
        WindowTheme.applyBaseBeforeFirstControl(DesignerWindow.preferences());
        if (args.isEmpty()) {
            DesignerWindow.openSample(stage, DesignerWindow.Arrival.AFTER_FIRST_FRAME);
        } else {
            DesignerWindow.openFile(stage, Path.of(args.get(0)), DesignerWindow.Arrival.AFTER_FIRST_FRAME);
        }
    }
}
