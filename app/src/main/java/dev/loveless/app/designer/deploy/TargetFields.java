package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.common.DialogParts;
import dev.loveless.exporters.deploy.AwsProfile;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The fields of a {@link TargetViewModel}, as the Deploy and Run dialogs show them: the profile
 * (each with how it signs in and its region), the region, and, under "Advanced", the endpoint URL.
 */
final class TargetFields {

    private TargetFields() {
    }

    static VBox of(TargetViewModel target, String idPrefix) {
        ComboBox<String> profile = new ComboBox<>();
        profile.setId(idPrefix + "-profile");
        profile.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            String chosen = target.profileProperty().get();
            profile.getItems().setAll(TargetViewModel.DEFAULT_CHAIN);
            target.profiles().forEach(p -> profile.getItems().add(p.name()));
            profile.setValue(chosen);
        };
        fill.run();
        target.profiles().addListener((ListChangeListener<AwsProfile>) c -> fill.run());
        profile.valueProperty().bindBidirectional(target.profileProperty());
        profile.setCellFactory(v -> new ProfileCell(target));
        profile.setButtonCell(new ProfileCell(target));
        HBox.setHgrow(profile, Priority.ALWAYS);
        Button reload = new Button("↻");
        reload.setTooltip(new Tooltip("Read ~/.aws/config and ~/.aws/credentials again"));
        reload.setOnAction(e -> target.reloadProfiles());

        TextField region = new TextField();
        region.setId(idPrefix + "-region");
        region.textProperty().bindBidirectional(target.regionProperty());
        region.promptTextProperty().bind(target.regionHintProperty());

        TextField endpoint = new TextField();
        endpoint.setId(idPrefix + "-endpoint");
        endpoint.setPromptText("AWS's own (e.g. http://localhost:4566 for LocalStack)");
        endpoint.textProperty().bindBidirectional(target.endpointProperty());
        TitledPane advanced = new TitledPane("Advanced", DialogParts.field("Endpoint URL", endpoint));
        advanced.setExpanded(!target.endpointProperty().get().isBlank());
        advanced.setAnimated(false);
        advanced.getStyleClass().add("advanced");

        return DialogParts.section("AWS account",
                DialogParts.field("Profile", new HBox(6, profile, reload)),
                DialogParts.field("Region", region), advanced);
    }

    /** Shows a profile as "name — SSO · eu-west-1", and the default chain in words. */
    private static final class ProfileCell extends ListCell<String> {
        private final TargetViewModel target;

        ProfileCell(TargetViewModel target) {
            this.target = target;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
            } else if (name.equals(TargetViewModel.DEFAULT_CHAIN)) {
                setText("Default credentials chain");
                setTooltip(new Tooltip("Environment variables, then the default profile, then the instance role"));
            } else {
                setText(target.profileNamed(name).map(p -> p.name() + " — " + p.kind().label()
                        + (p.region() == null ? "" : " · " + p.region())).orElse(name));
            }
        }
    }
}
