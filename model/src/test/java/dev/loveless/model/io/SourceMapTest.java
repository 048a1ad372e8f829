package dev.loveless.model.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every JSON pointer of a definition has the line and column where it stands in the text. */
class SourceMapTest {

    private final AslReader reader = new AslReader();

    @Test
    void locatesFieldsAndArrayElementsInJson() throws Exception {
        // given
        String text = """
                {
                  "StartAt": "A",
                  "States": {
                    "A/B": {
                      "Type": "Task",
                      "Retry": [
                        {"ErrorEquals": ["States.ALL"]}
                      ],
                      "End": true
                    }
                  }
                }
                """;
        // when
        SourceMap map = reader.read(text, Format.JSON).sourceMap();
        // then
        assertEquals(new SourceMap.Location(2, 3), map.locate("/StartAt"));
        assertEquals(new SourceMap.Location(2, 14), map.locateValue("/StartAt"));
        assertEquals(new SourceMap.Location(4, 5), map.locate("/States/A~1B"));
        assertEquals(new SourceMap.Location(7, 9), map.locate("/States/A~1B/Retry/0"));
        assertEquals(new SourceMap.Location(7, 26), map.locate("/States/A~1B/Retry/0/ErrorEquals/0"));
        assertEquals(new SourceMap.Location(9, 7), map.locate("/States/A~1B/End"));
        // a field that is not there points at its object
        assertEquals(new SourceMap.Location(4, 5), map.locate("/States/A~1B/Resource"));
    }

    @Test
    void locatesFieldsInYaml() throws Exception {
        String text = "StartAt: A\nStates:\n  A:\n    Type: Succeed\n";
        SourceMap map = reader.read(text, Format.YAML).sourceMap();
        assertEquals(new SourceMap.Location(4, 5), map.locate("/States/A/Type"));
        assertEquals(new SourceMap.Location(3, 3), map.locate("/States/A"));
    }
}
