using System.Text.Json.Serialization;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Rendering;

// Written only (the CLI's --json output), never read back.
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(Login.LoginResult))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
