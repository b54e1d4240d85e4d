using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Constructs;
using DynamoAttribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace OndiloFanout.Infrastructure;

/// <summary>
/// The collector on AWS: a daily rule runs the scheduler, which queues one message per device-day; the device
/// fetcher drains the queue into Firehose, which writes the partitioned data lake. Token in Secrets Manager,
/// ledger/quota/leases in DynamoDB, alarms to SNS. The outputs are in OndiloFanoutStack.Outputs.cs.
/// </summary>
internal sealed partial class OndiloFanoutStack : Stack
{
    /// <summary>Folder names under the asset folder, as Tools/build-lambdas.sh publishes them.</summary>
    public const string SchedulerAssetFolder = "scheduler";
    /// <summary>See <see cref="SchedulerAssetFolder"/>.</summary>
    public const string DeviceFetcherAssetFolder = "device-fetcher";

    // Measured by FunctionProcessTests.DeviceFetcher_MonthWindowsOfFivePools_…: the AOT fetcher peaks at about 40 MiB of
    // RSS and reads five pools' month windows (six paced calls each) in about 12 s. 256 MB leaves room for larger
    // accounts and buys a larger CPU share for JSON work; a batch of ten fresh pools fits the 120 s timeout twice over.
    private const int SchedulerTimeoutSeconds = 60;
    private const int DeviceFetcherTimeoutSeconds = 120;
    private const int FunctionMemoryMiB = 256;

    // Athena's query results are copies of lake data: a week is enough to fetch them.
    private static readonly LifecycleRule ExpireAthenaResults =
        new() { Id = "expire-athena-results", Prefix = LakeCatalog.ResultsPrefix, Expiration = Duration.Days(7) };

