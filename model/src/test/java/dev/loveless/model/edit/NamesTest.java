package dev.loveless.model.edit;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class NamesTest {

    @Test
    void aFreshNameCountsUpFromTheBase() {
        assertEquals("Lambda step", Names.unique("Lambda step", Set.of()));
        assertEquals("Lambda step 2", Names.unique("Lambda step", Set.of("Lambda step")));
        assertEquals("Lambda step 3", Names.unique("Lambda step 2", Set.of("Lambda step", "Lambda step 2")));
    }

    @Test
    void namesFollowTheLimitsOfAsl() {
        assertNull(Names.problemWith("Charge card"));
        assertNotNull(Names.problemWith(""));
        assertNotNull(Names.problemWith("x".repeat(81)));
        assertNotNull(Names.problemWith(" padded"));
    }
}
