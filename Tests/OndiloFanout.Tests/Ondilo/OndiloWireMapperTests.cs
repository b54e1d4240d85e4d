using OndiloFanout.Domain.Pools;
using OndiloFanout.Ondilo;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class OndiloWireMapperTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ondilo", name));

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("measures_temperature_day.json", 2)]
    [InlineData("lastmeasures_temperature_orp.json", 2)]
    public void ReadMeasures_DocExamples_ReadEveryMeasureInUtc(string fixture, int count)
    {
        var measures = OndiloWireMapper.ReadMeasures(Fixture(fixture));

        Assert.Equal(count, measures.Count);
        Assert.All(measures, m => Assert.Equal(TimeSpan.Zero, m.ValueTime.Offset));
        Assert.All(measures, m => Assert.True(m.IsValid));
    }

    [Fact]
    public void ReadMeasures_RealSpaceFormatNullsAndIntegers_Read()
    {
        var body = Utf8("""
            [{"data_type":"orp","value":null,"value_time":"2024-01-01 01:00:00","is_valid":false,"exclusion_reason":"calibration"},
             {"data_type":"orp","value":523,"value_time":"2024-01-01 02:00:00","is_valid":true,"exclusion_reason":null,"extra":{"x":[1]}},
             {"data_type":"ph","value":7.25e0,"value_time":"2024-01-01T03:00:00Z","is_valid":true}]
            """);

        var measures = OndiloWireMapper.ReadMeasures(body);

        Assert.Equal(new OndiloMeasure
        {
            DataType = "orp",
            Value = null,
            ValueTime = new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero),
            IsValid = false,
            ExclusionReason = "calibration",
        }, measures[0]);
        Assert.Equal(523.0, measures[1].Value);
        Assert.Equal(7.25, measures[2].Value);
    }

    [Fact]
    public void ReadMeasures_EmptyArray_Empty()
    {
        Assert.Empty(OndiloWireMapper.ReadMeasures(Utf8("[]")));
    }

    [Fact]
    public void ReadPools_DocExample_ReadsPool()
    {
        var pool = Assert.Single(OndiloWireMapper.ReadPools(Fixture("pools.json")));

        Assert.Equal((234L, "John's Pool", "chlorine"), (pool.Id, pool.Name, pool.DisinfectionPrimary));
    }

    [Fact]
    public void ReadPools_MinimalAndOddUpdatedAt_ReadsWithNulls()
    {
        var pool = Assert.Single(OndiloWireMapper.ReadPools(Utf8("""[{"id":7,"name":"P","updated_at":"garbage"}]""")));

        Assert.Equal(new OndiloPool { Id = 7, Name = "P" }, pool);
    }

    [Fact]
    public void ReadDevice_DocExample_ReadsDevice()
    {
        Assert.Equal("SN00001", OndiloWireMapper.ReadDevice(Fixture("pool_device.json")).SerialNumber);
    }

    [Fact]
    public void ReadUserInfo_DocExample_ReadsUser()
    {
        Assert.Equal("john@doe.org", OndiloWireMapper.ReadUserInfo(Fixture("user_info.json")).Email);
    }

    [Theory]
    [InlineData("pools.json")]
    [InlineData("pool_configuration.json")]
    [InlineData("pool_device.json")]
    [InlineData("pool_shares.json")]
    [InlineData("recommendations.json")]
    [InlineData("user_info.json")]
    [InlineData("user_units.json")]
    [InlineData("validate_recommendation.json")]
    public void ReadMeasures_OtherDocExamples_ThrowFormatException(string fixture)
    {
        Assert.Throws<FormatException>(() => OndiloWireMapper.ReadMeasures(Fixture(fixture)));
    }

    [Theory]
    [InlineData("[{\"name\":\"P\"}]")]
    [InlineData("[{\"id\":7}]")]
    [InlineData("[{\"id\":\"7\",\"name\":\"P\"}]")]
    [InlineData("{\"id\":7,\"name\":\"P\"}")]
    [InlineData("[{\"id\":7,\"name\":\"P\"}")]
    public void ReadPools_WrongShape_ThrowsFormatException(string body)
    {
        Assert.Throws<FormatException>(() => OndiloWireMapper.ReadPools(Utf8(body)));
    }

    [Theory]
    [InlineData("{\"uuid\":\"U\"}")]
    [InlineData("{\"serial_number\":\"S\"}")]
    [InlineData("[]")]
    [InlineData("null")]
    public void ReadDevice_WrongShape_ThrowsFormatException(string body)
    {
        Assert.Throws<FormatException>(() => OndiloWireMapper.ReadDevice(Utf8(body)));
    }

    [Fact]
    public void ReadMeasures_TruncatedAtEveryLength_ThrowsFormatException()
    {
        var full = Fixture("measures_temperature_day.json");
        var end = Array.LastIndexOf(full, (byte)']');

        for (var length = 0; length < end; length++)
        {
            Assert.Throws<FormatException>(() => OndiloWireMapper.ReadMeasures(full[..length]));
        }
    }
}
