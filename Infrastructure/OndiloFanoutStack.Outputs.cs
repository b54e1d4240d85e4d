using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.SecretsManager;
using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Constructs;

namespace OndiloFanout.Infrastructure;

/// <summary>The stack outputs: where the data is, and the commands an operator runs after deploying.</summary>
internal sealed partial class OndiloFanoutStack
{
    /// <summary>The scheduler input for a backfill of the last 30 days (the API's whole history).</summary>
    public const string MonthBackfillPayload = """{"month":"true"}""";

    private void AddOutputs(
        StackSettings settings,
        IBucket bucket,
        Queue workQueue,
        Queue deadLetterQueue,
        Function scheduler,
        Function fetcher,
        Secret tokenSecret,
        DeliveryStream stream,
        Table stateTable,
        OperationsAlarms alarms)
    {
        Output("DataBucketName", bucket.BucketName, "Bucket of the data lake.");
        Output("DataLocation", $"s3://{bucket.BucketName}/{settings.DataPrefix}",
            $"Where the data lands: <location>{LakeLayout.PartitionPath("<pool>", "YYYY", "MM", "DD")} (delivery errors under errors/).");
        Output(StackOutputNames.WorkQueueUrl, workQueue.QueueUrl, "Device-day work queue.");
        Output(StackOutputNames.DeadLetterQueueUrl, deadLetterQueue.QueueUrl, "Dead-letter queue: redrive with `ondilo-fanout redrive` once the cause is fixed.");
        Output(StackOutputNames.SchedulerFunctionName, scheduler.FunctionName, "Scheduler function (runs daily; invoke it for backfills).");
        Output("DeviceFetcherFunctionName", fetcher.FunctionName, "Device fetcher function (fed by the work queue).");
        Output("MonthBackfillCommand",
            $"aws lambda invoke --function-name {scheduler.FunctionName} --payload '{MonthBackfillPayload}' --cli-binary-format raw-in-base64-out result.json",
            "Collects the last 30 days (run once after the first login).");
        Output("TokenSecretName", tokenSecret.SecretName, "Secret holding the Ondilo token.");
        Output("LoginCommand", $"ondilo-fanout login --secret-id {tokenSecret.SecretName}",
            "Stores the Ondilo token in the secret (needed once before the first run).");
        Output("DeliveryStreamName", stream.StreamName, "Firehose delivery stream.");
        Output(StackOutputNames.StateTableName, stateTable.TableName, "DynamoDB table of the ledger, quota and leases.");
        Output("AlarmTopicArn", alarms.Topic.TopicArn, "SNS topic of the alarms: subscribe to it, or deploy with -c email=you@example.com.");
    }

    private void AddQueryOutputs(LakeCatalog catalog)
    {
        Output("AthenaWorkGroup", catalog.WorkGroupName, "Athena workgroup with the saved queries (daily-stats, latest-values, outside-thresholds, gaps).");
        Output("GlueDatabase", catalog.DatabaseName, "Glue database: query the measures and pools views; filter on deviceid (the pool id).");
        Output("AthenaResultsLocation", catalog.ResultsLocation, "Where the workgroup writes query results.");
    }

    private void Output(string id, string value, string description) =>
        _ = new CfnOutput(this, id, new CfnOutputProps { Value = value, Description = description });
}
