using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Fetcher;

namespace OndiloFanout.Local.Run;

/// <summary>Adds up the fetcher's results over a run.</summary>
internal sealed class FetchTally
{
    public int Handled { get; private set; }
    public int DaysWritten { get; private set; }
    public int DaysPartial { get; private set; }
    public int Records { get; private set; }
    public int Skipped { get; private set; }
    public int Deferrals { get; private set; }
    public int Retries { get; private set; }

    /// <summary>Why the latest message was put off (deferred or to be retried), for the notice of a wait; null before any was.</summary>
    public string? LastPutOffReason { get; private set; }

    public void Add(FetchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Handled++;
        DaysWritten += result.DaysWritten;
        DaysPartial += result.DaysWritten - result.DaysComplete;
        Records += result.Records;
        Skipped += result.Outcome == FetchOutcome.Skipped ? 1 : 0;
        Deferrals += result.Outcome == FetchOutcome.Deferred ? 1 : 0;
        Retries += result.Outcome == FetchOutcome.Retry ? 1 : 0;
        if (result.Outcome is FetchOutcome.Deferred or FetchOutcome.Retry)
        {
            LastPutOffReason = result.Failure == OndiloFailure.QuotaExhausted
                ? "hourly budget spent"
                : result.Outcome == FetchOutcome.Retry ? $"retrying after a failure ({result.Reason})" : result.Reason;
        }
    }
}
