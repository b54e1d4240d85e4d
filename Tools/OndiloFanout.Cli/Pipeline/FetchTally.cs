using OndiloFanout.Functions.DeviceFetcher;

namespace OndiloFanout.Cli.Pipeline;

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
    }
}
