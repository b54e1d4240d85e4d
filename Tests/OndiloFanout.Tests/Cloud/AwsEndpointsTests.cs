using OndiloFanout.Cloud;
using Xunit;

namespace OndiloFanout.Tests.Cloud;

public sealed class AwsEndpointsTests
{
    [Theory]
    [InlineData("Firehose", "AWS_ENDPOINT_URL_FIREHOSE")]
    [InlineData("Secrets Manager", "AWS_ENDPOINT_URL_SECRETS_MANAGER")]
    [InlineData("Lambda", "AWS_ENDPOINT_URL_LAMBDA")]
    public void ServiceVariableName_ServiceId_MatchesSdkName(string serviceId, string expected) =>
        Assert.Equal(expected, AwsEndpoints.ServiceVariableName(serviceId));

    [Fact]
    public void Resolve_NothingConfigured_RegionalAwsEndpoint() =>
        Assert.Equal(
            new Uri("https://secretsmanager.eu-west-3.amazonaws.com/"),
            AwsEndpoints.Resolve(AwsServiceDescriptor.SecretsManager, "eu-west-3", Env()));

    [Fact]
    public void Resolve_ServiceVariableAndGlobalVariable_ServiceVariableWins()
    {
        var env = Env(("AWS_ENDPOINT_URL_FIREHOSE", "http://127.0.0.1:4573"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"));

        Assert.Equal(new Uri("http://127.0.0.1:4573"), AwsEndpoints.Resolve(AwsServiceDescriptor.Firehose, "us-east-1", env));
    }

    [Fact]
    public void Resolve_OnlyGlobalVariable_GlobalVariable()
    {
        var env = Env(("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"));

        Assert.Equal(new Uri("http://127.0.0.1:4566"), AwsEndpoints.Resolve(AwsServiceDescriptor.SecretsManager, "us-east-1", env));
    }

    [Fact]
    public void Resolve_IgnoreConfiguredEndpoints_RegionalAwsEndpoint()
    {
        var env = Env(("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));

        Assert.Equal(new Uri("https://firehose.us-east-1.amazonaws.com/"), AwsEndpoints.Resolve(AwsServiceDescriptor.Firehose, "us-east-1", env));
    }

    [Fact]
    public void Resolve_ChinaRegion_ChinaDomain() =>
        Assert.Equal(new Uri("https://firehose.cn-north-1.amazonaws.com.cn/"), AwsEndpoints.Resolve(AwsServiceDescriptor.Firehose, "cn-north-1", Env()));

    [Fact]
    public void Resolve_RelativeUrlConfigured_Throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            AwsEndpoints.Resolve(AwsServiceDescriptor.Firehose, "us-east-1", Env(("AWS_ENDPOINT_URL_FIREHOSE", "localhost/x"))));

    [Fact]
    public void FromEnvironment_BothRegionVariables_AwsRegionWins() =>
        Assert.Equal("eu-west-1", AwsRegion.FromEnvironment(Env(("AWS_REGION", "eu-west-1"), ("AWS_DEFAULT_REGION", "us-east-1"))));

    [Fact]
    public void FromEnvironment_OnlyDefaultRegion_DefaultRegion() =>
        Assert.Equal("us-east-1", AwsRegion.FromEnvironment(Env(("AWS_DEFAULT_REGION", "us-east-1"))));

    [Fact]
    public void FromEnvironment_NoRegion_Throws() =>
        Assert.Throws<InvalidOperationException>(() => AwsRegion.FromEnvironment(Env()));

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value).GetValueOrDefault;
}
