package dev.loveless.app.designer.deploy;

import dev.loveless.exporters.deploy.AwsProfile;
import dev.loveless.exporters.deploy.AwsTarget;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where deploys and runs go, shared by a window's Deploy and Run dialogs: the credentials profile
 * (from {@code ~/.aws/config} and {@code ~/.aws/credentials}, SSO profiles included, or the SDK's
 * default chain), the region (or the profile's), and an endpoint URL for local emulators. Holds
 * names only: credentials stay with the SDK.
 */
public final class TargetViewModel {

    /** The text of the profile choice that means "the SDK's default chain". */
    public static final String DEFAULT_CHAIN = "";

    private final Supplier<List<AwsProfile>> source;
    private final ObservableList<AwsProfile> profiles = FXCollections.observableArrayList();
    private final StringProperty profile = new SimpleStringProperty(this, "profile", DEFAULT_CHAIN);
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final StringBinding regionHint;

    /** @param source reads the local profiles ({@code LocalProfiles::list}) */
    public TargetViewModel(Supplier<List<AwsProfile>> source) {
        this.source = source;
        reloadProfiles();
        regionHint = Bindings.createStringBinding(() -> profileNamed(profile.get())
                .map(p -> p.region() == null ? "the profile sets no region: give one" : p.region() + " (the profile's)")
                .orElse("from AWS_REGION or the default profile"), profile, profiles);
    }

    /** Reads the profile files again (after an {@code aws configure}). */
    public void reloadProfiles() {
        profiles.setAll(source.get());
        if (!DEFAULT_CHAIN.equals(profile.get()) && profileNamed(profile.get()).isEmpty()) {
            profile.set(DEFAULT_CHAIN);
        }
    }

    /** The profiles found, {@code default} first. */
    public ObservableList<AwsProfile> profiles() {
        return profiles;
    }

    /** The chosen profile's name, or {@link #DEFAULT_CHAIN}. */
    public StringProperty profileProperty() {
        return profile;
    }

    /** The region, or empty for the profile's. */
    public StringProperty regionProperty() {
        return region;
    }

    /** An endpoint URL (LocalStack, Step Functions Local), or empty for AWS's. */
    public StringProperty endpointProperty() {
        return endpoint;
    }

    /** What an empty region field means, for its prompt. */
    public StringBinding regionHintProperty() {
        return regionHint;
    }

    /** @return the profile of that name, if the files have it */
    public Optional<AwsProfile> profileNamed(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * @return the target the fields describe
     * @throws IllegalArgumentException with a sentence for the user when a field is malformed
     */
    public AwsTarget target() {
        return AwsTarget.of(profile.get(), region.get(), endpoint.get());
    }

    /** @return "profile dev, region eu-west-1, endpoint http://…" for summaries */
    public String describe() {
        AwsTarget target = target();
        return (target.profile() == null ? "default credentials" : "profile " + target.profile())
                + (target.region() == null ? "" : ", region " + target.region())
                + (target.endpoint() == null ? "" : ", endpoint " + target.endpoint());
    }
}
