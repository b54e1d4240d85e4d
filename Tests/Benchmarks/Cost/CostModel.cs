using System.Globalization;

namespace OndiloFanout.Benchmarks.Cost;

/// <summary>
/// A month (30 daily runs) of the AWS stack for a number of pools, priced at <see cref="AwsPrices"/>. Usage comes from
/// the measured figures; what cannot be measured here is a stated assumption (comments and the report say which).
/// </summary>
public static class CostModel
{
    private const int Days = 30;
    private const int BatchSize = 10;
    // Lambda's SQS event source mapping long-polls even when the queue is idle: assume 5 pollers × one 20 s poll.
    private const double IdlePollsPerMonth = 5 * 3 * 60 * 24 * 30;

    public static IReadOnlyList<CostLine> Estimate(CostInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var pools = inputs.Pools;
        var deviceDays = (double)pools * Days;
        var deferrals = inputs.DeferralsPerDay * Days;
        // Deferred messages come back in batches like any other: one invocation per 10.
        var fetcherInvocations = (Math.Ceiling(pools / (double)BatchSize) + Math.Ceiling(inputs.DeferralsPerDay / BatchSize)) * Days;
        var gb = inputs.MemoryMb / 1024.0;
        var lambdaSeconds = (Days * inputs.SchedulerMs / 1000) + (fetcherInvocations * inputs.FetcherInitMs / 1000)
            + (deviceDays * inputs.FetcherPerPoolMs / 1000) + (deferrals * inputs.DeferralMs / 1000);
        var invocations = Days + fetcherInvocations;

        var sqsRequests = (Days * Math.Ceiling(pools / (double)BatchSize)) + deferrals + (2 * fetcherInvocations) + IdlePollsPerMonth;
        var billedBytes = deviceDays * Math.Ceiling(inputs.DeviceDayBytes / AwsPrices.FirehoseRoundingBytes) * AwsPrices.FirehoseRoundingBytes;
        var deliveredGb = deviceDays * inputs.DeviceDayBytes / 1e9;
        // One object per device-day: a day's records reach Firehose in one call and share a partition.
        var objects = deviceDays;
        // Per device-day: lease put, quota update, ledger put, lease release (writes); the fetcher's two ledger queries and
        // the scheduler's one (reads). Per deferral: a refused quota update and a ledger query.
        var wru = (deviceDays * 4) + Days + deferrals;
        var rru = (deviceDays * 3) + deferrals;
        // The token is read once per container start (priced as every invocation) and written at most once an hour.
        var secretCalls = invocations + (Days * 24);

        return
        [
            new("Lambda", F($"{invocations:N0} invocations ({deferrals:N0} deferred messages), {lambdaSeconds:N0} s at {inputs.MemoryMb} MB"), (lambdaSeconds * gb * AwsPrices.LambdaGbSecond) + (invocations * AwsPrices.LambdaRequest)),
            new("SQS", F($"{sqsRequests:N0} requests ({IdlePollsPerMonth:N0} of them idle long polls, assumed)"), sqsRequests * AwsPrices.SqsRequest),
            new("Firehose ingestion", F($"{deviceDays:N0} records of {inputs.DeviceDayBytes / 1024:N1} KB, billed {billedBytes / 1e9:N3} GB"), billedBytes / 1e9 * AwsPrices.FirehoseIngestionGb),
            new("Firehose dynamic partitioning", F($"{deliveredGb:N3} GB, {objects:N0} objects"), (deliveredGb * AwsPrices.PartitioningGb) + (objects * AwsPrices.PartitioningObject)),
            new("S3", F($"{objects:N0} PUTs; +{deliveredGb:N3} GB stored per month (priced: the first month's)"), (objects * AwsPrices.S3Put) + (deliveredGb * AwsPrices.S3GbMonth)),
            new("DynamoDB on-demand", F($"{wru:N0} WRU, {rru:N0} RRU"), (wru * AwsPrices.DynamoWru) + (rru * AwsPrices.DynamoRru)),
            new("Secrets Manager", F($"1 secret, {secretCalls:N0} calls"), AwsPrices.SecretMonth + (secretCalls * AwsPrices.SecretCall)),
        ];
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
