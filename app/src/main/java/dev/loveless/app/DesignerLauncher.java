package dev.loveless.app;

import dev.loveless.app.designer.DesignerApp;
import javafx.application.Application;

import java.nio.file.Path;

/** Starts the JavaFX designer; kept apart so that the command line never loads JavaFX classes. */
final class DesignerLauncher {

    private DesignerLauncher() {
    }

    static void launch(Path file) {
        String[] args = file == null ? new String[0] : new String[] {file.toString()};
        Application.launch(DesignerApp.class, args);
    }
}
