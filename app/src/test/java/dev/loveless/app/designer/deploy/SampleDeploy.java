package dev.loveless.app.designer.deploy;

/** What deploying the built-in sample needs in tests: values for its placeholders. */
public final class SampleDeploy {

    /** Values for the sample's {@code ${…}} placeholders, as typed into the Deploy dialog. */
    public static final String SUBSTITUTIONS = """
            CheckUploadFunctionArn=check-upload
            RenderThumbnailFunctionArn=render-thumbnail
            CatalogueTable=videos
            NewVideosTopicArn=arn:aws:sns:us-east-1:123456789012:new
            UploaderAlertsTopicArn=arn:aws:sns:us-east-1:123456789012:alerts
            """;

    private SampleDeploy() {
    }
}
