using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OndiloFanout.Integration.Tests.TestDoubles;

/// <summary>Free-form JSON bodies for the calls only a test makes (creating a delivery stream or a secret on moto).</summary>
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class MotoJsonContext : JsonSerializerContext;
