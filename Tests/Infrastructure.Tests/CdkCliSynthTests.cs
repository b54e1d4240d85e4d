using System.Text.Json;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>
/// The app as an operator runs it: the pinned CLI, cdk.json's app command, context from the command line.
/// The build step is replaced by a no-op (<c>--build true</c>) and the packages by dummies, so no AOT publish.
/// </summary>
public sealed class CdkCliSynthTests
{
    [Fact]
    public async Task Synth_NewBucket_WritesTheFullTemplate()
    {
        using var assets = new CdkLambdaAssets();

        var template = await SynthAsync(assets, []);

        Assert.Single(template.LogicalIds("AWS::S3::Bucket"));
        Assert.Equal(2, template.LogicalIds("AWS::Lambda::Function").Count);
        Assert.StartsWith("deviceId=!{partitionKeyFromQuery:deviceId}/", Prefix(template), StringComparison.Ordinal);
        Assert.True(template.OutputSection.TryGetProperty("LoginCommand", out _));
        Assert.True(template.OutputSection.TryGetProperty("MonthBackfillCommand", out _));
    }

    [Fact]
    public async Task Synth_ExistingBucket_WritesATemplateWithoutBucket()
    {
        using var assets = new CdkLambdaAssets();

        var template = await SynthAsync(assets, ["-c", "s3bucketname=existing-lake", "-c", "s3prefix=lake"]);

        Assert.Empty(template.LogicalIds("AWS::S3::Bucket"));
        Assert.StartsWith("lake/deviceId=", Prefix(template), StringComparison.Ordinal);
        Assert.Equal("existing-lake", template.OutputSection.GetProperty("DataBucketName").GetProperty("Value").GetString());
    }

    [Fact]
    public void CdkJson_BuildStep_PublishesWhereTheStackLooksByDefault()
    {
        var root = CdkCli.RepositoryRoot();
        using var cdkJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "cdk.json")));
        var script = File.ReadAllText(Path.Combine(root, "Tools", "build-lambdas.sh"));

        Assert.Equal("dotnet run --project Infrastructure/Infrastructure.csproj", cdkJson.RootElement.GetProperty("app").GetString());
        Assert.Equal("bash Tools/build-lambdas.sh", cdkJson.RootElement.GetProperty("build").GetString());
        Assert.Contains("/" + StackSettings.DefaultLambdaAssets + "\"", script, StringComparison.Ordinal);
        Assert.Contains("publish Functions.Scheduler " + OndiloFanoutStack.SchedulerAssetFolder, script, StringComparison.Ordinal);
        Assert.Contains("publish Functions.DeviceFetcher " + OndiloFanoutStack.DeviceFetcherAssetFolder, script, StringComparison.Ordinal);
    }

    private static async Task<CdkTemplateJson> SynthAsync(CdkLambdaAssets assets, IReadOnlyList<string> context)
    {
        await CdkCli.RunAsync(
            ["synth", "--quiet", "--no-notices", "--build", "true", "-o", assets.OutputPath, "-c", "lambdaAssets=" + assets.LambdaAssetsPath, .. context],
            CancellationToken.None);
        return new CdkTemplateJson(File.ReadAllText(Path.Combine(assets.OutputPath, "OndiloFanout.template.json")));
    }

    private static string? Prefix(CdkTemplateJson template) =>
        template.Properties(template.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream"))
            .GetProperty("ExtendedS3DestinationConfiguration").GetProperty("Prefix").GetString();
}
