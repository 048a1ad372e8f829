package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A list of objects edited as cards: a state's {@code Retry} or {@code Catch}. Each item has its
 * own fields; items are added (at the end), removed and moved up or down, each one undo step.
 * Removing the last item removes the list.
 */
public final class ItemListModel implements FormRow {

    /** One item: its place in the list and its fields. */
    public record Item(int index, List<FieldModel> fields) {
        public Item {
            fields = List.copyOf(fields);
        }
    }

    private final String pointer;
    private final String itemName;
    private final String addLabel;
    private final IntFunction<List<FieldModel>> fieldsOf;
    private final Supplier<JsonNode> newItem;
    private final ListWriter writer;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private JsonNode array;

    /**
     * @param pointer  the list's place ({@code /Retry})
     * @param itemName what one item is called ("Retry rule")
     * @param addLabel the add button's label ("Add a retry rule")
     * @param fieldsOf the fields of item {@code i}
     * @param newItem  the object a new item starts as
     */
    public ItemListModel(String pointer, String itemName, String addLabel, IntFunction<List<FieldModel>> fieldsOf,
                         Supplier<JsonNode> newItem, ListWriter writer) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.itemName = itemName;
        this.addLabel = addLabel;
        this.fieldsOf = fieldsOf;
        this.newItem = newItem;
        this.writer = writer;
    }

    public String pointer() {
        return pointer;
    }

    public String itemName() {
        return itemName;
    }

    public String addLabel() {
        return addLabel;
    }

    public ObservableList<Item> items() {
        return items;
    }

    @Override
    public void refresh(JsonNode source) {
        JsonNode value = source.at(pointer);
        array = value.isArray() ? value : null;
        int size = array == null ? 0 : array.size();
        if (size != items.size()) {
            Item[] fresh = new Item[size];
            for (int i = 0; i < size; i++) {
                fresh[i] = new Item(i, fieldsOf.apply(i));
            }
            items.setAll(fresh);
        }
        for (Item item : items) {
            item.fields().forEach(field -> field.refresh(source));
        }
    }

    /** Adds a new item at the end. */
    public void add() {
        writer.set(pointer + "/" + items.size(), newItem.get(), "Add a " + itemName.toLowerCase(java.util.Locale.ROOT));
    }

    /** Removes item {@code index}; the list goes when it was the last. */
    public void remove(int index) {
        if (index < 0 || index >= items.size()) {
            return;
        }
        String description = "Remove " + itemName.toLowerCase(java.util.Locale.ROOT) + " " + (index + 1);
        writer.set(items.size() == 1 ? pointer : pointer + "/" + index, null, description);
    }

    /** Moves item {@code index} by {@code delta} places (−1 up, +1 down), when there is room. */
    public void move(int index, int delta) {
        int target = index + delta;
        if (array == null || index < 0 || index >= array.size() || target < 0 || target >= array.size()) {
            return;
        }
        ArrayNode moved = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < array.size(); i++) {
            moved.add(array.get(i));
        }
        JsonNode item = moved.remove(index);
        moved.insert(target, item);
        writer.set(pointer, moved, "Move " + itemName.toLowerCase(java.util.Locale.ROOT) + " " + (index + 1));
    }
}
