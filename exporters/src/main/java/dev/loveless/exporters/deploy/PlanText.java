package dev.loveless.exporters.deploy;

import java.util.List;

/**
 * A plan and an apply report as plain text: what the command line prints and the Deploy dialog
 * shows in its details. Like Terraform's: one line per resource with {@code +}, {@code ~}, {@code -}
 * or {@code =}, then the diffs, then the diagnostics, then a summary line.
 */
public final class PlanText {

    private PlanText() {
    }

    /** @return the whole plan as text */
    public static String plan(Plan plan) {
        StringBuilder out = new StringBuilder();
        CallerIdentity identity = plan.identity();
        out.append("Plan: deploy ").append(plan.settings().name()).append(" (").append(plan.settings().type())
                .append(") to account ").append(identity.account()).append(", region ").append(identity.region())
                .append(", as ").append(identity.arn()).append("\n\n");
        int width = plan.changes().stream().mapToInt(c -> c.name().length()).max().orElse(10);
        for (PlannedChange change : plan.changes()) {
            out.append("  ").append(change.action().symbol()).append(' ')
                    .append(pad(change.action().label(), 10)).append(pad(change.kind().label(), 14))
                    .append(pad(change.name(), width + 2)).append(change.summary()).append('\n');
        }
        for (PlannedChange change : plan.changes()) {
            if (change.diff() != null && !change.diff().isEmpty()) {
                out.append('\n').append(change.kind().label()).append(' ').append(change.name())
                        .append(change.action() == ChangeAction.CREATE ? " (new):" : ":").append('\n');
                out.append(indent(change.diff()));
            }
        }
        List<Diagnostic> diagnostics = plan.diagnostics();
        if (!diagnostics.isEmpty()) {
            out.append("\nDiagnostics:\n");
            diagnostics.stream().filter(Diagnostic::isError).forEach(d -> out.append("  ").append(d.describe()).append('\n'));
            diagnostics.stream().filter(d -> !d.isError()).forEach(d -> out.append("  ").append(d.describe()).append('\n'));
        }
        if (!plan.localValidation()) {
            out.append("\nNote: Loveless's own validator did not run; AWS's validation did.\n");
        }
        out.append('\n').append(summary(plan)).append('\n');
        return out.toString();
    }

    /** @return the plan's last line: counts, and whether it can be applied */
    public static String summary(Plan plan) {
        long errors = plan.diagnostics().stream().filter(Diagnostic::isError).count();
        String counts = plan.count(ChangeAction.CREATE) + " to create, " + plan.count(ChangeAction.UPDATE)
                + " to update, " + plan.count(ChangeAction.DELETE) + " to delete, "
                + plan.count(ChangeAction.NO_CHANGE) + " unchanged.";
        if (errors > 0) {
            return "Plan: " + counts + " " + errors + (errors == 1 ? " error blocks" : " errors block") + " apply.";
        }
        return plan.hasChanges() ? "Plan: " + counts : "No changes: the account already matches. " + counts;
    }

    /** @return an apply report as text: one line per step, then the message */
    public static String report(ApplyReport report) {
        StringBuilder out = new StringBuilder();
        for (StepResult step : report.steps()) {
            out.append("  ").append(pad(step.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 10))
                    .append(pad(step.change().kind().label(), 14)).append(step.change().name()).append(": ")
                    .append(step.message()).append('\n');
        }
        out.append(report.message()).append('\n');
        return out.toString();
    }

    private static String pad(String text, int width) {
        StringBuilder out = new StringBuilder(text);
        while (out.length() < width) {
            out.append(' ');
        }
        return out.append(out.length() == width ? "" : " ").toString();
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append("    ").append(line).append('\n');
            }
        }
        return out.toString();
    }
}
