package dev.loveless.model.validation;

import dev.loveless.model.Corpus;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.ParsedDefinition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validator agrees with AWS on the shared corpus: every file under a {@code valid/} folder
 * has no error, every file under {@code invalid/} at least one; {@code unknown/} is skipped.
 */
class CorpusAgreementTest {

    private final AslReader reader = new AslReader();
    private final Validator validator = new Validator();

    @Test
    void agreesWithAwsOnEveryValidAndInvalidDefinitionOfTheCorpus() throws Exception {
        // given
        List<Path> files = Corpus.allDefinitions().stream()
                .filter(file -> !Corpus.relative(file).contains("/unknown/"))
                .collect(Collectors.toList());
        List<String> disagreements = new ArrayList<>();
        int checked = 0;

        // when
        for (Path file : files) {
            String relative = Corpus.relative(file);
            boolean expectValid = relative.contains("/valid/");
            ParsedDefinition parsed = reader.read(file);
            ValidationResult result = validator.validate(parsed);
            checked++;
            if (expectValid && result.hasErrors()) {
                disagreements.add(relative + " is valid but got " + result.diagnostics().stream()
                        .filter(Diagnostic::isError).map(d -> d.code() + " " + d.pointer() + ": " + d.message())
                        .collect(Collectors.joining("; ")));
            } else if (!expectValid && !result.hasErrors()) {
                disagreements.add(relative + " is invalid but got no error");
            }
        }

        // then
        assertTrue(checked >= 276, "the corpus has 276 definitions with a verdict, found " + checked);
        assertEquals(List.of(), disagreements, disagreements.size() + " of " + checked + " disagree");
    }
}
