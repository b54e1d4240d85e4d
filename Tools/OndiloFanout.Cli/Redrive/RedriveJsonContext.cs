using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Redrive;

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(RedriveReport))]
internal sealed partial class RedriveJsonContext : JsonSerializerContext;
