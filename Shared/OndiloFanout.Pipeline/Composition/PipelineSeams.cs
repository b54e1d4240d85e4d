using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// What differs between the pipelines — the functions on AWS, the CLI on one machine, the test rigs, the benchmarks:
/// the clock, the queue, the state, the sink, the token and the API's address. <see cref="PipelineComposer"/> builds the
/// rest from them alike.
/// </summary>
public sealed record PipelineSeams
{
    /// <summary>The clock of the handlers, the pacing, the token expiries and the retries.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>How the pacing and the scheduler's retries wait for an instant; null (default) waits on <see cref="Time"/>. A simulated clock jumps instead.</summary>
    public Func<DateTimeOffset, CancellationToken, Task>? WaitUntil { get; init; }

    public required IWorkQueue Queue { get; init; }

    /// <summary>The ledger, the shared budget, the pool leases and the failure streaks.</summary>
    public required IStateStore State { get; init; }

    /// <summary>Reads and writes the ledger instead of <see cref="State"/> (a dry run writes nothing); null (default) uses the state's.</summary>
    public IDayLedger? Ledger { get; init; }

    /// <summary>Counts the calls instead of <see cref="State"/> (a simulated run's own budget); null (default) uses the state's.</summary>
    public IQuotaBudget? Budget { get; init; }

    /// <summary>Where the fetcher writes; null (default) for a pipeline that only schedules.</summary>
    public IRecordSink? Sink { get; init; }

    public required ITokenStore Tokens { get; init; }

    /// <summary>One client for the pipeline's life (its timeout infinite: every call bounds its own).</summary>
    public required HttpClient Http { get; init; }

    /// <summary>The API's address and timeouts; default the real service's.</summary>
    public OndiloClientOptions Api { get; init; } = new();

    /// <summary>The least time between two API calls of this process; default <see cref="CallPacing.DefaultInterval"/>.</summary>
    public TimeSpan CallInterval { get; init; } = CallPacing.DefaultInterval;
}
