using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;
using OndiloFanout.Contracts;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>
/// The alarms an operator needs, all notifying one SNS topic: work stuck in the DLQ, function errors, Firehose
/// failing to deliver, sending records to its error prefix or dropping partitions, a pool's history about to leave the
/// API unread, and — the one that catches everything else — no records at all.
/// </summary>
internal sealed class OperationsAlarms : Construct
{
    /// <summary>Creates the topic, the optional e-mail subscription and the alarms.</summary>
    public OperationsAlarms(Construct scope, string id, OperationsAlarmsOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);

        Topic = new Topic(this, "Topic", new TopicProps { DisplayName = options.TopicDisplayName });

        // Written out because TopicProps.EnforceSSL (CDK 2.160) only acts once something else adds a policy.
        Topic.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.DENY,
            Principals = [new AnyPrincipal()],
            Actions = ["sns:Publish"],
            Resources = [Topic.TopicArn],
            Conditions = new Dictionary<string, object>
            {
                ["Bool"] = new Dictionary<string, object> { ["aws:SecureTransport"] = "false" },
            },
        }));
        // A topic policy replaces the default one, which is what lets CloudWatch publish: without this statement
        // every alarm changes state and nobody hears of it. Only this account's alarms may use the service.
        Topic.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Principals = [new ServicePrincipal("cloudwatch.amazonaws.com")],
            Actions = ["sns:Publish"],
            Resources = [Topic.TopicArn],
            Conditions = new Dictionary<string, object>
            {
                ["StringEquals"] = new Dictionary<string, object> { ["aws:SourceAccount"] = Amazon.CDK.Aws.ACCOUNT_ID },
            },
        }));
        if (options.Email is { } email)
        {
            Topic.AddSubscription(new EmailSubscription(email));
        }

        var fiveMinutes = Duration.Minutes(5);
        Add("DeadLetterQueueNotEmpty", "Work is in the dead-letter queue: fix the cause, then `ondilo-fanout redrive`.",
            options.DeadLetterQueue.MetricApproximateNumberOfMessagesVisible(new MetricOptions { Period = fiveMinutes, Statistic = "Maximum" }),
            ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, evaluationPeriods: 1, TreatMissingData.NOT_BREACHING);

        // 6 periods of 6 hours: CloudWatch allows up to 7 days of evaluation for periods of an hour or more.
        // Missing data breaches: a pipeline that stopped emitting anything is exactly what this alarm is for.
        Add("NoRecordsCollected", "No measure was collected in 36 hours (a daily run should have written yesterday).",
            FunctionsMetric(options, MetricNames.RecordsCollected, "Sum", Duration.Hours(6)),
            ComparisonOperator.LESS_THAN_THRESHOLD, evaluationPeriods: 6, TreatMissingData.BREACHING);

        // The scheduler emits it once a day; a day without it is the SchedulerErrors and NoRecordsCollected alarms' case.
        Add("HistoryExpiring", $"A pool's oldest uncollected hour leaves the Ondilo API's 30-day history within {MetricNames.HistoryExpiryAlarmDays} days: the budget cannot read every pool in time (`ondilo-fanout status` shows the plan; raise the budget or collect fewer pools).",
            FunctionsMetric(options, MetricNames.HistoryExpiryDays, "Minimum", Duration.Days(1)),
            ComparisonOperator.LESS_THAN_THRESHOLD, evaluationPeriods: 1, TreatMissingData.NOT_BREACHING, threshold: MetricNames.HistoryExpiryAlarmDays);

        Add("DeviceFetcherErrors", "The device fetcher failed (crash or timeout, not a reported batch item failure).",
            options.DeviceFetcher.MetricErrors(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }),
            ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, evaluationPeriods: 1, TreatMissingData.NOT_BREACHING);

        Add("SchedulerErrors", "The scheduler failed: no work was planned for this run.",
            options.Scheduler.MetricErrors(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }),
            ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, evaluationPeriods: 1, TreatMissingData.NOT_BREACHING);

        Add("DeliveryToS3Failed", "Firehose failed to deliver to S3 (records go to the errors/ prefix after retries).",
            FirehoseMetric(options.DeliveryStreamName, "DeliveryToS3.Success", "Minimum"),
            ComparisonOperator.LESS_THAN_THRESHOLD, evaluationPeriods: 1, TreatMissingData.NOT_BREACHING);

        // Firehose publishes no metric counting the records it sends to errors/ when one cannot be de-aggregated,
        // parsed or partitioned; it logs each such error to the stream's error log group, which holds nothing else.
        Add("DeliveryErrorsLogged", "Firehose logged a processing or delivery error: records are in, or on their way to, the errors/ prefix (the log says which type).",
            new Metric(new MetricProps
            {
                Namespace = "AWS/Logs",
                MetricName = "IncomingLogEvents",
                DimensionsMap = new Dictionary<string, string> { ["LogGroupName"] = options.DeliveryErrorLogGroup.LogGroupName },
                Statistic = "Sum",
                Period = fiveMinutes,
            }),
            ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, evaluationPeriods: 1, TreatMissingData.NOT_BREACHING);

        Add("PartitionCountExceeded", "Firehose hit its active partition limit: records went to errors/activePartitionExceeded.",
            FirehoseMetric(options.DeliveryStreamName, "PartitionCountExceeded", "Maximum"),
            ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, evaluationPeriods: 1, TreatMissingData.NOT_BREACHING);
    }

    /// <summary>The topic every alarm notifies.</summary>
    public Topic Topic { get; }

    // The functions' own metrics, in their namespace and with their service dimension.
    private static Metric FunctionsMetric(OperationsAlarmsOptions options, string metricName, string statistic, Duration period) => new(new MetricProps
    {
        Namespace = options.MetricsNamespace,
        MetricName = metricName,
        DimensionsMap = new Dictionary<string, string> { ["service"] = options.ServiceName },
        Statistic = statistic,
        Period = period,
    });

    private static Metric FirehoseMetric(string streamName, string metricName, string statistic) => new(new MetricProps
    {
        Namespace = "AWS/Firehose",
        MetricName = metricName,
        DimensionsMap = new Dictionary<string, string> { ["DeliveryStreamName"] = streamName },
        Statistic = statistic,
        Period = Duration.Minutes(5),
    });

    private void Add(string id, string description, IMetric metric, ComparisonOperator comparison, int evaluationPeriods, TreatMissingData missingData, double threshold = 1)
    {
        var alarm = new Alarm(this, id, new AlarmProps
        {
            AlarmDescription = description,
            Metric = metric,
            Threshold = threshold,
            ComparisonOperator = comparison,
            EvaluationPeriods = evaluationPeriods,
            TreatMissingData = missingData,
        });
        alarm.AddAlarmAction(new SnsAction(Topic));
    }
}
