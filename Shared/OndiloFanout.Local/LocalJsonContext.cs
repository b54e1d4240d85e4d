using System.Text.Json.Serialization;

namespace OndiloFanout.Local;

/// <summary>Source-generated JSON for the files of <see cref="FileStateStore"/>; statuses as names, indented for people reading them.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(StoredLedger))]
[JsonSerializable(typeof(StoredQuota))]
[JsonSerializable(typeof(StoredLeases))]
[JsonSerializable(typeof(StoredFailureStreaks))]
[JsonSerializable(typeof(StoredLakeMarker))]
internal sealed partial class LocalJsonContext : JsonSerializerContext;
