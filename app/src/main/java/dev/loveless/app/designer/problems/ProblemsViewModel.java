package dev.loveless.app.designer.problems;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The problems panel's view model: the live problems filtered by severity, how many there are of
 * each, and the explanation of a problem's code. Never touches a node.
 */
public final class ProblemsViewModel {

    private final ObservableList<Problem> all;
    private final FilteredList<Problem> shown;
    private final BooleanProperty errors = new SimpleBooleanProperty(this, "errors", true);
    private final BooleanProperty warnings = new SimpleBooleanProperty(this, "warnings", true);
    private final BooleanProperty infos = new SimpleBooleanProperty(this, "infos", true);

    public ProblemsViewModel(ObservableList<Problem> problems) {
        this.all = problems;
        this.shown = new FilteredList<>(problems, this::accepts);
        Runnable refilter = () -> shown.setPredicate(this::accepts);
        errors.addListener((o, a, b) -> refilter.run());
        warnings.addListener((o, a, b) -> refilter.run());
        infos.addListener((o, a, b) -> refilter.run());
    }

    private boolean accepts(Problem problem) {
        switch (problem.severity()) {
            case ERROR: return errors.get();
            case WARNING: return warnings.get();
            default: return infos.get();
        }
    }

    /** @return the problems that pass the severity filter */
    public ObservableList<Problem> shown() {
        return shown;
    }

    /** @return whether errors are shown */
    public BooleanProperty errorsProperty() {
        return errors;
    }

    public BooleanProperty warningsProperty() {
        return warnings;
    }

    public BooleanProperty infosProperty() {
        return infos;
    }

    /** @return how many problems of a severity there are, filtered or not */
    public IntegerBinding count(Problem.Severity severity) {
        return Bindings.createIntegerBinding(() -> (int) all.stream().filter(p -> p.severity() == severity).count(), all);
    }

    /** @return the plain explanation of a problem's code, or a fallback sentence */
    public String explanation(Problem problem) {
        if (problem == null) {
            return "Select a problem to see what its rule checks.";
        }
        String text = RuleDocs.explain(problem.code());
        return text != null ? text : "This problem was found when the file was read.";
    }
}
