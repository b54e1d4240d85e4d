using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Pipeline;

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(Login.LoginResult))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
