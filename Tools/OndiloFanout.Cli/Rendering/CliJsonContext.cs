using System.Text.Json.Serialization;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Rendering;

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(Login.LoginResult))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
