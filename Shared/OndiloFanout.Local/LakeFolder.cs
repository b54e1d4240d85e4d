using System.Text.Json;

namespace OndiloFanout.Local;

/// <summary>
/// The folder of a local data lake: measures under <c>deviceId=…</c>, pool snapshots under <c>pools/</c>, and the
/// pipeline's own files under <c>.ondilo-fanout/</c>: its state, and a marker of whether the data is real or
/// simulated, so that the two never end up in one lake.
/// </summary>
internal static class LakeFolder
{
    /// <summary>The pipeline's own folder inside the lake.</summary>
    public const string PipelineFolder = ".ondilo-fanout";

    private const string MarkerFile = "lake.json";

    // Simulated runs kept their token here before lakes had a marker: it still tells an older simulated lake apart.
    private const string LegacySimulatorToken = "simulator-token.json";

    /// <summary>
    /// Why <paramref name="path"/> cannot be a lake's folder (a file stands where it or a parent folder should be, or it
    /// cannot be created), or null when it can. Creates the folder when <paramref name="create"/>; never writes otherwise.
    /// </summary>
    public static string? Prepare(string path, bool create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        for (var folder = full; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return folder == full ? $"{path} is a file, not a folder" : $"{folder} is a file, so {path} cannot be a folder";
            }

            if (Directory.Exists(folder))
            {
                break;
            }
        }

        if (!create)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(full);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the folder {path} cannot be created ({ex.Message})";
        }
    }

    /// <summary>What the lake at <paramref name="path"/> holds, or null when it holds nothing of this pipeline yet.</summary>
    public static LakeKind? KindOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var pipeline = Path.Combine(Path.GetFullPath(path), PipelineFolder);
        var marker = Path.Combine(pipeline, MarkerFile);
        if (File.Exists(marker))
        {
            try
            {
                return JsonSerializer.Deserialize(File.ReadAllBytes(marker), LocalJsonContext.Default.StoredLakeMarker)?.Kind
                    ?? throw new InvalidDataException($"The lake marker {marker} holds null.");
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"The lake marker {marker} is not valid JSON: write {{\"kind\":\"Real\"}} or {{\"kind\":\"Simulated\"}} into it.", ex);
            }
        }

        if (File.Exists(Path.Combine(pipeline, LegacySimulatorToken)))
        {
            return LakeKind.Simulated;
        }

        return Directory.Exists(pipeline) || LocalLake.ListFiles(path).Count > 0 ? LakeKind.Real : null;
    }

    /// <summary>Records what the lake holds (its first run does; later runs have checked <see cref="KindOf"/> first).</summary>
    public static Task MarkAsync(string path, LakeKind kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var marker = Path.Combine(Path.GetFullPath(path), PipelineFolder, MarkerFile);
        return File.Exists(marker)
            ? Task.CompletedTask
            : AtomicFile.WriteAsync(marker, JsonSerializer.SerializeToUtf8Bytes(new StoredLakeMarker { Kind = kind }, LocalJsonContext.Default.StoredLakeMarker), ownerOnly: false, cancellationToken);
    }
}
