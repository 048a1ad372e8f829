package dev.loveless.app.designer;

import dev.loveless.model.StatePath;
import dev.loveless.model.TaskState;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.edit.Document;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commands of the real window by their shortcuts: find, copy, cut and paste. */
class DesignerCommandsTest {

    private static DesignerDriver designer;
    private Document before;

    @BeforeAll
    static void openWindow() throws TimeoutException {
        designer = DesignerDriver.open();
    }

    @BeforeEach
    void showTheWorkflow() {
        before = DesignerDriver.workflow();
        designer.given(before);
    }

    @Test
    void ctrlFFindsAStateByPartOfItsNameAndSelectsIt() {
        // given the view scrolled away from Charge
        DesignerDriver.onFx(() -> designer.window().canvas().viewport().offsetXProperty().set(-3000));

        // when
        designer.keys(KeyCode.CONTROL, KeyCode.F);
        boolean findFocused = DesignerDriver.fx(() -> designer.stage().getScene().getFocusOwner() instanceof TextField field
                && "find".equals(field.getId()));
        designer.write("charg").keys(KeyCode.ENTER);

        // then Charge is selected and shown
        assertTrue(findFocused, "Ctrl+F puts the cursor in the find field");
        assertEquals(Set.of(StatePath.of("Charge")), designer.selection());
        Bounds visible = DesignerDriver.fx(() -> designer.window().canvas().viewport().visible());
        assertTrue(visible.contains(designer.frame(StatePath.of("Charge"))), "Charge is scrolled into view");
    }

    @Test
    void findingANameThatIsNotThereSaysSo() {
        // when
        designer.keys(KeyCode.CONTROL, KeyCode.F).write("refund").keys(KeyCode.ENTER);

        // then
        assertEquals(Set.of(), designer.selection());
        assertEquals("No step is named like \"refund\".", designer.message());
    }

    @Test
    void copyAndPasteAddsACopyBesideTheOriginal() {
        // given
        designer.select("Charge");

        // when
        designer.keys(KeyCode.CONTROL, KeyCode.C).keys(KeyCode.CONTROL, KeyCode.V);

        // then a second Charge stands offset from the first, selected
        assertTrue(designer.state("Charge 2") instanceof TaskState);
        assertEquals(designer.bounds("Charge").translated(36, 36), designer.bounds("Charge 2"));
        assertEquals(Set.of(StatePath.of("Charge 2")), designer.selection());
        assertEquals("Undo Paste \"Charge\"", designer.menuText("undo"));

        // when undone: only the original is left
        designer.undo();
        assertEquals(before, designer.document());
    }

    @Test
    void cutRemovesTheStateAndPasteBringsItBack() {
        // given
        designer.select("Notify");

        // when cut
        designer.keys(KeyCode.CONTROL, KeyCode.X);

        // then
        assertNull(designer.state("Notify"));
        assertEquals("Undo Delete \"Notify\"", designer.menuText("undo"));

        // when pasted
        designer.keys(KeyCode.CONTROL, KeyCode.V);

        // then it is back under its own name, beside where it was
        assertEquals(before.machine().statesOrEmpty().get("Notify"), designer.state("Notify"));
        assertEquals(before.diagram().boundsOf(StatePath.of("Notify")).translated(36, 36), designer.bounds("Notify"));
    }
}
