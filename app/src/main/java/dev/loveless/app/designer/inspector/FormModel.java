package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.StatePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the inspector shows: a form for one state (or for the workflow itself), in sections. The
 * form is built for a state's <em>shape</em> (its type, worker kind, query language, Map mode);
 * while the shape stays, a change of the document only refreshes the values, so that the field
 * being typed in keeps its focus.
 *
 * @param path     the state shown, or {@code null} for the workflow
 * @param title    the state's name, or the workflow's
 * @param subtitle what kind of step it is, in plain words
 * @param shape    the shape the form was built for
 */
public record FormModel(StatePath path, String title, String subtitle, String shape, List<Section> sections) {

    public FormModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shape, "shape");
        sections = List.copyOf(sections);
    }

    /** Shows the values of {@code source} (the state's JSON, or the workflow's fields). */
    public void refresh(JsonNode source) {
        for (Section section : sections) {
            section.rows().forEach(row -> row.refresh(source));
        }
    }

    /** @return the section with this id, or {@code null} */
    public Section section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst().orElse(null);
    }

    /** @return every field of the form, lists' items and rules included, in order */
    public List<FieldModel> fields() {
        List<FieldModel> fields = new ArrayList<>();
        for (Section section : sections) {
            for (FormRow row : section.rows()) {
                collect(row, fields);
            }
        }
        return fields;
    }

    /** @return the field at {@code pointer}, or {@code null} */
    public FieldModel field(String pointer) {
        return fields().stream().filter(field -> field.pointer().equals(pointer)).findFirst().orElse(null);
    }

    private static void collect(FormRow row, List<FieldModel> fields) {
        if (row instanceof FieldModel field) {
            fields.add(field);
        } else if (row instanceof RenameField rename) {
            fields.add(rename.field());
        } else if (row instanceof ItemListModel list) {
            list.items().forEach(item -> fields.addAll(item.fields()));
        } else if (row instanceof ChoiceRulesModel rules) {
            rules.rules().forEach(rule -> collectRule(rule, fields));
        }
    }

    private static void collectRule(RuleModel rule, List<FieldModel> fields) {
        fields.addAll(rule.fields());
        rule.children().forEach(child -> collectRule(child, fields));
    }
}
