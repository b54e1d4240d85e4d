namespace OndiloFanout.Lambda.Logging;

/// <summary>The CloudWatch units <see cref="EmfMetrics"/> accepts (the EMF specification's list).</summary>
public static class MetricUnits
{
    public const string Count = "Count";
    public const string Milliseconds = "Milliseconds";
    public const string Seconds = "Seconds";
    public const string Bytes = "Bytes";
    public const string None = "None";

    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes",
        "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second",
        "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second",
        "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
    };

    /// <summary>Whether CloudWatch knows <paramref name="unit"/> (case-sensitive, as the specification says).</summary>
    public static bool IsValid(string unit) => All.Contains(unit);
}
