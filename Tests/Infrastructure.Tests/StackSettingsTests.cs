namespace OndiloFanout.Infrastructure.Tests;

/// <summary>Reading and validating the context, without synthesizing.</summary>
public sealed class StackSettingsTests
{
    [Fact]
    public void FromContext_Empty_UsesTheDefaults()
    {
        var settings = CreateSut([]);

        Assert.Equal("OndiloFanout", settings.StackName);
        Assert.Equal("artifacts/lambda", settings.LambdaAssetsPath);
        Assert.Null(settings.ExistingBucketName);
        Assert.Equal("", settings.DataPrefix);
        Assert.Equal(DeliveryCompression.None, settings.Compression);
        Assert.Equal(20, settings.CallsPerHour);
        Assert.Equal("cron(30 2 * * ? *)", settings.ScheduleExpression);
        Assert.Null(settings.AlarmEmail);
        Assert.Equal("Information", settings.LogLevel);
        Assert.Equal("off", settings.PoolThresholds);
    }

    [Theory]
    [InlineData("lake", "lake/")]
    [InlineData("lake/", "lake/")]
    [InlineData("/lake/ondilo", "lake/ondilo/")]
    [InlineData("  ", "")]
    [InlineData("/", "")]
    public void FromContext_Prefix_IsNormalisedToEndWithSlash(string value, string expected)
    {
        Assert.Equal(expected, CreateSut(new() { ["s3prefix"] = value }).DataPrefix);
    }

    [Fact]
    public void FromContext_AllValuesSet_ReadsEachOne()
    {
        var settings = CreateSut(new()
        {
            ["stackName"] = "OndiloFanout-Staging2",
            ["lambdaAssets"] = "out/lambda",
            ["s3bucketname"] = "my.lake-1",
            ["compression"] = "GZIP",
            ["callsPerHour"] = "30",
            ["scheduleCron"] = "rate(1 day)",
            ["email"] = "me@example.org",
            ["logLevel"] = "warning",
            ["poolThresholds"] = "Weekly",
        });

        Assert.Equal("OndiloFanout-Staging2", settings.StackName);
        Assert.Equal("out/lambda", settings.LambdaAssetsPath);
        Assert.Equal("my.lake-1", settings.ExistingBucketName);
        Assert.Equal(DeliveryCompression.Gzip, settings.Compression);
        Assert.Equal(30, settings.CallsPerHour);
        Assert.Equal("rate(1 day)", settings.ScheduleExpression);
        Assert.Equal("me@example.org", settings.AlarmEmail);
        Assert.Equal("Warning", settings.LogLevel);
        Assert.Equal("weekly", settings.PoolThresholds);
    }

    [Theory]
    [InlineData("stackName", "2ndLake")]
    [InlineData("stackName", "ondilo_fanout")]
    [InlineData("stackName", "Ondilo Fanout")]
    [InlineData("s3bucketname", "My_Bucket")]
    [InlineData("s3bucketname", "ab")]
    [InlineData("s3prefix", "lake/!{x}")]
    [InlineData("s3prefix", "a//b")]
    [InlineData("compression", "zip")]
    [InlineData("callsPerHour", "0")]
    [InlineData("callsPerHour", "31")]
    [InlineData("callsPerHour", "twenty")]
    [InlineData("callsPerHour", "-5")]
    [InlineData("scheduleCron", "30 2 * * *")]
    [InlineData("email", "not-an-address")]
    [InlineData("logLevel", "verbose")]
    [InlineData("poolThresholds", "daily")]
    public void FromContext_InvalidValue_ThrowsNamingTheKey(string key, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CreateSut(new() { [key] = value }));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("6")]
    public void FromContext_CallsPerHourBelowOneRead_ThrowsNamingTheMinimum(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CreateSut(new() { ["callsPerHour"] = value }));

        Assert.Contains("'callsPerHour'", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 7 (the calls of one read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromContext_CallsPerHourOfOneRead_IsAccepted()
    {
        Assert.Equal(7, CreateSut(new() { ["callsPerHour"] = "7" }).CallsPerHour);
    }

    [Fact]
    public void FromContext_NonStringValueFromCdkJson_IsReadAsText()
    {
        Assert.Equal(25, StackSettings.FromContext(key => key == "callsPerHour" ? 25 : null).CallsPerHour);
    }

    private static StackSettings CreateSut(Dictionary<string, string> context) =>
        StackSettings.FromContext(key => context.GetValueOrDefault(key));
}
