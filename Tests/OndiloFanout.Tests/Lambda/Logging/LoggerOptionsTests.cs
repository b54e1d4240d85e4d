using OndiloFanout.Contracts;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Lambda.Logging;

public sealed class LoggerOptionsTests
{
    private readonly LambdaFakeEnvironment _environment = new();

    [Fact]
    public void FromEnvironment_Empty_InformationAndUndefinedService()
    {
        var options = LoggerOptions.FromEnvironment(_environment.GetVariable);

        Assert.Equal(LogLevel.Information, options.MinimumLevel);
        Assert.Equal(LoggerOptions.UndefinedService, options.Service);
    }

    [Fact]
    public void FromEnvironment_PowertoolsLevelAndFallback_PowertoolsWins()
    {
        _environment[SettingNames.LogLevel] = "debug";
        _environment[LoggerOptions.FallbackLogLevelVariable] = "ERROR";

        Assert.Equal(LogLevel.Debug, LoggerOptions.FromEnvironment(_environment.GetVariable).MinimumLevel);
    }

    [Theory]
    [InlineData("WARN", LogLevel.Warning)]
    [InlineData("Warning", LogLevel.Warning)]
    [InlineData("info", LogLevel.Information)]
    [InlineData("TRACE", LogLevel.Debug)]
    [InlineData("fatal", LogLevel.Critical)]
    [InlineData("nonsense", LogLevel.Information)]
    public void FromEnvironment_FallbackOnly_ParsesLevel(string value, LogLevel expected)
    {
        _environment[LoggerOptions.FallbackLogLevelVariable] = value;

        Assert.Equal(expected, LoggerOptions.FromEnvironment(_environment.GetVariable).MinimumLevel);
    }

    [Fact]
    public void FromEnvironment_ServiceName_Used()
    {
        _environment[SettingNames.ServiceName] = "scheduler";

        Assert.Equal("scheduler", LoggerOptions.FromEnvironment(_environment.GetVariable).Service);
    }
}
