using System.Text.Json.Serialization;

namespace OndiloFanout.Ondilo;

/// <summary>Source-generated JSON for the Ondilo API's answers (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(List<PoolDto>))]
[JsonSerializable(typeof(DeviceDto))]
[JsonSerializable(typeof(PoolConfigurationDto))]
[JsonSerializable(typeof(List<MeasureDto>))]
[JsonSerializable(typeof(UserInfoDto))]
internal sealed partial class OndiloJsonContext : JsonSerializerContext;
