package dev.loveless.app;

import dev.loveless.app.designer.DesignerApp;
import javafx.application.Application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the JavaFX designer; kept apart so that the command line never loads JavaFX classes. */
final class DesignerLauncher {

    /**
     * JavaFX warns on every start that it runs from the class path ("Unsupported JavaFX
     * configuration", on its {@code javafx} logger); it does so on purpose here (see Main), so the
     * warning is noise for users.
     * Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static Logger platformLog;

    private DesignerLauncher() {
    }

    /**
     * On a Linux machine without a GPU device (a server, a container, Xvfb), JavaFX's OpenGL
     * pipeline starts on a software GL and draws a black window; its own software renderer draws
     * correctly, so choose it there. A {@code -Dprism.order} given by the user always wins.
     */
    private static void chooseRenderer() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux && System.getProperty("prism.order") == null && !Files.exists(Path.of("/dev/dri"))) {
            System.setProperty("prism.order", "sw");
        }
    }

    static void launch(Path file) {
        // First what other threads do while the graphics start: the sample, and the system's look.
        if (file == null) {
            dev.loveless.app.designer.SampleStart.prepareEarly();
        }
        dev.loveless.app.designer.look.SystemTheme.askEarly();
        // Logging's first use looks through every jar for providers; it must be set up before
        // JavaFX starts, and now the other threads work meanwhile.
        platformLog = Logger.getLogger("javafx");
        platformLog.setLevel(Level.SEVERE);
        chooseRenderer();
        String[] args = file == null ? new String[0] : new String[] {file.toString()};
        Application.launch(DesignerApp.class, args);
    }
}
