namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>What differs between the two functions of the collector.</summary>
internal sealed record CollectorFunctionOptions
{
    /// <summary>Folder holding the Native AOT <c>bootstrap</c> executable.</summary>
    public required string AssetPath { get; init; }
    /// <summary>Shown in the Lambda console.</summary>
    public required string Description { get; init; }
    /// <summary>Memory in MB (CPU scales with it).</summary>
    public required int MemoryMiB { get; init; }
    /// <summary>Function timeout in seconds.</summary>
    public required int TimeoutSeconds { get; init; }
    /// <summary>Environment variables, named by SettingNames.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }
}
