using System.Globalization;
using System.Text.Json;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// One lake made by <c>ondilo-fanout run --simulate --simulate-pools 2 --month --pool-thresholds</c> (seed 1), shared by
/// a test class, with the simulator's ground truth of the same seed to check answers against.
/// </summary>
public sealed class QuerySimulatedLakeFixture : IAsyncLifetime, IDisposable
{
    private readonly LocalTempFolder _folder = new();

    internal string Lake => _folder.Combine("lake");

    internal SimulatedAccount Account { get; } = new(seed: 1, poolCount: 2);

    /// <summary>The scheduler's run time, read from its run id (<c>yyyyMMddTHHmmssZ-…</c>).</summary>
    internal DateTimeOffset RunAt { get; private set; }

    internal JsonElement Summary { get; private set; }

    public async Task InitializeAsync()
    {
        var (exitCode, machineOut, consoleOut) = await QueryCliRunner.RunAsync("run", "--simulate", "--simulate-pools", "2", "--month", "--pool-thresholds", "--out", Lake, "--json");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"run exited {exitCode}: {consoleOut}");
        }

        Summary = JsonDocument.Parse(machineOut).RootElement.Clone();
        RunAt = DateTimeOffset.ParseExact(Summary.GetProperty("runId").GetString()![..16], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}
