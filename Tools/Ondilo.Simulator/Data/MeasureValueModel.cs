namespace Ondilo.Simulator.Data;

/// <summary>
/// The value of one measure as a pure function of (seed, pool, type, hour): realistic ranges, slow drifts,
/// a daily temperature cycle, about 1 % null values and 1 % measures flagged invalid.
/// </summary>
internal sealed class MeasureValueModel
{
    private const double HoursPerDay = 24;
    private static readonly string[] ExclusionReasons = ["out_of_range", "sensor_out_of_water", "calibration_pending"];

    private readonly int seed;

    public MeasureValueModel(int seed) => this.seed = seed;

    public SimulatedMeasure Create(SimulatedPool pool, string type, long hour, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var typeSalt = (MeasureTypes.IndexOf(type) + 1) * 100L;
        double Hourly(long salt) => DeterministicNoise.Unit(seed, pool.Id, hour, typeSalt + salt);
        double PerPool(long salt) => DeterministicNoise.Unit(seed, pool.Id, long.MinValue, typeSalt + salt);

        var value = Hourly(1) < 0.01 ? (double?)null : Value(type, hour, time, Hourly(3) - 0.5, PerPool);
        var isValid = Hourly(2) >= 0.01;
        var reason = isValid ? null : ExclusionReasons[(int)(Hourly(4) * ExclusionReasons.Length)];
        return new SimulatedMeasure(type, value, time, isValid, reason);
    }

    private static double Value(string type, long hour, DateTimeOffset time, double noise, Func<long, double> perPool)
    {
        var days = hour / HoursPerDay;
        var phase = perPool(20) * 2 * Math.PI;
        return type switch
        {
            MeasureTypes.Temperature => Temperature(time, days, noise, perPool(10), phase),
            MeasureTypes.Ph => Round(7.3 + ((perPool(10) - 0.5) * 0.4) + (0.15 * Wave(days, 5, phase)) + (noise * 0.1), 6.8, 7.8, 2),
            MeasureTypes.Orp => Round(675 + ((perPool(10) - 0.5) * 100) + (40 * Wave(days, 3, phase)) + (noise * 30), 550, 800, 0),
            MeasureTypes.Salt => Round(3600 + ((perPool(10) - 0.5) * 800) + (150 * Wave(days, 10, phase)) + (noise * 60), 2800, 4500, 0),
            MeasureTypes.Tds => Round(900 + ((perPool(10) - 0.5) * 800) + (100 * Wave(days, 10, phase)) + (noise * 60), 300, 1500, 0),
            MeasureTypes.Battery => Battery(days, perPool(10)),
            MeasureTypes.Rssi => Round(65 + ((perPool(10) - 0.5) * 20) + (noise * 20), 40, 90, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown measure type."),
        };
    }

    private static double Temperature(DateTimeOffset time, double days, double noise, double poolLevel, double phase)
    {
        // Warmest mid-afternoon UTC, coldest before dawn, plus a slow weather drift.
        var hourOfDay = time.UtcDateTime.TimeOfDay.TotalHours;
        var daily = 2.5 * Math.Cos(2 * Math.PI * (hourOfDay - 15) / HoursPerDay);
        return Round(23 + (poolLevel * 3) + daily + Wave(days, 9, phase) + (noise * 0.4), 18, 30, 1);
    }

    private static double Battery(double days, double poolPhase)
    {
        // Discharges from 100 % to 20 % over 120 days, then is recharged.
        const double CycleDays = 120;
        var position = (((days + (poolPhase * CycleDays)) % CycleDays) + CycleDays) % CycleDays;
        return Round(100 - (position * 80 / CycleDays), 20, 100, 0);
    }

    private static double Wave(double days, double periodDays, double phase) => Math.Sin((2 * Math.PI * days / periodDays) + phase);

    private static double Round(double value, double min, double max, int decimals) =>
        Math.Round(Math.Clamp(value, min, max), decimals, MidpointRounding.AwayFromZero);
}
