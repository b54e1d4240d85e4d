using System.Text;
using CsCheck;
using OndiloFanout.Ondilo;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// Hostile API bodies (the documented examples cut short, with a byte changed, with a value of the wrong type
/// spliced in, or any bytes at all): the client's readers either read them or throw the <see cref="FormatException"/>
/// that the client reports as a bad response — never anything else.
/// </summary>
public sealed class ApiBodyPropertyTests
{
    public static TheoryData<string> Fixtures() => ["pools.json", "measures_temperature_day.json", "lastmeasures_temperature_orp.json", "pool_device.json", "user_info.json"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_MangledDocumentedBody_ReadsOrThrowsFormatException(string fixture)
    {
        var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ondilo", fixture));
        Func<byte[], object> read = fixture switch
        {
            "pools.json" => body => OndiloWireMapper.ReadPools(body),
            "pool_device.json" => body => OndiloWireMapper.ReadDevice(body),
            "user_info.json" => body => OndiloWireMapper.ReadUserInfo(body),
            _ => body => OndiloWireMapper.ReadMeasures(body),
        };
        Assert.NotNull(read(original));
        var mangled = Gen.OneOf(
            Gen.Int[0, original.Length - 1].Select(n => original[..n]),
            Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte).Select((i, b) => original.Select((x, j) => j == i ? b : x).ToArray()),
            Gen.Select(Gen.Int[0, original.Length - 1], ReliabilityGen.JsonValue).Select((i, v) => Splice(original, i, v)),
            Gen.Byte.Array[0, 64]);

        mangled.Sample(
            body =>
            {
                try
                {
                    read(body);
                }
                catch (FormatException ex)
                {
                    Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                }
            },
            iter: 1_000);
    }

    private static byte[] Splice(byte[] original, int at, string value) =>
        [.. original[..at], .. Encoding.UTF8.GetBytes(value), .. original[at..]];
}
