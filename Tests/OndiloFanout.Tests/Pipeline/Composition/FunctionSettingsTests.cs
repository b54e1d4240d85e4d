using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline.Composition;
using Xunit;

namespace OndiloFanout.Tests.Pipeline.Composition;

public sealed class FunctionSettingsTests
{
    private static readonly Dictionary<string, string> Complete = new()
    {
        [SettingNames.TokenSecretId] = "OndiloToken",
        [SettingNames.QueueUrl] = "https://sqs.eu-west-1.amazonaws.com/1/work",
        [SettingNames.DeadLetterQueueUrl] = "https://sqs.eu-west-1.amazonaws.com/1/dlq",
        [SettingNames.StateTableName] = "state",
        [SettingNames.DeliveryStreamName] = "stream",
    };

    private static Func<string, string?> Environment(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);

    private static Dictionary<string, string> Budget(string callsPerHour, string? measureTypes)
    {
        var values = new Dictionary<string, string>(Complete) { [SettingNames.CallsPerHour] = callsPerHour };
        if (measureTypes is not null)
        {
            values[SettingNames.MeasureTypes] = measureTypes;
        }

        return values;
    }

    [Fact]
    public void Read_Defaults_AreTheDocumentedOnes()
    {
        var settings = FunctionSettings.Read(Environment(Complete), needsDeliveryStream: true);

        Assert.Equal(new Uri("https://interop.ondilo.com"), settings.ApiBaseUrl);
        Assert.Equal(20, settings.CallsPerHour);
        Assert.Equal(7, settings.MeasureTypes.Count);
        Assert.Equal(3, settings.ApiCallers);
        Assert.Equal("stream", settings.DeliveryStreamName);
    }

    [Fact]
    public void Read_EveryProblem_IsReportedAtOnce()
    {
        var values = new Dictionary<string, string>(Complete) { [SettingNames.CallsPerHour] = "45", [SettingNames.MeasureTypes] = "ph,chlorine", [SettingNames.ApiBaseUrl] = "ftp://x" };
        values.Remove(SettingNames.QueueUrl);
        values.Remove(SettingNames.DeliveryStreamName);

        var error = Assert.Throws<InvalidSettingsException>(() => FunctionSettings.Read(Environment(values), needsDeliveryStream: true));

        foreach (var part in new[] { SettingNames.QueueUrl, SettingNames.DeliveryStreamName, "from 2 to 30", "chlorine", "not an http(s) URL" })
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_Scheduler_NeedsNoDeliveryStream()
    {
        var values = new Dictionary<string, string>(Complete);
        values.Remove(SettingNames.DeliveryStreamName);

        Assert.Null(FunctionSettings.Read(Environment(values), needsDeliveryStream: false).DeliveryStreamName);
    }

    [Theory]
    [InlineData("6", null)]
    [InlineData("1", null)]
    [InlineData("2", "temperature,ph")]
    public void Read_BudgetSmallerThanOneReadOfAPool_RefusedNamingTheMinimum(string callsPerHour, string? types)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => FunctionSettings.Read(Environment(Budget(callsPerHour, types)), needsDeliveryStream: true));

        Assert.Contains($"from {(types is null ? 7 : 3)} to 30", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7", null)]
    [InlineData("3", "temperature,ph")]
    public void Read_BudgetOfExactlyOneRead_Accepted(string callsPerHour, string? types)
    {
        var settings = FunctionSettings.Read(Environment(Budget(callsPerHour, types)), needsDeliveryStream: true);

        Assert.Equal(int.Parse(callsPerHour, System.Globalization.CultureInfo.InvariantCulture), settings.CallsPerHour);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("5", 5)]
    public void Read_ApiCallers_TakenFromTheStack(string value, int expected)
    {
        var values = new Dictionary<string, string>(Complete) { [SettingNames.ApiCallers] = value };

        Assert.Equal(expected, FunctionSettings.Read(Environment(values), needsDeliveryStream: true).ApiCallers);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("two")]
    public void Read_ApiCallersTheApiCannotServe_Refused(string value)
    {
        var values = new Dictionary<string, string>(Complete) { [SettingNames.ApiCallers] = value };

        var error = Assert.Throws<InvalidSettingsException>(() => FunctionSettings.Read(Environment(values), needsDeliveryStream: true));

        Assert.Contains(SettingNames.ApiCallers, error.Message, StringComparison.Ordinal);
    }
}
