package dev.loveless.app.designer.inspector;

import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.WorkerKind;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;

/**
 * The views of the inspector's composite rows: the worker switch, the rename field, the retry and
 * catch cards, the Choice rule builder and the Parallel branches.
 */
final class RowViews {

    private RowViews() {
    }

    static Node row(FormRow row, Map<String, Control> controls) {
        if (row instanceof FieldModel field) {
            return FieldViews.field(field, controls);
        }
        if (row instanceof RenameField rename) {
            return rename(rename, controls);
        }
        if (row instanceof WorkerModel worker) {
            return worker(worker);
        }
        if (row instanceof ItemListModel list) {
            return list(list, controls);
        }
        if (row instanceof ChoiceRulesModel rules) {
            return rules(rules, controls);
        }
        if (row instanceof BranchesModel branches) {
            return branches(branches);
        }
        throw new IllegalArgumentException("no view for " + row.getClass());
    }

    private static Node rename(RenameField rename, Map<String, Control> controls) {
        Node node = FieldViews.field(rename.field(), controls);
        TextField input = (TextField) controls.get(rename.field().pointer());
        input.setId("inspector-name-field");
        input.setOnAction(e -> rename.commit());
        input.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                rename.commit();
            }
        });
        return node;
    }

    /** The Lambda ⇄ Activity switch: a prominent segmented control with a plain-words line under it. */
    private static Node worker(WorkerModel worker) {
        ToggleGroup group = new ToggleGroup();
        HBox segments = new HBox();
        segments.getStyleClass().add("worker-switch");
        Label explanation = new Label();
        explanation.setWrapText(true);
        explanation.getStyleClass().add("worker-explanation");
        String[][] kinds = {{"LAMBDA", "λ Lambda"}, {"ACTIVITY", "⚙ Activity"}, {"SERVICE", "☁ Service"}};
        for (String[] entry : kinds) {
            WorkerKind kind = WorkerKind.valueOf(entry[0]);
            ToggleButton button = new ToggleButton(entry[1]);
            button.setId("worker-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(kind);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(40);
            button.setPrefWidth(90);
            button.setTooltip(FieldViews.tooltip(WorkerModel.explain(kind)));
            HBox.setHgrow(button, Priority.ALWAYS);
            button.getStyleClass().add(entry == kinds[0] ? "left-pill" : entry == kinds[2] ? "right-pill" : "center-pill");
            button.setOnAction(e -> {
                worker.switchTo(kind);
                select(group, worker.kind());
            });
            segments.getChildren().add(button);
        }
        Runnable show = () -> {
            select(group, worker.kind());
            explanation.setText(WorkerModel.explain(worker.kind()));
        };
        worker.kindProperty().addListener((o, a, b) -> show.run());
        show.run();
        Label label = new Label("Runs on");
        label.getStyleClass().add("field-label");
        VBox box = new VBox(6, label, segments, explanation);
        box.getStyleClass().add("worker-box");
        return box;
    }

    private static void select(ToggleGroup group, WorkerKind kind) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == kind));
    }

    private static Node list(ItemListModel list, Map<String, Control> controls) {
        VBox cards = new VBox(8);
        Runnable redraw = () -> {
            cards.getChildren().clear();
            for (ItemListModel.Item item : list.items()) {
                VBox fields = new VBox(6);
                item.fields().forEach(field -> fields.getChildren().add(FieldViews.field(field, controls)));
                cards.getChildren().add(card(list.itemName() + " " + (item.index() + 1), fields,
                        () -> list.move(item.index(), -1), () -> list.move(item.index(), 1), () -> list.remove(item.index()),
                        item.index() > 0, item.index() < list.items().size() - 1));
            }
        };
        list.items().addListener((ListChangeListener<ItemListModel.Item>) c -> redraw.run());
        redraw.run();
        Button add = new Button("+ " + list.addLabel());
        add.getStyleClass().add("add-button");
        add.setId("add" + list.pointer().replace('/', '-'));
        add.setOnAction(e -> list.add());
        return new VBox(8, cards, add);
    }

    private static Node card(String title, Node content, Runnable up, Runnable down, Runnable remove,
                             boolean canUp, boolean canDown) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(2, heading, spacer, tool("↑", "Move up", up, canUp), tool("↓", "Move down", down, canDown),
                tool("✕", "Remove", remove, true));
        header.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, header, content);
        card.getStyleClass().add("form-card");
        return card;
    }

    private static Button tool(String text, String tip, Runnable action, boolean enabled) {
        Button button = new Button(text);
        button.getStyleClass().add("card-tool");
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> action.run());
        button.setDisable(!enabled);
        return button;
    }

    private static Node rules(ChoiceRulesModel rules, Map<String, Control> controls) {
        VBox cards = new VBox(8);
        cards.setId("choice-rules");
        Runnable redraw = () -> {
            cards.getChildren().clear();
            List<RuleModel> top = rules.rules();
            for (int i = 0; i < top.size(); i++) {
                RuleModel rule = top.get(i);
                cards.getChildren().add(card("Rule " + (i + 1), ruleBody(rules, rule, controls),
                        () -> rules.move(rule, -1), () -> rules.move(rule, 1), () -> rules.remove(rule),
                        i > 0, i < top.size() - 1));
            }
        };
        rules.rules().addListener((ListChangeListener<RuleModel>) c -> redraw.run());
        redraw.run();
        Button add = new Button("+ Add a rule");
        add.setId("add-rule");
        add.getStyleClass().add("add-button");
        add.setOnAction(e -> rules.addRule());
        return new VBox(8, cards, add);
    }

    private static Node ruleBody(ChoiceRulesModel rules, RuleModel rule, Map<String, Control> controls) {
        VBox body = new VBox(6);
        ComboBox<Option> kind = new ComboBox<>();
        kind.setId("rule-kind" + rule.pointer().replace('/', '-'));
        kind.getItems().setAll(rules.kindOptions());
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setMinWidth(60);
        kind.setPrefWidth(120);
        kind.getItems().stream().filter(o -> o.value().equals(rule.kind().name())).findFirst().ifPresent(kind::setValue);
        kind.valueProperty().addListener((o, a, now) -> {
            if (now != null) {
                rules.setKind(rule, ChoiceRule.Kind.valueOf(now.value()));
            }
        });
        kind.setTooltip(FieldViews.tooltip("Compare one value, or combine conditions: all must hold (And), any (Or), or none (Not)."));
        body.getChildren().add(labelled("Rule type", kind));
        for (FieldModel field : rule.fields()) {
            if (field.pointer().endsWith("/Next") || field.pointer().endsWith("/Comment")
                    || field.pointer().endsWith("/Assign") || field.pointer().endsWith("/Output")) {
                continue;
            }
            body.getChildren().add(FieldViews.field(field, controls));
            if (field.pointer().endsWith("/Variable")) {
                body.getChildren().add(operator(rules, rule));
            }
        }
        if (rule.kind() == ChoiceRule.Kind.COMPARISON && rule.operator() == null) {
            body.getChildren().add(operator(rules, rule));
        }
        if (!rule.children().isEmpty() || rule.kind() == ChoiceRule.Kind.AND || rule.kind() == ChoiceRule.Kind.OR) {
            VBox nested = new VBox(6);
            nested.getStyleClass().add("nested-rules");
            for (int i = 0; i < rule.children().size(); i++) {
                RuleModel child = rule.children().get(i);
                boolean removable = rule.kind() != ChoiceRule.Kind.NOT;
                nested.getChildren().add(card("Condition " + (i + 1), ruleBody(rules, child, controls),
                        () -> rules.move(child, -1), () -> rules.move(child, 1),
                        () -> rules.remove(child), removable && i > 0, removable && i < rule.children().size() - 1));
            }
            if (rule.kind() == ChoiceRule.Kind.AND || rule.kind() == ChoiceRule.Kind.OR) {
                Button add = new Button("+ Add a condition");
                add.getStyleClass().add("add-button");
                add.setId("add-condition" + rule.pointer().replace('/', '-'));
                add.setOnAction(e -> rules.addCondition(rule));
                nested.getChildren().add(add);
            }
            body.getChildren().add(nested);
        }
        for (FieldModel field : rule.fields()) {
            if (field.pointer().endsWith("/Next") || field.pointer().endsWith("/Comment")
                    || field.pointer().endsWith("/Assign") || field.pointer().endsWith("/Output")) {
                body.getChildren().add(FieldViews.field(field, controls));
            }
        }
        return body;
    }

    private static Node operator(ChoiceRulesModel rules, RuleModel rule) {
        ComboBox<Option> operator = new ComboBox<>();
        operator.setId("rule-operator" + rule.pointer().replace('/', '-'));
        operator.getItems().setAll(ChoiceRulesModel.operatorOptions());
        operator.setMaxWidth(Double.MAX_VALUE);
        operator.setMinWidth(60);
        operator.setPrefWidth(120);
        operator.setVisibleRowCount(14);
        if (rule.operator() != null) {
            operator.getItems().stream().filter(o -> o.value().equals(rule.operator().aslName())).findFirst()
                    .ifPresent(operator::setValue);
        }
        operator.valueProperty().addListener((o, a, now) -> {
            if (now != null) {
                rules.setOperator(rule, ComparisonOperator.fromAslName(now.value()));
            }
        });
        operator.setTooltip(FieldViews.tooltip("How to compare: as text, a number, true/false or a time; or test what the value is."));
        return labelled("Test", operator);
    }

    private static Node labelled(String text, Control control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        return new VBox(3, label, control);
    }

    private static Node branches(BranchesModel model) {
        VBox rows = new VBox(6);
        Runnable redraw = () -> {
            rows.getChildren().clear();
            List<BranchesModel.BranchRow> branches = model.branches();
            for (BranchesModel.BranchRow branch : branches) {
                Label text = new Label("Starts at " + (branch.startAt().isEmpty() ? "—" : branch.startAt()) + " · "
                        + branch.steps() + (branch.steps() == 1 ? " step" : " steps"));
                text.setWrapText(true);
                rows.getChildren().add(card("Branch " + (branch.index() + 1), text,
                        () -> model.move(branch.index(), -1), () -> model.move(branch.index(), 1),
                        () -> model.remove(branch.index()), branch.index() > 0, branch.index() < branches.size() - 1));
            }
        };
        model.branches().addListener((ListChangeListener<BranchesModel.BranchRow>) c -> redraw.run());
        redraw.run();
        Button add = new Button("+ Add a branch");
        add.setId("add-branch");
        add.getStyleClass().add("add-button");
        add.setOnAction(e -> model.add());
        return new VBox(8, rows, add);
    }
}
