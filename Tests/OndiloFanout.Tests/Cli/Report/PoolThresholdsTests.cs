using System.Text.Json;
using OndiloFanout.Cli.Report;
using Xunit;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class PoolThresholdsTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void FromConfiguration_DocExample_BandPerThresholdType()
    {
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ondilo", "pool_configuration.json"));

        var thresholds = PoolThresholds.FromConfiguration(Json(body));

        Assert.Equal(new ThresholdBand(10, 30), thresholds.BandFor("temperature"));
        Assert.Equal(new ThresholdBand(7.6, 8.5), thresholds.BandFor("ph"));
        Assert.Equal(new ThresholdBand(400, 900), thresholds.BandFor("orp"));
        Assert.Equal(new ThresholdBand(3000, 5000), thresholds.BandFor("salt"));
        Assert.Equal(new ThresholdBand(250, 2000), thresholds.BandFor("tds"));
        Assert.Null(thresholds.BandFor("battery"));
        Assert.Null(thresholds.BandFor("rssi"));
    }

    [Fact]
    public void FromConfiguration_MissingNullOrReversedPair_TypeLeftOut()
    {
        var thresholds = PoolThresholds.FromConfiguration(Json("""{"ph_low":7.2,"orp_low":null,"orp_high":700,"salt_low":5000,"salt_high":3000,"temperature_low":"10","temperature_high":30}"""));

        Assert.Empty(thresholds.Bands);
    }

    [Fact]
    public void FromConfiguration_NotAnObject_Refused()
    {
        Assert.Throws<ReportInputException>(() => PoolThresholds.FromConfiguration(Json("[1,2]")));
    }
}
