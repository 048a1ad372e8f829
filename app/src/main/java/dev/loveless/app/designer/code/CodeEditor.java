package dev.loveless.app.designer.code;

import dev.loveless.model.StatePath;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The code view's editor: the definition as text with line numbers and syntax colours, problems and the
 * parse error underlined where they are, an error line above the text while it does not parse,
 * and "go to step". Text typed here reaches the canvas a moment after the typing pauses.
 */
final class CodeEditor {

    private static final Duration PARSE_DELAY = Duration.millis(300);

    private final CodeViewModel model;
    private final CodeArea area = new CodeArea();
    private final BorderPane node;
    private final Label status = new Label();
    private final ComboBox<StatePath> goTo = new ComboBox<>();
    private boolean loading;
    /** The marked ranges of the text now: start, end, and the message shown when the mouse rests on one. */
    private List<Object[]> markedRanges = List.of();
    private final javafx.scene.control.Tooltip markerTip = new javafx.scene.control.Tooltip();

    CodeEditor(CodeViewModel model) {
        this.model = model;
        area.setId("code-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("code-view");
        area.setWrapText(false);
        PauseTransition typing = new PauseTransition(PARSE_DELAY);
        typing.setOnFinished(e -> {
            model.edit(area.getText());
            restyle();
        });
        area.textProperty().addListener((o, before, now) -> {
            if (!loading) {
                typing.playFromStart();
            }
        });
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            int index = event.getCharacterIndex();
            for (Object[] range : markedRanges) {
                if (index >= (int) range[0] && index < (int) range[1]) {
                    markerTip.setText((String) range[2]);
                    markerTip.show(area, event.getScreenPosition().getX(), event.getScreenPosition().getY() + 12);
                    return;
                }
            }
        });
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> markerTip.hide());
        markerTip.setWrapText(true);
        markerTip.setMaxWidth(420);
        area.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                if (typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    typing.stop();
                    model.edit(area.getText());
                    restyle();
                }
                model.commit();
            }
        });
        model.textProperty().addListener((o, before, now) -> {
            if (!now.equals(area.getText())) {
                load(now);
            }
        });
        model.markersProperty().addListener((o, before, now) -> restyle());
        model.parseErrorProperty().addListener((o, before, error) -> showStatus());

        goTo.setPromptText("Go to step…");
        goTo.setId("code-go-to");
        goTo.setOnShowing(e -> goTo.getItems().setAll(model.states()));
        goTo.valueProperty().addListener((o, before, path) -> {
            if (path != null) {
                goTo(path);
                javafx.application.Platform.runLater(() -> goTo.setValue(null));
            }
        });
        Label format = new Label();
        format.getStyleClass().add("panel-heading");
        format.setText(model.format() + " CODE");
        status.getStyleClass().add("code-status");
        status.setId("code-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, format, status, spacer, goTo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("code-bar");
        node = new BorderPane(new VirtualizedScrollPane<>(area), bar, null, null, null);
        node.getStyleClass().add("code-pane");
        load(model.text());
        showStatus();
    }

    Node node() {
        return node;
    }

    /** @return the text area (for tests) */
    CodeArea area() {
        return area;
    }

    /** Moves the caret to a state's definition and shows it. */
    void goTo(StatePath path) {
        int line = model.lineOf(path);
        if (line > 0) {
            goToLine(line, 1);
        }
    }

    /** Scrolls a state's definition into view without taking the focus (the canvas selection followed). */
    void reveal(StatePath path) {
        int line = model.lineOf(path);
        if (line > 0 && !area.isFocused()) {
            area.showParagraphAtTop(Math.max(0, line - 2));
        }
    }

    /** Moves the caret to a 1-based line and column and shows it. */
    void goToLine(int line, int column) {
        int paragraph = Math.min(Math.max(0, line - 1), area.getParagraphs().size() - 1);
        int col = Math.min(Math.max(0, column - 1), area.getParagraphLength(paragraph));
        area.moveTo(paragraph, col);
        area.requestFollowCaret();
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    private void load(String text) {
        loading = true;
        try {
            area.replaceText(text);
        } finally {
            loading = false;
        }
        restyle();
    }

    private void showStatus() {
        CodeViewModel.Marker error = model.parseErrorProperty().get();
        if (error == null) {
            status.setText("");
            status.getStyleClass().remove("code-status-error");
        } else {
            status.setText("Line " + error.line() + ": " + error.message() + " — the diagram shows the last version that read.");
            if (!status.getStyleClass().contains("code-status-error")) {
                status.getStyleClass().add("code-status-error");
            }
        }
    }

    private void restyle() {
        String text = area.getText();
        if (text.length() > 2_000_000) {
            return; // colouring a huge text costs more than it helps
        }
        StyleSpans<Collection<String>> spans = Highlighting.of(text, model.format());
        StyleSpans<Collection<String>> marks = markerSpans(text);
        if (marks != null) {
            spans = spans.overlay(marks, (base, extra) -> {
                if (extra.isEmpty()) {
                    return base;
                }
                List<String> both = new ArrayList<>(base);
                both.addAll(extra);
                return both;
            });
        }
        area.setStyleSpans(0, spans);
    }

    /** @return underline spans for the markers: from each marker's position to the end of its token */
    private StyleSpans<Collection<String>> markerSpans(String text) {
        List<CodeViewModel.Marker> markers = model.markersProperty().get();
        markedRanges = List.of();
        if (markers.isEmpty() || text.isEmpty()) {
            return null;
        }
        List<Object[]> tips = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        List<int[]> ranges = new ArrayList<>();
        for (CodeViewModel.Marker marker : markers) {
            if (marker.line() > lineStarts.length) {
                continue;
            }
            int start = Math.min(text.length(), lineStarts[marker.line() - 1] + Math.max(0, marker.column() - 1));
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != ',') {
                end++;
            }
            if (end == start && start < text.length()) {
                end = start + 1;
            }
            ranges.add(new int[] {start, end, marker.severity() == dev.loveless.app.designer.problems.Problem.Severity.ERROR ? 1 : 0});
            tips.add(new Object[] {start, end, marker.message()});
        }
        markedRanges = List.copyOf(tips);
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int position = 0;
        for (int[] range : ranges) {
            if (range[0] < position) {
                continue;
            }
            spans.add(List.of(), range[0] - position);
            spans.add(List.of(range[2] == 1 ? "code-error" : "code-warning"), range[1] - range[0]);
            position = range[1];
        }
        spans.add(List.of(), text.length() - position);
        return spans.create();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
