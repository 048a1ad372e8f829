package dev.loveless.app.designer.look;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemThemeTest {

    @Test
    void aDarkGtkThemeOrGnomeColourSchemeMeansDark() {
        assertTrue(SystemTheme.linuxPrefersDark(Map.of("GTK_THEME", "Adwaita:dark"), command -> ""));
        assertFalse(SystemTheme.linuxPrefersDark(Map.of("GTK_THEME", "Adwaita"), command -> "'prefer-dark'"));
        assertTrue(SystemTheme.linuxPrefersDark(Map.of(), command -> "'prefer-dark'\n"));
        assertTrue(SystemTheme.linuxPrefersDark(Map.of(), command -> command.contains("gtk-theme") ? "'Yaru-dark'" : "'default'"));
    }

    @Test
    void noDesktopMeansLight() {
        assertFalse(SystemTheme.linuxPrefersDark(Map.of(), command -> ""));
        assertFalse(SystemTheme.linuxPrefersDark(Map.of(), (List<String> command) -> "No such schema"));
    }
}
