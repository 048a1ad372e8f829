package dev.loveless.model.edit;

import java.util.List;
import java.util.Objects;

/** Several edits applied in order as one undo step ("Paste 3 states"). */
public record CompoundEdit(String description, List<Edit> edits) implements Edit {

    public CompoundEdit {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a compound edit holds at least one edit");
        }
    }

    @Override
    public Document apply(Document document) {
        Document result = document;
        for (Edit edit : edits) {
            result = edit.apply(result);
        }
        return result;
    }
}
