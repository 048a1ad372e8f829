package dev.loveless.app.designer.canvas;

import dev.loveless.app.designer.DesignerWindow;
import dev.loveless.model.StatePath;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The in-place rename field joins the canvas when first used, ready at once for the keys typed. */
class RenameFieldTest {

    @Test
    void aKeyTypedTheMomentTheFieldFirstOpensIsNotLost() throws Exception {
        // given a window whose rename field has never been opened
        Stage stage = FxToolkit.registerPrimaryStage();
        DesignerWindow[] opened = new DesignerWindow[1];
        FxToolkit.setupFixture(() -> opened[0] = DesignerWindow.openSample(stage));
        WaitForAsyncUtils.waitForFxEvents();

        // when a state is renamed and a key typed before any pulse could style the field
        String[] typed = new String[1];
        boolean[] isTheField = new boolean[1];
        FxToolkit.setupFixture(() -> {
            DesignerWindow window = opened[0];
            window.model().selectOnly(StatePath.of("Check upload"));
            window.canvas().startRename();
            Node focused = stage.getScene().getFocusOwner();
            isTheField[0] = focused instanceof TextField;
            Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_TYPED, "X", "", KeyCode.UNDEFINED,
                    false, false, false, false));
            typed[0] = ((TextField) focused).getText();
        });

        // then the key replaced the selected name
        assertTrue(isTheField[0], "the rename field has the focus");
        assertEquals("X", typed[0]);
        FxToolkit.setupFixture(() -> {
            Node focused = stage.getScene().getFocusOwner();
            Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
                    false, false, false, false));
            stage.hide();
        });
    }
}
