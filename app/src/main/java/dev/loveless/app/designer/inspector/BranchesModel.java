package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.StatePath;
import dev.loveless.model.edit.AddBranch;
import dev.loveless.model.edit.Edit;
import dev.loveless.model.edit.MoveBranch;
import dev.loveless.model.edit.RemoveBranch;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The branches of a Parallel state: listed with where each starts, added, removed and reordered. */
public final class BranchesModel implements FormRow {

    /** One branch as listed: its place, the step it starts at and how many steps it has. */
    public record BranchRow(int index, String startAt, int steps) {
    }

    private final StatePath parallel;
    private final Consumer<Edit> edits;
    private final ObservableList<BranchRow> branches = FXCollections.observableArrayList();

    public BranchesModel(StatePath parallel, Consumer<Edit> edits) {
        this.parallel = parallel;
        this.edits = edits;
    }

    public ObservableList<BranchRow> branches() {
        return branches;
    }

    @Override
    public void refresh(JsonNode source) {
        List<BranchRow> rows = new ArrayList<>();
        JsonNode list = source.path("Branches");
        for (int i = 0; i < list.size(); i++) {
            JsonNode branch = list.get(i);
            rows.add(new BranchRow(i, branch.path("StartAt").asText(""), branch.path("States").size()));
        }
        if (!rows.equals(branches)) {
            branches.setAll(rows);
        }
    }

    public void add() {
        edits.accept(new AddBranch(parallel));
    }

    public void remove(int index) {
        edits.accept(new RemoveBranch(parallel, index));
    }

    public void move(int index, int delta) {
        int target = index + delta;
        if (target >= 0 && target < branches.size()) {
            edits.accept(new MoveBranch(parallel, index, target));
        }
    }
}
