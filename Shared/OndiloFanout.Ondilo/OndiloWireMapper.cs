using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Turns API bodies into the public records by hand. Throws <see cref="FormatException"/> for malformed JSON,
/// a wrong shape or a missing required field; the client reports it as <see cref="OndiloFailure.BadResponse"/>.
/// </summary>
internal static class OndiloWireMapper
{
    public static IReadOnlyList<OndiloPool> ReadPools(byte[] body) =>
        Deserialize(body, OndiloJsonContext.Default.ListPoolDto).Select((dto, i) => dto is null
            ? throw new FormatException($"pool [{i}] is null")
            : new OndiloPool
            {
                Id = dto.Id ?? throw new FormatException($"pool [{i}] has no id"),
                Name = dto.Name ?? throw new FormatException($"pool [{i}] has no name"),
                Type = dto.Type,
                DisinfectionPrimary = dto.Disinfection?.Primary,
                // Only shown to people: an odd updated_at must not stop the collection.
                UpdatedAt = OndiloTimestamp.TryParse(dto.UpdatedAt, out var at) ? at : null,
            }).ToArray();

    public static OndiloDevice ReadDevice(byte[] body)
    {
        var dto = Deserialize(body, OndiloJsonContext.Default.DeviceDto);
        return new OndiloDevice
        {
            Uuid = dto.Uuid ?? throw new FormatException("the device has no uuid"),
            SerialNumber = dto.SerialNumber ?? throw new FormatException("the device has no serial_number"),
            SwVersion = dto.SwVersion,
        };
    }

    public static OndiloPoolConfiguration ReadConfiguration(byte[] body)
    {
        var dto = Deserialize(body, OndiloJsonContext.Default.PoolConfigurationDto);
        return new OndiloPoolConfiguration
        {
            TemperatureLow = dto.TemperatureLow,
            TemperatureHigh = dto.TemperatureHigh,
            PhLow = dto.PhLow,
            PhHigh = dto.PhHigh,
            OrpLow = dto.OrpLow,
            OrpHigh = dto.OrpHigh,
            SaltLow = dto.SaltLow,
            SaltHigh = dto.SaltHigh,
            TdsLow = dto.TdsLow,
            TdsHigh = dto.TdsHigh,
        };
    }

    public static IReadOnlyList<OndiloMeasure> ReadMeasures(byte[] body) =>
        Deserialize(body, OndiloJsonContext.Default.ListMeasureDto).Select((dto, i) => dto is null
            ? throw new FormatException($"measure [{i}] is null")
            : new OndiloMeasure
            {
                DataType = dto.DataType ?? throw new FormatException($"measure [{i}] has no data_type"),
                Value = dto.Value,
                ValueTime = OndiloTimestamp.TryParse(dto.ValueTime, out var at)
                    ? at
                    : throw new FormatException($"measure [{i}] has no readable value_time"),
                IsValid = dto.IsValid ?? throw new FormatException($"measure [{i}] has no is_valid"),
                ExclusionReason = dto.ExclusionReason,
            }).ToArray();

    public static OndiloUserInfo ReadUserInfo(byte[] body)
    {
        var dto = Deserialize(body, OndiloJsonContext.Default.UserInfoDto);
        return new OndiloUserInfo { Lastname = dto.Lastname, Firstname = dto.Firstname, Email = dto.Email };
    }

    private static T Deserialize<T>(byte[] body, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo) ?? throw new FormatException("the body is JSON null");
        }
        catch (JsonException ex)
        {
            // An API body holds no secret, and the parser's message names the JSON path of the problem.
            throw new FormatException(ex.Message, ex);
        }
    }
}
