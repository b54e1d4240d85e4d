using System.Text.Json.Serialization;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Source-generated JSON for strings embedded in scripted AWS answers.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class AwsTestJsonContext : JsonSerializerContext;
