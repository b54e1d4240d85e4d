namespace Ondilo.Simulator.Data;

/// <summary>What the API can show of the ground truth at a moment: measures already uploaded by the ICO.</summary>
internal static class UploadedMeasures
{
    /// <summary>
    /// Measures with a measure time in (<paramref name="now"/> − <paramref name="span"/>, <paramref name="now"/>]
    /// that were uploaded by <paramref name="now"/>, ascending.
    /// </summary>
    public static IReadOnlyList<SimulatedMeasure> Window(SimulatedAccount account, SimulatedPool pool, string type, DateTimeOffset now, TimeSpan span)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(pool);
        var tick = TimeSpan.FromTicks(1);
        var from = now - span + tick;
        return account.Measures(pool.Id, type, from, now + tick)
            .Where(measure => measure.ValueTime + pool.UploadDelay <= now)
            .ToArray();
    }

    /// <summary>The latest uploaded measure of the type, or null when the pool does not report it.</summary>
    public static SimulatedMeasure? Latest(SimulatedAccount account, SimulatedPool pool, string type, DateTimeOffset now)
    {
        var day = Window(account, pool, type, now, TimeSpan.FromDays(1));
        return day.Count > 0 ? day[^1] : null;
    }
}
