package dev.loveless.model.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files from JSON.stringify (no final newline) and from Python (escaped non-ASCII) come back unchanged. */
class JsonStyleTest {

    private final AslReader reader = new AslReader();
    private final AslWriter writer = new AslWriter();

    private String rewrite(String text) throws AslParseException {
        ParsedDefinition parsed = reader.read(text, Format.JSON);
        return writer.write(parsed.machine(), Format.JSON, parsed.style());
    }

    @Test
    void aFileWithoutAFinalNewlineKeepsIt() throws Exception {
        String text = "{\n  \"StartAt\": \"Café\",\n  \"States\": {}\n}";
        assertEquals(text, rewrite(text));
    }

    @Test
    void escapedNonAsciiStaysEscaped() throws Exception {
        String text = "{\n  \"StartAt\": \"Caf\\u00e9 \\ud83d\\ude00\",\n  \"States\": {}\n}\n";
        assertEquals(text, rewrite(text));
    }

    @Test
    void rawNonAsciiStaysRaw() throws Exception {
        String text = "{\n  \"StartAt\": \"Café 😀\",\n  \"States\": {}\n}\n";
        assertEquals(text, rewrite(text));
    }

    @Test
    void otherwiseTheStyleIsCanonical() throws Exception {
        String text = "{\"StartAt\":\"A\",\"States\":{}}\n";
        assertEquals("{\n  \"StartAt\": \"A\",\n  \"States\": {}\n}\n", rewrite(text));
        assertEquals(JsonStyle.CANONICAL, JsonStyle.of("{}\n"));
    }

    @Test
    void anEditKeepsTheOriginalStyle() throws Exception {
        // given
        String text = "{\n  \"StartAt\": \"Caf\\u00e9\",\n  \"States\": {}\n}";
        ParsedDefinition parsed = reader.read(text, Format.JSON);
        // when
        String saved = writer.write(parsed.machine().withComment("ünïcode"), Format.JSON, parsed);
        // then
        assertEquals("{\n  \"Comment\": \"\\u00fcn\\u00efcode\",\n  \"StartAt\": \"Caf\\u00e9\",\n  \"States\": {}\n}",
                saved);
    }
}
