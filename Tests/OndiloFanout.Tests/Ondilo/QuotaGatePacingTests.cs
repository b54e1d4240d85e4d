using CsCheck;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

/// <summary>
/// The gate's promises about time, on fake clocks: the stack's processes together stay within the API's 5 calls per
/// second, and every call is charged to the hour it runs in.
/// </summary>
public sealed class QuotaGatePacingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 20, 0, TimeSpan.Zero);

    /// <summary>One process: its own clock (processes share no clock, only real time) and a gate paced as deployed.</summary>
    private sealed class Process
    {
        public Process(TimeSpan offset)
        {
            Clock = new FakeTimeProvider(Start + offset);
            Budget = new InMemoryQuotaBudget(Clock, 100_000);
            // Waiting for a slot moves this process's clock to it, as real waiting would.
            Gate = new QuotaGate(Budget, Clock, CallPacing.DefaultInterval, (slot, _) =>
            {
                if (slot > Clock.GetUtcNow())
                {
                    Clock.SetUtcNow(slot);
                }

                return Task.CompletedTask;
            });
        }

        public FakeTimeProvider Clock { get; }

        public InMemoryQuotaBudget Budget { get; }

        public QuotaGate Gate { get; }

        public List<DateTimeOffset> Calls { get; } = [];

        public async Task CallAsync()
        {
            await Gate.BeforeCallAsync("/pools/1/measures", CancellationToken.None);
            Calls.Add(Clock.GetUtcNow());
        }
    }

    [Fact]
    public void BeforeCallAsync_EveryProcessTheStackRunsCallingAsFastAsItCan_NeverMoreThanFiveCallsInAnySecond()
    {
        // Each process starts anywhere within a second of the others and asks for its next call after any pause.
        var gen = Gen.Select(
            Gen.Int[0, 999].Array[CallPacing.DeployedCallers],
            Gen.Int[0, 2_000].Array[12].Array[CallPacing.DeployedCallers]);
        gen.Sample((offsets, pauses) =>
        {
            var processes = offsets.Select(ms => new Process(TimeSpan.FromMilliseconds(ms))).ToArray();
            for (var p = 0; p < processes.Length; p++)
            {
                foreach (var pause in pauses[p])
                {
                    processes[p].Clock.Advance(TimeSpan.FromMilliseconds(pause % 3 == 0 ? 0 : pause));
                    processes[p].CallAsync().GetAwaiter().GetResult();
                }
            }

            var calls = processes.SelectMany(p => p.Calls).Order().ToArray();
            var busiest = calls.Max(at => calls.Count(other => other >= at && other < at.AddSeconds(1)));
            Assert.True(busiest <= CallPacing.ApiCallsPerSecond, $"{busiest} calls within one second");
        });
    }

    [Fact]
    public async Task ReserveAsync_AtTheHoursLastSecond_ChargedToTheNextHourWhereItsCallsRun()
    {
        var process = new Process(TimeSpan.FromMinutes(39) + TimeSpan.FromSeconds(59));

        Assert.True((await process.Gate.ReserveAsync(6, CancellationToken.None)).Granted);
        for (var i = 0; i < 6; i++)
        {
            await process.CallAsync();
        }

        var nextHour = new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero);
        Assert.All(process.Calls, at => Assert.True(at >= nextHour, $"a call at {at:HH:mm:ss.fff}"));
        Assert.Equal((0, 6), (process.Budget.UsedIn(nextHour.AddHours(-1)), process.Budget.UsedIn(nextHour)));
    }

    [Fact]
    public void BeforeCallAsync_ReservationsAtAnyTimeWithSlowAnswers_EveryHourChargedForTheCallsItHoldsAndNoneInItsLastSeconds()
    {
        var gen = Gen.Select(Gen.Int[0, 3_599_999], Gen.Int[1, 7], Gen.Int[0, 20_000].Array[7]);
        gen.Sample((startMs, reserved, answerMs) =>
        {
            var process = new Process(TimeSpan.FromMilliseconds(startMs) - TimeSpan.FromMinutes(20));
            process.Gate.ReserveAsync(reserved, CancellationToken.None).GetAwaiter().GetResult();
            for (var i = 0; i < reserved; i++)
            {
                process.CallAsync().GetAwaiter().GetResult();
                process.Clock.Advance(TimeSpan.FromMilliseconds(answerMs[i]));
            }

            foreach (var hour in process.Calls.GroupBy(QuotaWindow.HourStart))
            {
                Assert.True(process.Budget.UsedIn(hour.Key) >= hour.Count(), $"{hour.Count()} calls in the hour of {hour.Key:HH:mm}, charged {process.Budget.UsedIn(hour.Key)}");
            }

            Assert.All(process.Calls, at => Assert.True(at < QuotaWindow.NextHour(at) - QuotaWindow.EndMargin, $"a call at {at:HH:mm:ss.fff}"));
        });
    }
}
