package dev.loveless.app.designer.reading;

import dev.loveless.app.designer.EditorViewModel;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The reading mode's card over the diagram: the clicked step's name, kind, description and who
 * does its work, in plain words. Hidden outside the reading mode and when no step is selected.
 */
public final class ReadingCard {

    private final EditorViewModel model;
    private final VBox card = new VBox(6);
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label description = new Label();
    private final Label work = new Label();
    private boolean active;

    public ReadingCard(EditorViewModel model) {
        this.model = model;
        card.setId("reading-card");
        card.getStyleClass().add("reading-card");
        card.setPadding(new Insets(14, 18, 16, 18));
        card.setMaxWidth(460);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("reading-title");
        kind.getStyleClass().add("reading-kind");
        description.getStyleClass().add("reading-description");
        work.getStyleClass().add("reading-work");
        for (Label label : new Label[] {title, description, work}) {
            label.setWrapText(true);
        }
        card.getChildren().addAll(title, kind, description, work);
        javafx.scene.layout.StackPane.setMargin(card, new Insets(0, 0, 24, 24));
        card.setVisible(false);
        card.setManaged(false);
        model.selection().addListener((SetChangeListener<dev.loveless.model.StatePath>) change -> update());
        model.documentProperty().addListener((o, a, b) -> update());
    }

    public Node node() {
        return card;
    }

    /** Shows the card (for the selected step) in the reading mode, hides it otherwise. */
    public void setActive(boolean on) {
        active = on;
        update();
    }

    private void update() {
        ReadingViewModel about = active ? ReadingViewModel.of(model.document().machine(), model.singleSelection()) : null;
        card.setVisible(about != null);
        card.setManaged(about != null);
        if (about != null) {
            title.setText(about.title());
            kind.setText(about.kind());
            description.setText(about.description());
            work.setText(about.work());
        }
    }
}
