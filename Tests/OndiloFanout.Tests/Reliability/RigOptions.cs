using Ondilo.Simulator;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Local;

namespace OndiloFanout.Tests.Reliability;

/// <summary>How a <see cref="ReliabilityRig"/> is composed: the simulated account and its faults, the clock, the seams.</summary>
internal sealed record RigOptions
{
    /// <summary>A Tuesday afternoon, mid-hour: day and hour boundaries are away from the start unless a test asks.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 10, 14, 30, 0, TimeSpan.Zero);

    /// <summary>The simulated API; its quota is off by default (the rig paces calls as production does, so with it on
    /// only the hourly limit bites).</summary>
    public SimulatorOptions Simulator { get; init; } = new() { Pools = 2, QuotaEnabled = false };

    public DateTimeOffset Start { get; init; } = DefaultStart;

    /// <summary>The shared budget of the file state store (default generous: the simulator's quota is the subject).</summary>
    public int CallsPerHour { get; init; } = 10_000;

    public InProcessQueueOptions Queue { get; init; } = new();

    /// <summary>Longest wait for one Ondilo request (the product's default is 30 s; a timeout test wants it short).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Replaces or decorates the local lake sink; gets the rig's clock and the local sink.</summary>
    public Func<TimeProvider, IRecordSink, IRecordSink>? Sink { get; init; }

    /// <summary>Decorates the queue as the scheduler and the fetcher send to it (receiving stays on the in-process queue).</summary>
    public Func<IWorkQueue, IWorkQueue>? SendQueue { get; init; }
}
