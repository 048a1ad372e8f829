package dev.loveless.model.validation.check;

/**
 * Checks timestamps as Step Functions reads them: RFC 3339 ({@code 2016-03-14T01:59:00Z},
 * {@code 2016-03-14T01:59:00.123+01:00}) with an uppercase {@code T} between date and time and an
 * uppercase {@code Z} when no offset is given; dates must exist (no February 30). No regex.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** @return what is wrong with {@code text} as a timestamp, or {@code null} when it is one */
    public static String problem(String text) {
        String hint = " (write e.g. 2016-03-14T01:59:00Z)";
        if (text.length() < 20) {
            return "'" + text + "' is not an RFC 3339 timestamp" + hint;
        }
        if (!digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7) || text.charAt(7) != '-'
                || !digits(text, 8, 10)) {
            return "'" + text + "' does not start with a date YYYY-MM-DD" + hint;
        }
        if (text.charAt(10) != 'T') {
            return "an uppercase T must separate the date and the time in '" + text + "'" + hint;
        }
        if (!digits(text, 11, 13) || text.charAt(13) != ':' || !digits(text, 14, 16) || text.charAt(16) != ':'
                || !digits(text, 17, 19)) {
            return "'" + text + "' has no time hh:mm:ss after the T" + hint;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return "'" + text.substring(0, 10) + "' is not a date that exists";
        }
        if (number(text, 11, 13) > 23 || number(text, 14, 16) > 59 || number(text, 17, 19) > 60) {
            return "'" + text.substring(11, 19) + "' is not a time of day";
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                return "a fraction of a second needs digits after the '.' in '" + text + "'";
            }
        }
        if (i >= text.length()) {
            return "'" + text + "' has no time zone: end it with Z or an offset such as +01:00";
        }
        char zone = text.charAt(i);
        if (zone == 'Z' && i == text.length() - 1) {
            return null;
        }
        if (zone == 'z') {
            return "the time zone must be an uppercase Z in '" + text + "'";
        }
        if ((zone == '+' || zone == '-') && text.length() == i + 6 && digits(text, i + 1, i + 3)
                && text.charAt(i + 3) == ':' && digits(text, i + 4, i + 6)
                && number(text, i + 1, i + 3) <= 23 && number(text, i + 4, i + 6) <= 59) {
            return null;
        }
        return "'" + text.substring(i) + "' is not a time zone: end with Z or an offset such as +01:00";
    }

    private static boolean digits(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static int daysIn(int year, int month) {
        switch (month) {
            case 2:
                return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
