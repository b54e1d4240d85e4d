using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Local;

/// <summary>Reads the folder written by <see cref="LocalFolderSink"/>, skipping files still being written.</summary>
public static class LocalLake
{
    /// <summary>
    /// The lake's measure files (relative paths with '/', sorted): the <c>.jsonl</c> files under <c>deviceId=…</c> folders.
    /// The pool snapshots under <c>pools/</c>, the pipeline's own state folder, temp files and hidden files are left out.
    /// </summary>
    public static IReadOnlyList<string> ListFiles(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            return [];
        }

        return Directory.EnumerateDirectories(fullRoot, "deviceId=*")
            .SelectMany(device => Directory.EnumerateFiles(device, "*.jsonl", SearchOption.AllDirectories))
            .Where(IsDataFile)
            .Select(path => Path.GetRelativePath(fullRoot, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every record in the lake, file by file in path order.</summary>
    public static IEnumerable<MeasureRecord> ReadAll(string root) =>
        ListFiles(root).SelectMany(file => ReadFile(Path.Combine(Path.GetFullPath(root), file)));

    /// <summary>The records of one device-day.</summary>
    public static IEnumerable<MeasureRecord> ReadDay(string root, long poolId, DateOnly day)
    {
        var prefix = PartitionOf(poolId, day);
        return ListFiles(root)
            .Where(file => file.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(file => ReadFile(Path.Combine(Path.GetFullPath(root), file)));
    }

    /// <summary>Every pool snapshot line in the lake (<c>pools/snapshotdate=…/*.jsonl</c>), in path order.</summary>
    public static IEnumerable<PoolSnapshotRecord> ReadPoolSnapshots(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var folder = Path.Combine(Path.GetFullPath(root), LakeLayout.PoolSnapshotFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.jsonl", SearchOption.AllDirectories)
            .Where(IsDataFile)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => ReadLines(file, PoolSnapshotJsonContext.Default.PoolSnapshotRecord));
    }

    /// <summary>The lake path of a device-day, without root: <c>deviceId=12/year=2026/month=11/day=24/</c>.</summary>
    public static string PartitionOf(long poolId, DateOnly day) =>
        LakeLayout.PartitionPath(PartitionKey.DeviceIdOf(poolId), PartitionKey.YearOf(day), PartitionKey.MonthOf(day), PartitionKey.DayOf(day));

    private static bool IsDataFile(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.');
    }

    private static IEnumerable<MeasureRecord> ReadFile(string path) => ReadLines(path, MeasureRecordJsonContext.Default.MeasureRecord);

    private static IEnumerable<T> ReadLines<T>(string path, JsonTypeInfo<T> typeInfo)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            yield return JsonSerializer.Deserialize(line, typeInfo)
                ?? throw new InvalidDataException($"A line of {path} holds null instead of a record.");
        }
    }
}
