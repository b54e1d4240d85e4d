using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KinesisFirehose;
using Amazon.CDK.AWS.Logs;
using Constructs;
using OndiloFanout.Contracts;
using static Amazon.CDK.AWS.KinesisFirehose.CfnDeliveryStream;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>
/// A Direct PUT Firehose stream into the lake with dynamic partitioning: the fetcher packs a device-day's
/// records into few Firehose records (ingestion is billed per 5 KB step), Firehose splits them again
/// (RecordDeAggregation), reads the partition keys with JQ and writes
/// <c>&lt;prefix&gt;deviceId=…/year=…/month=…/day=…/</c>, one JSON object per line.
/// </summary>
internal sealed class DeliveryStream : Construct
{
    /// <summary>The partition keys are fields of every record (see MeasureRecord).</summary>
    public const string PartitionQuery = "{deviceId:.deviceId,year:.year,month:.month,day:.day}";

    /// <summary>Dynamic partitioning requires a buffer of at least 64 MiB.</summary>
    public const int BufferSizeMiB = 64;

    /// <summary>
    /// The lowest interval dynamic partitioning allows. A device-day arrives in one burst of a few hundred
    /// kilobytes, so a longer buffer would not merge more of it into one object; it would only keep each
    /// partition open longer, and a month backfill opens 30 per pool against the default limit of 500
    /// active partitions per stream (overflow goes to the error prefix as activePartitionExceeded).
    /// </summary>
    public const int BufferIntervalSeconds = 60;

    private const string LogStreamName = "DestinationDelivery";

    /// <summary>Creates the stream, its role (this bucket and prefix only) and its error log group.</summary>
    public DeliveryStream(Construct scope, string id, DeliveryStreamOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);

        var logGroup = new LogGroup(this, "Logs", new LogGroupProps { Retention = RetentionDays.THREE_MONTHS });
        ErrorLogGroup = logGroup;
        _ = new LogStream(this, "DeliveryLogStream", new LogStreamProps { LogGroup = logGroup, LogStreamName = LogStreamName });

        var role = new Role(this, "Role", new RoleProps
        {
            Description = "Lets Firehose write the Ondilo data lake prefix and log delivery errors.",
            // ExternalId = this account: no other account's stream can make Firehose assume this role.
            AssumedBy = new ServicePrincipal("firehose.amazonaws.com", new ServicePrincipalOpts
            {
                Conditions = new Dictionary<string, object>
                {
                    ["StringEquals"] = new Dictionary<string, object> { ["sts:ExternalId"] = Amazon.CDK.Aws.ACCOUNT_ID },
                },
            }),
        });
        // One policy of its own, so that the stream can wait for exactly it (below).
        var policy = new Policy(this, "Policy", new PolicyProps
        {
            Roles = [role],
            Statements =
            [
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],
                    Resources = [options.Bucket.BucketArn],
                }),
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["s3:AbortMultipartUpload", "s3:GetObject", "s3:PutObject"],
                    Resources = [options.Bucket.ArnForObjects(options.Prefix + "*")],
                }),
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["logs:CreateLogStream", "logs:PutLogEvents"],
                    Resources = [logGroup.LogGroupArn],
                }),
            ],
        });

        Resource = new CfnDeliveryStream(this, "Resource", new CfnDeliveryStreamProps
        {
            DeliveryStreamType = "DirectPut",
            DeliveryStreamEncryptionConfigurationInput = new DeliveryStreamEncryptionConfigurationInputProperty { KeyType = "AWS_OWNED_CMK" },
            ExtendedS3DestinationConfiguration = new ExtendedS3DestinationConfigurationProperty
            {
                BucketArn = options.Bucket.BucketArn,
                RoleArn = role.RoleArn,
                Prefix = options.Prefix + LakeLayout.PartitionPath(
                    "!{partitionKeyFromQuery:deviceId}", "!{partitionKeyFromQuery:year}", "!{partitionKeyFromQuery:month}", "!{partitionKeyFromQuery:day}"),
                ErrorOutputPrefix = options.Prefix
                    + "errors/!{firehose:error-output-type}/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/",
                BufferingHints = new BufferingHintsProperty { SizeInMBs = BufferSizeMiB, IntervalInSeconds = BufferIntervalSeconds },
                CompressionFormat = options.Compression == DeliveryCompression.Gzip ? "GZIP" : "UNCOMPRESSED",
                FileExtension = options.Compression == DeliveryCompression.Gzip ? ".jsonl.gz" : ".jsonl",
                CloudWatchLoggingOptions = new CloudWatchLoggingOptionsProperty
                {
                    Enabled = true,
                    LogGroupName = logGroup.LogGroupName,
                    LogStreamName = LogStreamName,
                },
                DynamicPartitioningConfiguration = new DynamicPartitioningConfigurationProperty
                {
                    Enabled = true,
                    RetryOptions = new RetryOptionsProperty { DurationInSeconds = 300 },
                },
                ProcessingConfiguration = new ProcessingConfigurationProperty
                {
                    Enabled = true,
                    Processors = new object[]
                    {
                        Processor("RecordDeAggregation", ("SubRecordType", "JSON")),
                        Processor("MetadataExtraction", ("MetadataExtractionQuery", PartitionQuery), ("JsonParsingEngine", "JQ-1.6")),
                        // Firehose reads "\n" (backslash, n) as a newline: JSON Lines.
                        Processor("AppendDelimiterToRecord", ("Delimiter", @"\n")),
                    },
                },
            },
        });

        // Firehose checks the role's permissions when the stream is created: the policy must exist first. (The role
        // itself needs no DependsOn: the stream's GetAtt of its ARN already orders them.)
        Resource.Node.AddDependency(policy);
    }

    /// <summary>The L1 stream resource.</summary>
    public CfnDeliveryStream Resource { get; }

    /// <summary>Where Firehose logs each record it could not process or deliver; it logs nothing else there.</summary>
    public ILogGroup ErrorLogGroup { get; }

    /// <summary>The stream name (CloudFormation generates it).</summary>
    public string StreamName => Resource.Ref;

    /// <summary>Allows <c>firehose:PutRecordBatch</c> on this stream only.</summary>
    public void GrantPutRecordBatch(IGrantable grantee) =>
        Grant.AddToPrincipal(new GrantOnPrincipalOptions
        {
            Grantee = grantee,
            Actions = ["firehose:PutRecordBatch"],
            ResourceArns = [Resource.AttrArn],
        });

    private static ProcessorProperty Processor(string type, params (string Name, string Value)[] parameters) => new()
    {
        Type = type,
        Parameters = parameters
            .Select(p => (object)new ProcessorParameterProperty { ParameterName = p.Name, ParameterValue = p.Value })
            .ToArray(),
    };
}
