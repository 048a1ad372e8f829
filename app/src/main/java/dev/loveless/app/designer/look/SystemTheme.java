package dev.loveless.app.designer.look;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tells whether the desktop prefers a dark look (JavaFX 21 does not say): GNOME's
 * {@code color-scheme} or a dark GTK theme on Linux, {@code AppleInterfaceStyle} on macOS,
 * {@code AppsUseLightTheme} on Windows. Any failure (no such tool, a timeout) means light.
 * Asking runs a small program, so the designer asks once, early, while the graphics start
 * ({@link #askEarly()}), and the answer is kept for the session.
 */
public final class SystemTheme {

    private static volatile CompletableFuture<Boolean> answer;

    private SystemTheme() {
    }

    /** Starts asking the system in the background, so that the answer is ready when the window is built. */
    public static void askEarly() {
        answer();
    }

    /** @return whether the system asks for a dark look (asked once per session) */
    public static boolean prefersDark() {
        return answer().exceptionally(failure -> false).join();
    }

    private static synchronized CompletableFuture<Boolean> answer() {
        if (answer == null) {
            answer = CompletableFuture.supplyAsync(SystemTheme::ask, runnable -> {
                Thread thread = new Thread(runnable, "loveless-system-theme");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return answer;
    }

    private static boolean ask() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).strip().equalsIgnoreCase("dark");
        }
        if (os.contains("win")) {
            String out = run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme"));
            return out.contains("0x0");
        }
        return linuxPrefersDark(System.getenv(), SystemTheme::run);
    }

    /** Runs a command and returns what it printed. */
    @FunctionalInterface
    interface Runner {
        String run(List<String> command);
    }

    static boolean linuxPrefersDark(Map<String, String> env, Runner runner) {
        String gtkTheme = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (!gtkTheme.isEmpty()) {
            return gtkTheme.contains("dark");
        }
        String scheme = runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.contains("prefer-dark")) {
            return true;
        }
        if (scheme.contains("prefer-light") || scheme.contains("default")) {
            return runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                    .toLowerCase(Locale.ROOT).contains("dark");
        }
        return false;
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(1500, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return "";
                }
                return new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
