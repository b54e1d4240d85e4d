using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Status;

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(StatusReport))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
