using System.Globalization;

namespace Ondilo.Simulator.Endpoints;

/// <summary>Writes timestamps in the API's two forms, choosing per pool for measures.</summary>
internal sealed class TimestampText
{
    private readonly SimulatorTimestampFormat format;

    public TimestampText(SimulatorTimestampFormat format) => this.format = format;

    /// <summary>A measure's <c>value_time</c> for the pool, in the configured format.</summary>
    public string MeasureTime(SimulatedPool pool, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var useOffset = format == SimulatorTimestampFormat.Offset
            || (format == SimulatorTimestampFormat.Mixed && pool.Index % 2 == 1);
        return useOffset ? WithOffset(time) : WithSpace(time);
    }

    /// <summary><c>2020-03-23T16:08:51+0000</c>: the documented form, also used by <c>updated_at</c>.</summary>
    public static string WithOffset(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    /// <summary><c>2024-01-01 01:00:00</c>: UTC without an offset, as real responses have sent since 2024.</summary>
    public static string WithSpace(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
