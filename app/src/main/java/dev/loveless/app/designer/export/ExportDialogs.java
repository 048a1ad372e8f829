package dev.loveless.app.designer.export;

import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.app.designer.common.Background;
import dev.loveless.exporters.FileNames;
import javafx.stage.Window;

import java.nio.file.Path;

/** Opens File ▸ Export… on a window's workflow as it is now (and its selection, for pictures). */
public final class ExportDialogs {

    private ExportDialogs() {
    }

    /** @return the dialog, shown */
    public static ExportDialog open(Window owner, EditorViewModel editor) {
        String workflow = FileNames.workflowNameOf(editor.displayNameProperty().get());
        Path file = editor.file();
        Path base = file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        ExportViewModel model = new ExportViewModel(editor.document(), editor.selection(), workflow, base,
                new Background("loveless-export"));
        ExportDialog dialog = new ExportDialog(owner, model);
        dialog.show();
        return dialog;
    }
}