    // What DynamoDbStateStore calls (ledger: Query, PutItem; quota: UpdateItem, GetItem; leases: PutItem, GetItem,
    // DeleteItem), and no more: no Scan, batch writes, streams or DescribeTable.
    private static readonly string[] StateTableActions =
        ["dynamodb:Query", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

    // What Lambda's poller needs on the function's role to feed it from the queue (AWS's documented minimum).
    private static readonly string[] QueueConsumerActions = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"];

    /// <summary>Builds the whole stack from validated settings; its id is <see cref="StackSettings.StackName"/>.</summary>
    public OndiloFanoutStack(Construct scope, StackSettings settings, IStackProps? props = null)
        : base(scope, (settings ?? throw new ArgumentNullException(nameof(settings))).StackName,
            props ?? new StackProps { Description = "OndiloFanout: Ondilo ICO measures into an S3 data lake" })
    {
        var names = StackNames.From(settings.StackName);

        var bucket = AddBucket(settings);
        var stream = new DeliveryStream(this, "DeliveryStream", new DeliveryStreamOptions
        {
            Bucket = bucket,
            Prefix = settings.DataPrefix,
            Compression = settings.Compression,
        });
        var (workQueue, deadLetterQueue) = AddQueues();
        var tokenSecret = AddTokenSecret();
        var stateTable = AddStateTable();

        // One environment for both functions: each reads what it needs, and neither can miss a variable.
        var environment = new Dictionary<string, string>
        {
            [SettingNames.TokenSecretId] = tokenSecret.SecretArn,
            [SettingNames.QueueUrl] = workQueue.QueueUrl,
            [SettingNames.DeadLetterQueueUrl] = deadLetterQueue.QueueUrl,
            [SettingNames.DeliveryStreamName] = stream.StreamName,
            [SettingNames.StateTableName] = stateTable.TableName,
            [SettingNames.CallsPerHour] = settings.CallsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SettingNames.ServiceName] = names.ServiceName,
            [SettingNames.MetricsNamespace] = MetricNames.Namespace,
            [SettingNames.LogLevel] = settings.LogLevel,
            [SettingNames.PoolSnapshotBucket] = bucket.BucketName,
            [SettingNames.PoolSnapshotPrefix] = settings.DataPrefix,
            [SettingNames.PoolThresholds] = settings.PoolThresholds,
            // Every fetcher the mapping may run and the scheduler can call the API at once: each paces for all of them.
            [SettingNames.ApiCallers] = WorkQueueLimits.ApiCallers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var scheduler = AddScheduler(settings, environment, tokenSecret, workQueue, stateTable);
        GrantPoolSnapshotWrite(bucket, settings.DataPrefix, scheduler);
        var catalog = new LakeCatalog(this, "LakeCatalog", new LakeCatalogOptions
        {
            Bucket = bucket,
            ResultsBucket = settings.ExistingBucketName is null ? bucket : AddAthenaResultsBucket(),
            Prefix = settings.DataPrefix,
            DatabaseName = names.GlueDatabase,
            WorkGroupName = names.AthenaWorkGroup,
        });
        var fetcher = AddDeviceFetcher(settings, environment, tokenSecret, workQueue, deadLetterQueue, stateTable, stream);
        AddDailyRun(settings, scheduler);

        var alarms = new OperationsAlarms(this, "Alarms", new OperationsAlarmsOptions
        {
            DeadLetterQueue = deadLetterQueue,
            Scheduler = scheduler,
            DeviceFetcher = fetcher,
            DeliveryStreamName = stream.StreamName,
            DeliveryErrorLogGroup = stream.ErrorLogGroup,
            MetricsNamespace = MetricNames.Namespace,
            ServiceName = names.ServiceName,
            TopicDisplayName = names.AlarmTopicDisplayName,
            Email = settings.AlarmEmail,
        });

        AddOutputs(settings, bucket, workQueue, deadLetterQueue, scheduler, fetcher, tokenSecret, stream, stateTable, alarms);
        AddQueryOutputs(catalog);
    }

    private IBucket AddBucket(StackSettings settings)
    {
        if (settings.ExistingBucketName is { } name)
        {
            // Imported: the stack never modifies it; the Firehose role is granted on it by name.
            return Bucket.FromBucketName(this, "DataBucket", name);
        }

        // Versioned with no expiry of current data: the API keeps only 30 days, so a lost object is lost for good.
        return new Bucket(this, "DataBucket", new BucketProps
        {
            Encryption = BucketEncryption.S3_MANAGED,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            EnforceSSL = true,
            Versioned = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules =
            [
                new LifecycleRule
                {
                    Id = "tidy-versions-and-uploads",
                    NoncurrentVersionExpiration = Duration.Days(90),
                    AbortIncompleteMultipartUploadAfter = Duration.Days(7),
                },
                ExpireAthenaResults,
            ],
        });
    }

    // The imported lake bucket is never modified, so it cannot take the rule that expires Athena's results:
    // with an existing bucket they go to a small bucket of the stack's own, with the same rule.
    private Bucket AddAthenaResultsBucket() => new(this, "AthenaResultsBucket", new BucketProps
    {
        Encryption = BucketEncryption.S3_MANAGED,
        BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
        ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
        EnforceSSL = true,
        // Kept like the data bucket: CloudFormation cannot delete a bucket that still holds results.
        RemovalPolicy = RemovalPolicy.RETAIN,
        LifecycleRules = [ExpireAthenaResults],
    });

    private (Queue Work, Queue DeadLetter) AddQueues()
    {
        // Longer than the work queue's retention: a moved message keeps its original enqueue time.
        var deadLetter = new Queue(this, "DeadLetterQueue", new QueueProps
        {
            RetentionPeriod = Duration.Days(WorkQueueLimits.DeadLetterRetentionDays),
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
        });
        var work = new Queue(this, "WorkQueue", new QueueProps
        {
            // AWS's rule for queues feeding Lambda: at least 6 x the function timeout, so retries of a
            // throttled batch do not make a message visible again while it is still being processed.
            VisibilityTimeout = Duration.Seconds(6 * DeviceFetcherTimeoutSeconds),
            RetentionPeriod = Duration.Days(4),
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            DeadLetterQueue = new DeadLetterQueue { Queue = deadLetter, MaxReceiveCount = WorkQueueLimits.MaxReceiveCount },
        });
        return (work, deadLetter);
    }

    private Secret AddTokenSecret()
    {
        var secret = new Secret(this, "TokenSecret", new SecretProps
        {
            Description = "Ondilo OAuth token of the collected account: set by `ondilo-fanout login`, refreshed by the functions.",
        });

        // The L2 construct would generate a random value; an empty secret makes "not logged in yet" explicit
        // and keeps any value out of the template. CloudFormation creates an empty secret when both are omitted.
        ((CfnSecret)secret.Node.DefaultChild!).AddPropertyDeletionOverride("GenerateSecretString");
        return secret;
    }

    private Table AddStateTable() => new(this, "StateTable", new TableProps
    {
        PartitionKey = new DynamoAttribute { Name = "pk", Type = AttributeType.STRING },
        SortKey = new DynamoAttribute { Name = "sk", Type = AttributeType.STRING },
        BillingMode = BillingMode.PAY_PER_REQUEST,
        TimeToLiveAttribute = "ttl",
        PointInTimeRecovery = true,
        // The ledger is what makes re-runs and redrives cost no API calls: keep it with the data.
        RemovalPolicy = RemovalPolicy.RETAIN,
    });

    private Function AddScheduler(StackSettings settings, Dictionary<string, string> environment, Secret tokenSecret, Queue workQueue, Table stateTable)
    {
        var scheduler = new CollectorFunction(this, "Scheduler", new CollectorFunctionOptions
        {
            AssetPath = settings.PackagePath(SchedulerAssetFolder),
            Description = "Plans the device-days to collect and queues them (daily, or on demand: month, date, from/to).",
            MemoryMiB = FunctionMemoryMiB,
            TimeoutSeconds = SchedulerTimeoutSeconds,
            Environment = environment,
        }).Function;

        GrantTokenReadWrite(tokenSecret, scheduler);
        Allow(scheduler, ["sqs:SendMessage"], [workQueue.QueueArn]); // SendMessageBatch is authorised as SendMessage
        Allow(scheduler, StateTableActions, [stateTable.TableArn]);
        return scheduler;
    }

    private Function AddDeviceFetcher(
        StackSettings settings,
        Dictionary<string, string> environment,
        Secret tokenSecret,
        Queue workQueue,
        Queue deadLetterQueue,
        Table stateTable,
        DeliveryStream stream)
    {
        var fetcher = new CollectorFunction(this, "DeviceFetcher", new CollectorFunctionOptions
        {
            AssetPath = settings.PackagePath(DeviceFetcherAssetFolder),
            Description = "Fetches queued device-days from the Ondilo API into Firehose.",
            MemoryMiB = FunctionMemoryMiB,
            TimeoutSeconds = DeviceFetcherTimeoutSeconds,
            Environment = environment,
        }).Function;

        // A plain mapping rather than SqsEventSource, whose grant adds actions the poller never uses.
        _ = new EventSourceMapping(this, "WorkQueueMapping", new EventSourceMappingProps
        {
            Target = fetcher,
            EventSourceArn = workQueue.QueueArn,
            BatchSize = 10,
            ReportBatchItemFailures = true,
            MaxConcurrency = WorkQueueLimits.FetcherMaxConcurrency,
        });
        Allow(fetcher, QueueConsumerActions, [workQueue.QueueArn]);

        GrantTokenReadWrite(tokenSecret, fetcher);
        // Deferral re-sends to the work queue (the original is deleted by reporting success); poison goes to the DLQ at once.
        Allow(fetcher, ["sqs:SendMessage"], [workQueue.QueueArn, deadLetterQueue.QueueArn]);
        Allow(fetcher, StateTableActions, [stateTable.TableArn]);
        stream.GrantPutRecordBatch(fetcher);
        return fetcher;
    }

    private void AddDailyRun(StackSettings settings, Function scheduler) =>
        _ = new Rule(this, "DailyRun", new RuleProps
        {
            Description = "Collects yesterday (UTC) for every pool of the account.",
            Schedule = Schedule.Expression(settings.ScheduleExpression),
            // Retrying is safe: the ledger makes a second run skip what the first one queued and collected.
            Targets = [new LambdaFunction(scheduler, new LambdaFunctionProps { RetryAttempts = 3, MaxEventAge = Duration.Hours(6) })],
        });

    // The snapshots' folder only: the scheduler never touches the measures Firehose writes.
    private static void GrantPoolSnapshotWrite(IBucket bucket, string prefix, IGrantable scheduler) =>
        Allow(scheduler, ["s3:PutObject"], [bucket.ArnForObjects(prefix + LakeLayout.PoolSnapshotFolder + "*")]);

    // Read it, and write it back when a refresh rotates the refresh token.
    private static void GrantTokenReadWrite(Secret secret, IGrantable grantee) =>
        Allow(grantee, ["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"], [secret.SecretArn]);

    private static void Allow(IGrantable grantee, string[] actions, string[] resources) =>
        Grant.AddToPrincipal(new GrantOnPrincipalOptions { Grantee = grantee, Actions = actions, ResourceArns = resources });
}
