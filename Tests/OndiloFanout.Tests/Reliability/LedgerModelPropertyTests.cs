using CsCheck;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// Model-based: whatever windows were read before, at whatever time of day and upload lag, a month read once the
/// last day has settled leaves every day the history still holds whole in the lake exactly as the simulator measured
/// it — none missing, none twice — and no day is ever marked complete while it lacks a measure.
/// </summary>
public sealed class LedgerModelPropertyTests
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Gen<MeasurePeriod> Periods = Gen.OneOfConst(MeasurePeriod.Day, MeasurePeriod.Week, MeasurePeriod.Month);

    // Up to 10 s between the reads of two types: enough for a window to straddle a midnight or a measure.
    private static readonly Gen<TimeSpan> Paces = Gen.Int[0, 10_000].Select(ms => TimeSpan.FromMilliseconds(ms));

    private static readonly Gen<(int Seed, TimeSpan Lag, bool LagPerMeasure, ModelRead[] Reads, ModelRead Final)> Cases =
        from seed in Gen.Int[1, 10_000]
        from lag in Gen.Int[0, (int)LedgerModel.MaxLag.TotalSeconds].Select(s => TimeSpan.FromSeconds(s))
        from lagPerMeasure in Gen.Bool
        from start in Gen.Int[0, 3650].Select(d => Epoch.AddDays(d))
        from reads in Gen.Select(Gen.Int[0, 40 * 24 * 60], Periods, Paces).Array[0, 6]
        from finalDays in Gen.Int[1, 3]
        from finalTime in Gen.Int[(int)HistoryWindow.SettleTime.TotalMinutes, (24 * 60) - 1]
        from finalPace in Paces
        let ordered = reads.Select(r => new ModelRead(start.AddMinutes(r.Item1), r.Item2, r.Item3)).OrderBy(r => r.At).ToArray()
        let lastDay = UtcDay.Of(ordered.Length == 0 ? start : ordered[^1].At)
        select (seed, lag, lagPerMeasure, ordered, new ModelRead(UtcDay.Start(lastDay.AddDays(finalDays)).AddMinutes(finalTime), MeasurePeriod.Month, finalPace));

    [Fact]
    public void PlanWrites_AnyWindowReadsThenASettledMonthRead_EveryDayOfTheHistoryExactlyAsMeasured()
    {
        Cases.Sample(c =>
        {
            var model = new LedgerModel(c.Seed, c.Lag, c.LagPerMeasure);
            foreach (var read in c.Reads)
            {
                model.Read(read);
                Assert.Empty(model.Problems());
            }

            var final = model.Read(c.Final);

            Assert.Empty(model.Problems());
            Assert.Empty(model.Unsettled(final));
        }, iter: 500);
    }
}
