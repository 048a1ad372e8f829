package dev.loveless.exporters.diagram;

import java.awt.geom.Path2D;

/**
 * Turns the SVG path data of the icons into a Java2D path: the commands {@code M L H V C Z},
 * absolute or relative, with implicit repetition. Anything else is refused loudly, so that an
 * icon drawn with an unsupported command is caught by the tests, not shown wrong.
 */
public final class SvgPathParser {

    private final String data;
    private int at;

    private SvgPathParser(String data) {
        this.data = data;
    }

    /** @return the path, in the icon's own 24-unit coordinates */
    public static Path2D.Double parse(String data) {
        return new SvgPathParser(data).run();
    }

    private Path2D.Double run() {
        Path2D.Double path = new Path2D.Double();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 0;
        while (true) {
            skipSeparators();
            if (at >= data.length()) {
                return path;
            }
            char c = data.charAt(at);
            if (Character.isLetter(c)) {
                command = c;
                at++;
            } else if (command == 0) {
                throw new IllegalArgumentException("SVG path data must start with a command: " + data);
            }
            boolean relative = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M':
                    x = number() + (relative ? x : 0);
                    y = number() + (relative ? y : 0);
                    path.moveTo(x, y);
                    startX = x;
                    startY = y;
                    command = relative ? 'l' : 'L';
                    break;
                case 'L':
                    x = number() + (relative ? x : 0);
                    y = number() + (relative ? y : 0);
                    path.lineTo(x, y);
                    break;
                case 'H':
                    x = number() + (relative ? x : 0);
                    path.lineTo(x, y);
                    break;
                case 'V':
                    y = number() + (relative ? y : 0);
                    path.lineTo(x, y);
                    break;
                case 'C': {
                    double ox = relative ? x : 0;
                    double oy = relative ? y : 0;
                    double x1 = number() + ox;
                    double y1 = number() + oy;
                    double x2 = number() + ox;
                    double y2 = number() + oy;
                    x = number() + ox;
                    y = number() + oy;
                    path.curveTo(x1, y1, x2, y2, x, y);
                    break;
                }
                case 'Z':
                    path.closePath();
                    x = startX;
                    y = startY;
                    command = 0;
                    skipSeparators();
                    if (at < data.length() && !Character.isLetter(data.charAt(at))) {
                        throw new IllegalArgumentException("a number after Z in SVG path data: " + data);
                    }
                    break;
                default:
                    throw new IllegalArgumentException("unsupported SVG path command '" + command + "' in: " + data);
            }
        }
    }

    private void skipSeparators() {
        while (at < data.length() && (Character.isWhitespace(data.charAt(at)) || data.charAt(at) == ',')) {
            at++;
        }
    }

    private double number() {
        skipSeparators();
        int start = at;
        if (at < data.length() && (data.charAt(at) == '-' || data.charAt(at) == '+')) {
            at++;
        }
        while (at < data.length() && (Character.isDigit(data.charAt(at)) || data.charAt(at) == '.')) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("a number is missing at " + start + " in SVG path data: " + data);
        }
        return Double.parseDouble(data.substring(start, at));
    }
}
