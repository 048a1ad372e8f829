package dev.loveless.app.designer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The message boxes a designer window shows over itself: an error the user reads and closes, and a
 * yes-or-no question. Each is owned by the window, so it stays in front of it and centred on it.
 */
final class Alerts {

    private Alerts() {
    }

    /** Shows an error without waiting for it to be closed. */
    static void error(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.show();
    }

    /**
     * Asks a question with two answers and waits for it.
     *
     * @return whether the user chose {@code yes} (closing the box is {@code no})
     */
    static boolean ask(Window owner, String header, String text, String yes, String no) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text,
                new ButtonType(yes, ButtonBar.ButtonData.YES), new ButtonType(no, ButtonBar.ButtonData.NO));
        alert.setHeaderText(header);
        alert.initOwner(owner);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.YES;
    }
}
