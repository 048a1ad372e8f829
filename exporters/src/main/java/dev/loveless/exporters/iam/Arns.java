package dev.loveless.exporters.iam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ARN templates in the account and region the state machine runs in. */
final class Arns {

    static final String PARTITION = "${AWS::Partition}";
    static final String REGION = "${AWS::Region}";
    static final String ACCOUNT = "${AWS::AccountId}";

    private static final Pattern QUEUE_URL = Pattern.compile(
            "https://sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([0-9]{12})/([A-Za-z0-9_.-]+)");

    private Arns() {
    }

    /** @return {@code arn:${AWS::Partition}:SERVICE:${AWS::Region}:${AWS::AccountId}:RESOURCE} */
    static String local(String service, String resource) {
        return "arn:" + PARTITION + ":" + service + ":" + REGION + ":" + ACCOUNT + ":" + resource;
    }

    /**
     * @return {@code value} when it is an ARN or a placeholder named like one ({@code ${TableArn}}),
     *         else a local ARN of {@code prefix + value} (a name, or a placeholder for a name such as
     *         {@code ${CatalogueTable}})
     */
    static String orLocal(String value, String service, String prefix) {
        if (value.startsWith("arn:") || isArnPlaceholder(value)) {
            return value;
        }
        return local(service, prefix + value);
    }

    /** @return whether the text is exactly one {@code ${…}} placeholder */
    static boolean isPlaceholder(String value) {
        return value.startsWith("${") && value.endsWith("}") && value.indexOf('}') == value.length() - 1;
    }

    /** @return whether the text is one placeholder whose name says it holds an ARN ({@code ${…Arn}}) */
    static boolean isArnPlaceholder(String value) {
        return isPlaceholder(value) && value.toLowerCase(java.util.Locale.ROOT).endsWith("arn}");
    }

    /** @return the queue ARN for an SQS queue URL, or {@code null} when the URL is not a literal one */
    static String queueArn(String url) {
        Matcher matcher = QUEUE_URL.matcher(url);
        if (!matcher.matches()) {
            return null;
        }
        return "arn:" + PARTITION + ":sqs:" + matcher.group(1) + ":" + matcher.group(2) + ":" + matcher.group(3);
    }
}
