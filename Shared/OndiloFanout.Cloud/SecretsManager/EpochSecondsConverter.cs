using System.Text.Json;
using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>The AWS JSON protocol's timestamp: a number of seconds since 1970 (possibly fractional), as UTC.</summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTime?>
{
    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? null
            : DateTime.UnixEpoch.AddMilliseconds(Math.Round(reader.GetDouble() * 1000));

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteNumberValue((date.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
