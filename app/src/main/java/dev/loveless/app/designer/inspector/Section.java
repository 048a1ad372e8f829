package dev.loveless.app.designer.inspector;

import java.util.List;
import java.util.Objects;

/**
 * One titled group of an inspector form ("Worker", "Input and output", "Error handling").
 *
 * @param id    a stable id for the view ({@code worker})
 * @param title the heading
 * @param help  one sentence on what the section is for, or {@code ""}
 * @param rows  its fields and lists
 */
public record Section(String id, String title, String help, List<FormRow> rows) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        help = help == null ? "" : help;
        rows = List.copyOf(rows);
    }
}
