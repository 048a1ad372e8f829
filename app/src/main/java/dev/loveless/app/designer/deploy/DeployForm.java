package dev.loveless.app.designer.deploy;

import dev.loveless.exporters.deploy.DeploySettings;
import dev.loveless.exporters.deploy.LogLevel;
import dev.loveless.exporters.deploy.Logging;
import dev.loveless.exporters.deploy.Placeholders;
import dev.loveless.exporters.deploy.StateMachineType;
import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Deploy dialog's settings as properties, and the {@link DeploySettings} they describe: type,
 * execution role (managed, or an existing one), logging, tracing, tags, values for the definition's
 * {@code ${…}} placeholders (prefilled with their names), publishing a version. Malformed input
 * becomes an {@link IllegalArgumentException} whose message is a sentence for the user.
 */
public final class DeployForm {

    private final Set<String> placeholders;
    private final ObjectProperty<StateMachineType> type = new SimpleObjectProperty<>(this, "type", StateMachineType.STANDARD);
    private final BooleanProperty existingRole = new SimpleBooleanProperty(this, "existingRole");
    private final StringProperty roleArn = new SimpleStringProperty(this, "roleArn", "");
    private final ObjectProperty<LogLevel> logLevel = new SimpleObjectProperty<>(this, "logLevel", LogLevel.OFF);
    private final StringProperty logGroupArn = new SimpleStringProperty(this, "logGroupArn", "");
    private final BooleanProperty logExecutionData = new SimpleBooleanProperty(this, "logExecutionData");
    private final BooleanProperty tracing = new SimpleBooleanProperty(this, "tracing");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty substitutions = new SimpleStringProperty(this, "substitutions", "");
    private final BooleanProperty publish = new SimpleBooleanProperty(this, "publish");
    private final StringProperty versionDescription = new SimpleStringProperty(this, "versionDescription", "");

    /** @param machine the workflow, whose placeholders prefill {@link #substitutionsProperty()} */
    public DeployForm(StateMachine machine) {
        placeholders = Placeholders.namesIn(new AslWriter().write(machine, Format.JSON)).stream()
                .filter(name -> !name.startsWith("AWS::")).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        substitutions.set(placeholders.stream().map(name -> name + "=").collect(Collectors.joining("\n")));
    }

    public ObjectProperty<StateMachineType> typeProperty() {
        return type;
    }

    /** Use an existing execution role instead of one deploy creates and maintains. */
    public BooleanProperty existingRoleProperty() {
        return existingRole;
    }

    public StringProperty roleArnProperty() {
        return roleArn;
    }

    public ObjectProperty<LogLevel> logLevelProperty() {
        return logLevel;
    }

    public StringProperty logGroupArnProperty() {
        return logGroupArn;
    }

    public BooleanProperty logExecutionDataProperty() {
        return logExecutionData;
    }

    public BooleanProperty tracingProperty() {
        return tracing;
    }

    /** Tags, one {@code KEY=VALUE} a line. */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** Values for the {@code ${…}} placeholders, one {@code NAME=VALUE} a line; empty values are left out. */
    public StringProperty substitutionsProperty() {
        return substitutions;
    }

    public BooleanProperty publishProperty() {
        return publish;
    }

    public StringProperty versionDescriptionProperty() {
        return versionDescription;
    }

    /** @return every setting, to watch for changes */
    public List<Observable> observables() {
        return List.of(type, existingRole, roleArn, logLevel, logGroupArn, logExecutionData, tracing, tags,
                substitutions, publish, versionDescription);
    }

    /** @return the definition's placeholders (other than {@code AWS::…}), in order of appearance */
    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * @param name the state machine's name
     * @return the settings the fields describe
     * @throws IllegalArgumentException with a sentence for the user
     */
    public DeploySettings settings(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Give the state machine a name");
        }
        Logging logging = logLevel.get() == LogLevel.OFF ? Logging.OFF
                : new Logging(logLevel.get(), logExecutionData.get(), blankToNull(logGroupArn.get()));
        String role = existingRole.get() ? blankToNull(roleArn.get()) : null;
        if (existingRole.get() && role == null) {
            throw new IllegalArgumentException("Give the ARN of the existing execution role, or let deploy create one");
        }
        return DeploySettings.named(trimmed)
                .withType(type.get())
                .withRoleArn(role)
                .withLogging(logging)
                .withTracing(tracing.get())
                .withTags(parse("tag", tags.get(), true))
                .withPublish(publish.get(), publish.get() ? blankToNull(versionDescription.get()) : null)
                .withSubstitutions(parse("placeholder value", substitutions.get(), false));
    }

    /**
     * Parses {@code KEY=VALUE} lines; blank lines and {@code #} comments are left out, and empty
     * values too unless {@code keepEmpty}.
     */
    static Map<String, String> parse(String what, String text, boolean keepEmpty) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Line " + number + " of the " + what + "s, '" + trimmed
                        + "', is not KEY=VALUE");
            }
            String value = trimmed.substring(eq + 1).strip();
            if (keepEmpty || !value.isEmpty()) {
                values.put(trimmed.substring(0, eq).strip(), value);
            }
        }
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
