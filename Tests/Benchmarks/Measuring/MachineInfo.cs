using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace OndiloFanout.Benchmarks.Measuring;

/// <summary>The machine the figures were measured on.</summary>
public sealed record MachineInfo
{
    public required int Cores { get; init; }
    public required string CpuModel { get; init; }
    public required double MemoryGiB { get; init; }
    public required string OperatingSystem { get; init; }
    public required string DotnetSdk { get; init; }
    public required string Runtime { get; init; }
    /// <summary>The 1/5/15-minute load averages when the run started (the machine is shared).</summary>
    public required string LoadAverage { get; init; }

    public static async Task<MachineInfo> ReadAsync(CancellationToken cancellationToken) => new()
    {
        Cores = Environment.ProcessorCount,
        CpuModel = ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemoryGiB = MemoryKilobytes() / 1024.0 / 1024.0,
        OperatingSystem = OsRelease() ?? RuntimeInformation.OSDescription,
        DotnetSdk = await DotnetSdkAsync(cancellationToken),
        Runtime = RuntimeInformation.FrameworkDescription,
        LoadAverage = ReadLoadAverage(),
    };

    /// <summary>The 1/5/15-minute load averages now, or "n/a".</summary>
    public static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? ProcLine(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;

    private static double MemoryKilobytes() =>
        ProcLine("/proc/meminfo", "MemTotal") is { } total
            ? double.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture)
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0;

    private static string? OsRelease() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").Where(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)).Select(l => l["PRETTY_NAME=".Length..].Trim('"') + $" (kernel {Environment.OSVersion.Version})").FirstOrDefault()
            : null;

    private static async Task<string> DotnetSdkAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var version = (await process.StandardOutput.ReadToEndAsync(cancellationToken)).Trim();
        await process.WaitForExitAsync(cancellationToken);
        return version;
    }
}
