package dev.loveless.app.designer.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The look the person chose: follow the system (the default), light or dark. Remembered across
 * sessions; {@code -Dloveless.theme=light|dark|system} overrides it. Applying a look sets
 * AtlantaFX's Primer theme for the whole application; the designer's own style sheet adds its
 * details on top ({@code .dark} for the dark look).
 */
public enum ThemeChoice {
    SYSTEM("Follow the System"),
    LIGHT("Light"),
    DARK("Dark");

    private static final String KEY = "theme";

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return whether this choice means a dark look here and now */
    public boolean isDark() {
        return this == DARK || this == SYSTEM && SystemTheme.prefersDark();
    }

    /**
     * Sets the application-wide base theme, in AtlantaFX's binary form: it loads several times
     * faster than the text style sheet has to be parsed, which start-up feels.
     */
    public static void applyBase(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** @return the remembered choice, or the system property's, else {@link #SYSTEM} */
    public static ThemeChoice load(Preferences preferences) {
        String forced = System.getProperty("loveless.theme");
        String value = forced != null ? forced : preferences.get(KEY, SYSTEM.name());
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SYSTEM;
        }
    }

    public void save(Preferences preferences) {
        preferences.put(KEY, name());
    }
}
