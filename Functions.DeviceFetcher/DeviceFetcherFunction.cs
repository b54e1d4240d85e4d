using System.Globalization;
using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Pipeline;
using OndiloFanout.Pipeline.Fetcher;

namespace OndiloFanout.Functions.DeviceFetcher;

/// <summary>
/// The Lambda face of the fetcher: an SQS batch in, <c>batchItemFailures</c> out (only the messages to retry),
/// one log line per message and the batch's metrics.
/// </summary>
internal sealed class DeviceFetcherFunction(DeviceFetcherHandler handler, JsonLogger logger, EmfMetrics metrics)
{
    private readonly BatchProcessor<IncomingMessage, FetchResult> _processor = new(handler);

    public async Task<SQSBatchResponse> HandleAsync(SQSEvent sqsEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        var incoming = sqsEvent.Records.Select(r => IncomingMessage.Parse(r.MessageId, r.Body, ReceiveCount(r))).ToArray();
        var results = await _processor.ProcessAsync(incoming, cancellationToken);
        for (var i = 0; i < results.Count; i++)
        {
            Log(results[i], incoming[i].ReceiveCount);
        }

        metrics.AddMetric(MetricNames.RecordsCollected, results.Sum(r => r.Records));
        metrics.AddMetric(MetricNames.DeviceDaysCollected, results.Sum(r => r.DaysComplete));
        metrics.AddMetric(MetricNames.DeviceDaysPartial, results.Sum(r => r.DaysWritten - r.DaysComplete));
        metrics.AddMetric(MetricNames.DeviceDaysSkipped, results.Count(r => r.Outcome == FetchOutcome.Skipped));
        metrics.AddMetric(MetricNames.OndiloApiCalls, results.Sum(r => r.ApiCalls));
        metrics.AddMetric(MetricNames.QuotaDeferrals, results.Count(r => r.Outcome == FetchOutcome.Deferred));
        metrics.AddMetric(MetricNames.Retries, results.Count(r => r.Outcome == FetchOutcome.Retry));
        metrics.AddMetric(MetricNames.DeadLettered, results.Count(r => r.Outcome == FetchOutcome.DeadLettered));
        return new SQSBatchResponse
        {
            BatchItemFailures = results.Where(r => !r.LeavesQueue).Select(r => new SQSBatchResponse.BatchItemFailure { ItemIdentifier = r.MessageId }).ToArray(),
        };
    }

    private void Log(FetchResult result, int receiveCount)
    {
        var level = result.Outcome switch
        {
            FetchOutcome.DeadLettered => LogLevel.Error,
            // A revoked login never heals by itself: say so loudly at every attempt.
            FetchOutcome.Retry when result.Failure == Ondilo.OndiloFailure.LoginRequired => LogLevel.Error,
            FetchOutcome.Retry => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        logger.Log(
            level,
            $"Device-day {result.Outcome.ToString().ToLowerInvariant()}",
            (LogKeys.MessageId, result.MessageId),
            (LogKeys.PoolId, result.PoolId),
            (LogKeys.Day, result.Day),
            (LogKeys.RunId, result.RunId),
            (LogKeys.Outcome, result.Outcome.ToString()),
            (LogKeys.Reason, result.Reason),
            ("failure", result.Failure?.ToString()),
            ("receive_count", receiveCount),
            ("failed_attempts", result.Failures),
            ("days_written", result.DaysWritten),
            ("records", result.Records),
            ("api_calls", result.ApiCalls));
    }

    private static int ReceiveCount(SQSEvent.SQSMessage message) =>
        message.Attributes.TryGetValue("ApproximateReceiveCount", out var count) && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 1;
}
