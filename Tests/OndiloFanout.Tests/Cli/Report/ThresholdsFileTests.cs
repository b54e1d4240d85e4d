using OndiloFanout.Cli.Report;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class ThresholdsFileTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteAsync(string json)
    {
        var path = _folder.Combine("thresholds.json");
        await File.WriteAllTextAsync(path, json, _ct);
        return path;
    }

    [Fact]
    public async Task LoadAsync_KeyedByPoolId_ConfigurationPerPool()
    {
        var path = await WriteAsync("""{"138":{"ph_low":7.2,"ph_high":7.6,"pool_guy_number":" 012 ","maintenance_day":2},"1704":{"orp_low":650,"orp_high":750}}""");

        var pools = await ThresholdsFile.LoadAsync(path, _ct);

        Assert.Equal(new ThresholdBand(7.2, 7.6), pools[138].BandFor("ph"));
        Assert.Null(pools[138].BandFor("orp"));
        Assert.Equal(new ThresholdBand(650, 750), pools[1704].BandFor("orp"));
    }

    [Theory]
    [InlineData("""{"ph_low":7.2,"ph_high":7.6}""", "keys must be Ondilo pool ids")]
    [InlineData("""[{"ph_low":7.2}]""", "object keyed by pool id")]
    [InlineData("""{"138":{"ph_low":7.2,""", "not valid JSON")]
    public async Task LoadAsync_WrongShape_RefusedSayingWhy(string json, string expected)
    {
        var path = await WriteAsync(json);

        var error = await Assert.ThrowsAsync<ReportInputException>(() => ThresholdsFile.LoadAsync(path, _ct));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_Refused()
    {
        await Assert.ThrowsAsync<ReportInputException>(() => ThresholdsFile.LoadAsync(_folder.Combine("missing.json"), _ct));
    }
}
