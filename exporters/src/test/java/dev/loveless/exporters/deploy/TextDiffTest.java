package dev.loveless.exporters.deploy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", TextDiff.unified("a\nb\n", "a\nb\n", "x", "y"));
    }

    @Test
    void aChangedLineShowsWithItsContext() {
        // given
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        // when
        String diff = TextDiff.unified(before, after, "deployed", "to deploy");

        // then
        assertEquals("""
                --- deployed
                +++ to deploy
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """, diff);
    }
}
