package dev.loveless.app.designer.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Opens links (the AWS console page of an execution, an export folder) in the desktop's browser or
 * file manager through the application's {@code HostServices}, which the application hands over
 * at start. Where there is none (tests, an embedded window), the link is put on the clipboard.
 */
public final class Links {

    private static volatile Consumer<String> opener;

    private Links() {
    }

    /** Sets how links are opened (the application's {@code HostServices::showDocument}). */
    public static void setOpener(Consumer<String> newOpener) {
        opener = Objects.requireNonNull(newOpener, "newOpener");
    }

    /**
     * Opens {@code url}; without a way to open it, copies it to the clipboard.
     *
     * @return whether it was opened (else it was copied)
     */
    public static boolean open(String url) {
        Consumer<String> current = opener;
        if (current != null) {
            current.accept(url);
            return true;
        }
        copy(url);
        return false;
    }

    /** Puts {@code text} on the clipboard. */
    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
