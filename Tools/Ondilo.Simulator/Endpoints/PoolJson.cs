using System.Text.Json;

namespace Ondilo.Simulator.Endpoints;

/// <summary>The pool objects of <c>/pools</c>, <c>/device</c> and <c>/configuration</c>, shaped as in the docs.</summary>
internal static class PoolJson
{
    public static void WritePool(Utf8JsonWriter writer, SimulatedPool pool)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(pool);
        writer.WriteStartObject();
        writer.WriteNumber("id", pool.Id);
        writer.WriteString("name", pool.Name);
        writer.WriteString("type", pool.Type);
        writer.WriteNumber("volume", pool.Volume);
        writer.WriteStartObject("disinfection");
        writer.WriteString("primary", pool.DisinfectionPrimary);
        writer.WriteStartObject("secondary");
        writer.WriteBoolean("uv_sanitizer", pool.UvSanitizer);
        writer.WriteBoolean("ozonator", pool.Ozonator);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("address");
        writer.WriteString("street", pool.Street);
        writer.WriteString("zipcode", pool.Zipcode);
        writer.WriteString("city", pool.City);
        writer.WriteString("country", pool.Country);
        writer.WriteNumber("latitude", pool.Latitude);
        writer.WriteNumber("longitude", pool.Longitude);
        writer.WriteEndObject();
        writer.WriteString("updated_at", TimestampText.WithOffset(pool.UpdatedAt));
        writer.WriteEndObject();
    }

    public static void WriteDevice(Utf8JsonWriter writer, SimulatedPool pool)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(pool);
        writer.WriteStartObject();
        writer.WriteString("uuid", pool.Uuid);
        writer.WriteString("serial_number", pool.SerialNumber);
        writer.WriteString("sw_version", pool.SoftwareVersion);
        writer.WriteEndObject();
    }

    /// <summary>The documented thresholds (the same for every pool: the simulator never alerts).</summary>
    public static void WriteConfiguration(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("temperature_low", 10);
        writer.WriteNumber("temperature_high", 30);
        writer.WriteNumber("ph_low", 7.6);
        writer.WriteNumber("ph_high", 8.5);
        writer.WriteNumber("orp_low", 400);
        writer.WriteNumber("orp_high", 900);
        writer.WriteNumber("salt_low", 3000);
        writer.WriteNumber("salt_high", 5000);
        writer.WriteNumber("tds_low", 250);
        writer.WriteNumber("tds_high", 2000);
        writer.WriteString("pool_guy_number", " 0123456789 ");
        writer.WriteNumber("maintenance_day", 2);
        writer.WriteEndObject();
    }
}
