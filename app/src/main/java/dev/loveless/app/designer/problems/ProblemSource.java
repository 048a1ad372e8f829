package dev.loveless.app.designer.problems;

import dev.loveless.model.edit.Document;

import java.util.List;

/**
 * Where the problems panel gets its live results, asked after every change of the document.
 * {@link Problems#live()} runs the validator; parse errors are shown apart when a file is opened.
 */
@FunctionalInterface
public interface ProblemSource {

    /** @return the problems of the document; must not change it, may be called off the JavaFX thread */
    List<Problem> problemsOf(Document document);
}
