package dev.loveless.app.designer;

import dev.loveless.app.designer.deploy.SampleDeploy;
import dev.loveless.exporters.deploy.FakeAws;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Export, Deploy and Run dialogs open from the real menus of a real designer window (headless). */
@ExtendWith(ApplicationExtension.class)
class AwsAndExportMenusTest {

    private DesignerWindow window;
    private FakeAws aws;

    @Start
    void start(Stage stage) {
        System.setProperty("loveless.width", "1200");
        System.setProperty("loveless.height", "800");
        window = DesignerWindow.openSample(stage);
    }

    /** The window size is for this class only: the canvas tests that follow expect the default. */
    @AfterAll
    static void defaultWindowSize() {
        System.clearProperty("loveless.width");
        System.clearProperty("loveless.height");
    }

    @BeforeEach
    void fakeAws() throws Exception {
        aws = new FakeAws();
        // The SDK's default chain reads these first; nothing reaches a real account.
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "test-secret");
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        aws.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.canvas().getScene().getWindow())
                .toList().forEach(Window::hide));
    }

    private static Stage dialog(String title) {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no dialog titled " + title));
    }

    /** Fires the item of the window's real menu bar, as a click on it does. */
    private void choose(FxRobot robot, String menu, String itemId) {
        robot.interact(() -> {
            MenuBar bar = (MenuBar) window.canvas().getScene().getRoot().lookup(".menu-bar");
            MenuItem item = bar.getMenus().stream().filter(m -> m.getText().equals(menu))
                    .flatMap(m -> m.getItems().stream()).filter(i -> itemId.equals(i.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + itemId + " in menu " + menu));
            assertTrue(!item.isDisable(), itemId + " is disabled");
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T extends javafx.scene.Node> T find(Stage stage, String id, Class<T> type) {
        return type.cast(stage.getScene().getRoot().lookup("#" + id));
    }

    @Test
    void fileExportOpensThePreviewOfTheFilesToWrite(FxRobot robot) throws Exception {
        // when
        choose(robot, "File", "menu-export");

        // then
        Stage export = dialog("Export");
        TableView<?> files = find(export, "export-files", TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> files.getItems().size() == 1);
        assertTrue(find(export, "export-content", TextArea.class).getText().contains("Check upload"));
    }

    @Test
    void awsDeployOpensTheDeployDialogWhosePlanReadsTheAccount(FxRobot robot) throws Exception {
        // when
        choose(robot, "AWS", "menu-deploy");
        Stage deploy = dialog("Deploy to AWS");
        robot.interact(() -> {
            find(deploy, "deploy-region", TextField.class).setText("us-east-1");
            find(deploy, "deploy-endpoint", TextField.class).setText(aws.endpoint().toString());
            find(deploy, "deploy-substitutions", TextArea.class).setText(SampleDeploy.SUBSTITUTIONS);
        });
        robot.interact(() -> find(deploy, "deploy-plan", Button.class).fire());

        // then
        TableView<?> changes = find(deploy, "deploy-changes", TableView.class);
        Label message = find(deploy, "deploy-message", Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().startsWith("Plan:"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(message.getText().startsWith("Plan: 4 to create"), message.getText());
        assertEquals(4, changes.getItems().size());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void awsRunOpensTheRunDialogForTheWorkflow(FxRobot robot) {
        // when
        choose(robot, "AWS", "menu-run");

        // then
        Stage run = dialog("Run");
        assertEquals("video-pipeline", find(run, "run-machine", TextField.class).getText());
        assertEquals("{}", find(run, "run-input", TextArea.class).getText());
    }
}
