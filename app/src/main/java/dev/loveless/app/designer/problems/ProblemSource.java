package dev.loveless.app.designer.problems;

import dev.loveless.model.edit.Document;

import java.util.List;

/**
 * Where the problems panel gets its live results, asked after every change of the document.
 *
 * <p><b>The validator plugs in here</b>: when {@code dev.loveless.model.validation} is merged,
 * {@link Problems#live()} returns a source that runs it and maps its diagnostics to
 * {@link Problem}s. Until then the panel shows what the graph itself tells (transitions to states
 * that are not there, states of unknown type), and parse errors are shown when a file is opened.
 */
@FunctionalInterface
public interface ProblemSource {

    /** @return the problems of the document; must not change it, may be called off the JavaFX thread */
    List<Problem> problemsOf(Document document);
}
