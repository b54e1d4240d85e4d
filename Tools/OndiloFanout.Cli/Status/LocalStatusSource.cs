using OndiloFanout.Domain.Collection;
using OndiloFanout.Local;

namespace OndiloFanout.Cli.Status;

/// <summary>Reads the state a local run keeps beside its lake (<c>&lt;out&gt;/.ondilo-fanout/state</c>).</summary>
internal static class LocalStatusSource
{
    public static async Task<StatusSnapshot> ReadAsync(string outputDirectory, TimeProvider time, int callsPerHour, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var stateDirectory = Path.Combine(outputDirectory, ".ondilo-fanout", "state");
        if (!Directory.Exists(stateDirectory))
        {
            throw new DirectoryNotFoundException($"{Path.GetFullPath(outputDirectory)} holds no collection state ({Path.Combine(".ondilo-fanout", "state")}).");
        }

        using var state = new FileStateStore(stateDirectory, time, callsPerHour);
        var ledger = new List<LedgerEntry>();
        foreach (var poolId in await state.ListPoolsAsync(cancellationToken))
        {
            ledger.AddRange((await state.GetAsync(poolId, DateOnly.MinValue, DateOnly.MaxValue, cancellationToken)).Values);
        }

        return new StatusSnapshot
        {
            Source = "local",
            Location = Path.GetFullPath(outputDirectory),
            Ledger = ledger,
            Quota = await state.GetUsageAsync(cancellationToken),
            DeadLetters = [],
        };
    }
}
