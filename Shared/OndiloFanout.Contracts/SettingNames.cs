namespace OndiloFanout.Contracts;

/// <summary>
/// The environment variables the functions read. The CDK stack sets them from these same constants,
/// so a rename cannot leave the two out of step.
/// </summary>
public static class SettingNames
{
    /// <summary>Secrets Manager secret id (name or ARN) holding the Ondilo token.</summary>
    public const string TokenSecretId = "ONDILO_TOKEN_SECRET_ID";
    /// <summary>URL of the device-day work queue.</summary>
    public const string QueueUrl = "WORK_QUEUE_URL";
    /// <summary>URL of the dead-letter queue (poison messages are sent there at once).</summary>
    public const string DeadLetterQueueUrl = "DEAD_LETTER_QUEUE_URL";
    /// <summary>Firehose delivery stream name.</summary>
    public const string DeliveryStreamName = "DELIVERY_STREAM_NAME";
    /// <summary>DynamoDB state table name (ledger, quota, leases).</summary>
    public const string StateTableName = "STATE_TABLE_NAME";
    /// <summary>Host root of the Ondilo API; default <c>https://interop.ondilo.com</c>.</summary>
    public const string ApiBaseUrl = "ONDILO_API_BASE_URL";
    /// <summary>Shared hourly budget of API calls; default 20 (the API allows 30, the phone app needs some).</summary>
    public const string CallsPerHour = "ONDILO_CALLS_PER_HOUR";
    /// <summary>
    /// How many processes may call the Ondilo API at once (the fetcher's MaximumConcurrency plus the scheduler), 1 to 5;
    /// each spaces its calls so that together they stay within the API's 5 per second. Default 3.
    /// </summary>
    public const string ApiCallers = "ONDILO_API_CALLERS";
    /// <summary>Comma-separated measure types to collect; default all of them (salt or TDS by pool).</summary>
    public const string MeasureTypes = "ONDILO_MEASURE_TYPES";
    /// <summary>Bucket for the scheduler's pool snapshots; unset means no snapshots.</summary>
    public const string PoolSnapshotBucket = "POOL_SNAPSHOT_BUCKET";
    /// <summary>The lake's key prefix (empty, or ending with '/'); snapshots go under <c>&lt;prefix&gt;pools/</c>.</summary>
    public const string PoolSnapshotPrefix = "POOL_SNAPSHOT_PREFIX";
    /// <summary><c>weekly</c> to read each pool's thresholds once a week (one API call per pool), <c>off</c> (default).</summary>
    public const string PoolThresholds = "ONDILO_POOL_THRESHOLDS";
    /// <summary>Powertools' service name, used in logs and metrics.</summary>
    public const string ServiceName = "POWERTOOLS_SERVICE_NAME";
    /// <summary>Powertools' metrics namespace.</summary>
    public const string MetricsNamespace = "POWERTOOLS_METRICS_NAMESPACE";
    /// <summary>Powertools' log level (falls back to <c>LOG_LEVEL</c>).</summary>
    public const string LogLevel = "POWERTOOLS_LOG_LEVEL";
    /// <summary>
    /// Test seam, never set by the stack: an ISO-8601 instant the process's clock starts at (then it ticks in real
    /// time), so that a test decides what "now" is for the functions it runs as processes.
    /// </summary>
    public const string ClockStart = "ONDILO_FANOUT_CLOCK_START";
}
