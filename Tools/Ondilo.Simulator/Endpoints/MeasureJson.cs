using System.Text.Json;

namespace Ondilo.Simulator.Endpoints;

/// <summary>The measure object: <c>{data_type, value, value_time, is_valid, exclusion_reason}</c>.</summary>
internal static class MeasureJson
{
    public static void Write(Utf8JsonWriter writer, SimulatedMeasure measure, string valueTime)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(measure);
        writer.WriteStartObject();
        writer.WriteString("data_type", measure.DataType);
        if (measure.Value is { } value)
        {
            writer.WriteNumber("value", value);
        }
        else
        {
            writer.WriteNull("value");
        }

        writer.WriteString("value_time", valueTime);
        writer.WriteBoolean("is_valid", measure.IsValid);
        if (measure.ExclusionReason is { } reason)
        {
            writer.WriteString("exclusion_reason", reason);
        }
        else
        {
            writer.WriteNull("exclusion_reason");
        }

        writer.WriteEndObject();
    }
}
