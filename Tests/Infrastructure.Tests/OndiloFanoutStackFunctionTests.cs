using System.Text.Json;
using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>The two functions, their environment, logs and the SQS event source of the default stack.</summary>
[Collection(CdkDefaultStackCollection.Name)]
public sealed class OndiloFanoutStackFunctionTests(CdkDefaultStackFixture fixture)
{
    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    [Theory]
    [InlineData("Scheduler", 60)]
    [InlineData("DeviceFetcher", 120)]
    public void Function_Default_IsAnAotBootstrapOnProvidedAl2023(string name, int timeoutSeconds)
    {
        var function = Function(name);

        Assert.Equal("provided.al2023", function.GetProperty("Runtime").GetString());
        Assert.Equal("bootstrap", function.GetProperty("Handler").GetString());
        Assert.Equal("""["x86_64"]""", CdkTemplateJson.Compact(function.GetProperty("Architectures")));
        Assert.Equal(256, function.GetProperty("MemorySize").GetInt32());
        Assert.Equal(timeoutSeconds, function.GetProperty("Timeout").GetInt32());
    }

    [Theory]
    [InlineData("Scheduler")]
    [InlineData("DeviceFetcher")]
    public void Function_Default_LogsToItsOwnGroupKeptNinetyDays(string name)
    {
        var logGroup = _json.LogicalId("AWS::Logs::LogGroup", name);

        Assert.Equal(CdkTemplateJson.RefOf(logGroup), CdkTemplateJson.Compact(Function(name).GetProperty("LoggingConfig").GetProperty("LogGroup")));
        Assert.Equal(90, _json.Properties(logGroup).GetProperty("RetentionInDays").GetInt32());
    }

    [Theory]
    [InlineData("Scheduler")]
    [InlineData("DeviceFetcher")]
    public void Function_Default_GetsEverySettingFromSettingNames(string name)
    {
        var variables = Function(name).GetProperty("Environment").GetProperty("Variables");

        Assert.Equal(CdkTemplateJson.RefOf(_json.LogicalId("AWS::SecretsManager::Secret", "TokenSecret")), Variable(variables, SettingNames.TokenSecretId));
        Assert.Equal(CdkTemplateJson.RefOf(_json.LogicalId("AWS::SQS::Queue", "WorkQueue")), Variable(variables, SettingNames.QueueUrl));
        Assert.Equal(CdkTemplateJson.RefOf(_json.LogicalId("AWS::SQS::Queue", "DeadLetterQueue")), Variable(variables, SettingNames.DeadLetterQueueUrl));
        Assert.Equal(CdkTemplateJson.RefOf(_json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream")), Variable(variables, SettingNames.DeliveryStreamName));
        Assert.Equal(CdkTemplateJson.RefOf(_json.LogicalId("AWS::DynamoDB::Table", "StateTable")), Variable(variables, SettingNames.StateTableName));
        Assert.Equal("\"20\"", Variable(variables, SettingNames.CallsPerHour));
        Assert.Equal("\"ondilo-fanout\"", Variable(variables, SettingNames.ServiceName));
        Assert.Equal("\"OndiloFanout\"", Variable(variables, SettingNames.MetricsNamespace));
        Assert.Equal("\"Information\"", Variable(variables, SettingNames.LogLevel));
        Assert.Equal("\"off\"", Variable(variables, SettingNames.PoolThresholds));
    }

    [Fact]
    public void EventSource_Default_FeedsTheFetcherInBatchesOfTenReportingItemFailuresAtConcurrencyTwo()
    {
        var mapping = _json.Properties(Assert.Single(_json.LogicalIds("AWS::Lambda::EventSourceMapping")));

        Assert.Equal(CdkTemplateJson.ArnOf(_json.LogicalId("AWS::SQS::Queue", "WorkQueue")), CdkTemplateJson.Compact(mapping.GetProperty("EventSourceArn")));
        Assert.Equal(CdkTemplateJson.RefOf(_json.LogicalId("AWS::Lambda::Function", "DeviceFetcher")), CdkTemplateJson.Compact(mapping.GetProperty("FunctionName")));
        Assert.Equal(10, mapping.GetProperty("BatchSize").GetInt32());
        Assert.Equal("""["ReportBatchItemFailures"]""", CdkTemplateJson.Compact(mapping.GetProperty("FunctionResponseTypes")));
        Assert.Equal(2, mapping.GetProperty("ScalingConfig").GetProperty("MaximumConcurrency").GetInt32());
    }

    [Fact]
    public void Functions_Default_PaceTheirCallsForEveryFetcherTheMappingMayRunAndTheScheduler()
    {
        var mapping = _json.Properties(Assert.Single(_json.LogicalIds("AWS::Lambda::EventSourceMapping")));
        var callers = mapping.GetProperty("ScalingConfig").GetProperty("MaximumConcurrency").GetInt32() + 1;

        Assert.All(new[] { "Scheduler", "DeviceFetcher" }, name =>
            Assert.Equal($"\"{callers}\"", Variable(Function(name).GetProperty("Environment").GetProperty("Variables"), SettingNames.ApiCallers)));
        // The number the functions pace for (ContractsAgreementTests ties it to CallPacing.DeployedCallers, which the pacing proof runs).
        Assert.Equal(WorkQueueLimits.ApiCallers, callers);
    }

    private JsonElement Function(string name) => _json.Properties(_json.LogicalId("AWS::Lambda::Function", name));

    private static string Variable(JsonElement variables, string name) => CdkTemplateJson.Compact(variables.GetProperty(name));
}
