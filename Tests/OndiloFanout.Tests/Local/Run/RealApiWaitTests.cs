using System.Collections.Concurrent;
using Ondilo.Simulator;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.Simulator;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local.Run;

/// <summary>A run against a real API (here the simulator, as another Ondilo) waits for real, and says so.</summary>
public sealed class RealApiWaitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_BudgetSpentThisHour_SaysWhatItWaitsForAndUntilWhenThenCollects()
    {
        await using var api = await SimulatorHarness.StartAsync(new SimulatorOptions { Pools = 1, QuotaEnabled = false });
        using var folder = new LocalTempFolder();
        var lake = folder.Combine("lake");
        using (var state = new FileStateStore(Path.Combine(lake, ".ondilo-fanout", "state"), api.Time, 20))
        {
            // Another run on this machine spent the hour's budget.
            Assert.True((await state.TryTakeAsync(20, CancellationToken.None)).Granted);
        }

        var tokenFile = folder.Combine("token.json");
        await new FileTokenStore(tokenFile).SaveAsync(
            new OndiloToken { AccessToken = api.Token.AccessToken, RefreshToken = api.Token.RefreshToken, ExpiresAt = api.Time.GetUtcNow().AddHours(1), Scope = "api" },
            CancellationToken.None);
        var waits = new ConcurrentQueue<PipelineWait>();
        var options = new RunOptions { Payload = "{}", OutputDirectory = lake, ApiUrl = api.Host.BaseUri, TokenFile = tokenFile, MinimumCallInterval = TimeSpan.Zero };

        var run = new LocalPipeline(options, new SynchronousProgress<PipelineProgress>(p => Collect(waits, p)), api.Time).RunAsync(CancellationToken.None);
        await WaitForAsync(() => !waits.IsEmpty || run.IsCompleted);

        var wait = Assert.Single(waits);
        Assert.Equal("hourly budget spent", wait.What);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero), wait.Until);
        Assert.False(run.IsCompleted);
        api.Time.Advance(TimeSpan.FromMinutes(30));
        var summary = await run.WaitAsync(Patience);
        Assert.Equal(30, summary.DeviceDaysCollected);
    }

    private static void Collect(ConcurrentQueue<PipelineWait> waits, PipelineProgress progress)
    {
        if (progress.Waiting is { } wait)
        {
            waits.Enqueue(wait);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
