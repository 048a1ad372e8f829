package dev.loveless.exporters.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state-type icons, read from the icons module ({@code dev/loveless/icons/states/NAME.svg}):
 * each is one stroked SVG path in a 24-unit box, so that every renderer can draw it crisp at any
 * zoom and in any colour (light and dark themes alike).
 */
public final class StateIcons {

    private static final Pattern PATH = Pattern.compile("<path\\s+d=\"([^\"]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private StateIcons() {
    }

    /** @return the SVG path data of the named icon ({@code lambda}, {@code choice}, …) */
    public static String path(String name) {
        return CACHE.computeIfAbsent(name, StateIcons::load);
    }

    private static String load(String name) {
        String resource = "/dev/loveless/icons/states/" + name + ".svg";
        try (InputStream in = StateIcons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the icon is missing from the build: " + resource);
            }
            Matcher matcher = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!matcher.find()) {
                throw new IllegalStateException("the icon has no path: " + resource);
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
