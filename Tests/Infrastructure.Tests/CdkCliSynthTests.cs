using System.Text.Json;
using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>
/// The app as an operator runs it: the pinned CLI, cdk.json's app command, context from the command line.
/// The build step is replaced by a no-op (<c>--build true</c>) and the packages by dummies, so no AOT publish.
/// </summary>
public sealed class CdkCliSynthTests(CdkCliSynthFixture synth) : IClassFixture<CdkCliSynthFixture>
{
    [Fact]
    public void Synth_NewBucket_WritesTheFullTemplate()
    {
        var template = synth.NewBucket;

        Assert.Single(template.LogicalIds("AWS::S3::Bucket"));
        Assert.Equal(2, template.LogicalIds("AWS::Lambda::Function").Count);
        Assert.StartsWith("deviceId=!{partitionKeyFromQuery:deviceId}/", Prefix(template), StringComparison.Ordinal);
        Assert.True(template.OutputSection.TryGetProperty("LoginCommand", out _));
        Assert.True(template.OutputSection.TryGetProperty("MonthBackfillCommand", out _));
    }

    [Fact]
    public void Synth_NewBucket_CatalogsTheLakeForAthena()
    {
        var template = synth.NewBucket;

        Assert.Single(template.LogicalIds("AWS::Glue::Database"));
        Assert.Equal(4, template.LogicalIds("AWS::Glue::Table").Count);
        Assert.Single(template.LogicalIds("AWS::Athena::WorkGroup"));
        Assert.Equal(LakeQueries.All.Count, template.LogicalIds("AWS::Athena::NamedQuery").Count);
        Assert.True(template.OutputSection.TryGetProperty("AthenaWorkGroup", out _));
    }

    [Fact]
    public void Synth_ExistingBucket_WritesATemplateWithoutADataBucket()
    {
        var template = synth.ExistingBucketTemplate;

        Assert.StartsWith("AthenaResultsBucket", Assert.Single(template.LogicalIds("AWS::S3::Bucket")), StringComparison.Ordinal);
        Assert.StartsWith(CdkCliSynthFixture.ExistingPrefix + "/deviceId=", Prefix(template), StringComparison.Ordinal);
        Assert.Equal(CdkCliSynthFixture.ExistingBucket, template.OutputSection.GetProperty("DataBucketName").GetProperty("Value").GetString());
    }

    [Fact]
    public async Task Synth_ToStandardOutput_PrintsTheWholeTemplateAsYamlThatCfnLintAccepts()
    {
        // `npx cdk synth > template.yaml`: nothing but the template may reach standard output.
        var yaml = await File.ReadAllTextAsync(synth.NewBucketStandardOutputFile);

        var findings = await CfnLint.RunAsync([synth.NewBucketStandardOutputFile], CancellationToken.None);

        // The printed copy leaves out the CheckBootstrapVersion rule (cdk.out's template keeps it), so its parameter reads as unused.
        Assert.Empty(findings
            .Where(f => !CfnLint.IsAccepted(f) && !(f.Rule == "W2001" && f.Path == "Parameters/BootstrapVersion"))
            .Select(f => f.ToString()));
        Assert.StartsWith("Description: ", yaml, StringComparison.Ordinal);
        Assert.All(synth.NewBucket.ResourceSection.EnumerateObject(), resource => Assert.Contains($"\n  {resource.Name}:\n", yaml, StringComparison.Ordinal));
    }

    [Fact]
    public void Synth_AsAUserTypesIt_PrintsNoNodeEndOfLifeBanner()
    {
        Assert.DoesNotContain("end-of-life", synth.NewBucketStandardError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CdkJson_Default_TurnsTheCliNoticesOff()
    {
        using var cdkJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(CdkCli.RepositoryRoot(), "cdk.json")));

        Assert.False(cdkJson.RootElement.GetProperty("notices").GetBoolean());
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

    private static string? Prefix(CdkTemplateJson template) =>
        template.Properties(template.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream"))
            .GetProperty("ExtendedS3DestinationConfiguration").GetProperty("Prefix").GetString();
}
