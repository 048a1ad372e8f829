package dev.loveless.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, from the Maven project. */
public final class Version {

    private Version() {
    }

    /** @return the version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a build */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
