package dev.loveless.model;

/** The two query languages of ASL, as written in {@code QueryLanguage}. */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** @return the name as written in ASL */
    public String aslName() {
        return aslName;
    }

    /** @return the language named {@code value}, or {@code fallback} when it is null or not a language name */
    public static QueryLanguage parseOr(String value, QueryLanguage fallback) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(value)) {
                return language;
            }
        }
        return fallback;
    }
}
