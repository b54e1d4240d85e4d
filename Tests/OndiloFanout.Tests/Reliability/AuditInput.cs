using Ondilo.Simulator;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Local;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Tests.Reliability;

/// <summary>What a run left behind, to be judged against the simulator's ground truth.</summary>
internal sealed record AuditInput
{
    public required SimulatedAccount Account { get; init; }
    public required SchedulerSummary Plan { get; init; }
    /// <summary>When the plan was made: the days it refused as beyond the API's history are judged at this instant.</summary>
    public required DateTimeOffset PlannedAt { get; init; }
    public required IDayLedger Ledger { get; init; }
    public required IReadOnlyList<MeasureRecord> Lake { get; init; }
    public required IReadOnlyList<DeadLetter> DeadLetters { get; init; }
    /// <summary>A fetcher killed between the sink write and the ledger mark rewrites that day: identical copies allowed.</summary>
    public bool CrashWindowAllowed { get; init; }
}
