package dev.loveless.app;

import dev.loveless.app.designer.DesignerApp;
import javafx.application.Application;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the JavaFX designer; kept apart so that the command line never loads JavaFX classes. */
final class DesignerLauncher {

    /**
     * JavaFX warns on every start that it runs from the class path ("Unsupported JavaFX
     * configuration"); it does so on purpose here (see Main), so the warning is noise for users.
     * Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private DesignerLauncher() {
    }

    static void launch(Path file) {
        PLATFORM_LOG.setLevel(Level.SEVERE);
        String[] args = file == null ? new String[0] : new String[] {file.toString()};
        Application.launch(DesignerApp.class, args);
    }
}
