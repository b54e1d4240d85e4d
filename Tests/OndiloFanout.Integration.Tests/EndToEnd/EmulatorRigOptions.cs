using Ondilo.Simulator;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>How an <see cref="EmulatorRig"/> is composed: the simulated account and its faults, Firehose's, the seams.</summary>
internal sealed record EmulatorRigOptions
{
    /// <summary>Two pools; the simulator's quota stays on, and the rig paces calls as production does.</summary>
    public SimulatorOptions Simulator { get; init; } = new() { Pools = 2 };

    /// <summary>Mid-morning UTC: yesterday has settled, and no hour or day boundary is near.</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The work queue's redrive policy (the stack's is 5); failures cost a real visibility timeout each.</summary>
    public int MaxReceiveCount { get; init; } = 5;

    public ReliabilityFirehoseFaults Firehose { get; init; } = new();

    /// <summary>Decorates the Firehose sink the fetcher writes to.</summary>
    public Func<IRecordSink, IRecordSink>? Sink { get; init; }

    /// <summary>Decorates the SQS queue as the scheduler and the fetcher send to it.</summary>
    public Func<IWorkQueue, IWorkQueue>? SendQueue { get; init; }
}
