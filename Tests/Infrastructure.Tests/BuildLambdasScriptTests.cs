using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>Tools/build-lambdas.sh, cdk.json's build step, with a stand-in dotnet: what it prints where, and when it publishes.</summary>
public sealed class BuildLambdasScriptTests : IDisposable
{
    private readonly FakeDotnet _dotnet = new();

    private string Output => Path.Combine(_dotnet.Root, "lambda");

    [Fact]
    public async Task Run_FirstTime_PublishesBothWithoutSymbolsAndPrintsNothingOnStandardOutput()
    {
        var run = await _dotnet.RunBuildScriptAsync(Output, CancellationToken.None);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.StandardOutput);
        Assert.Contains("Generating native code", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(["Functions.Scheduler/Functions.Scheduler.csproj", "Functions.DeviceFetcher/Functions.DeviceFetcher.csproj"], _dotnet.Published.Select(Project));
        Assert.True(File.Exists(Path.Combine(Output, OndiloFanoutStack.SchedulerAssetFolder, "bootstrap")));
        Assert.True(File.Exists(Path.Combine(Output, OndiloFanoutStack.DeviceFetcherAssetFolder, "bootstrap")));
        Assert.Empty(Directory.EnumerateFiles(Output, "*.dbg", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Run_NothingChanged_PublishesNothingAndSaysSo()
    {
        await _dotnet.RunBuildScriptAsync(Output, CancellationToken.None);

        var second = await _dotnet.RunBuildScriptAsync(Output, CancellationToken.None);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.StandardOutput);
        Assert.Contains("up to date", second.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, _dotnet.Published.Count);
    }

    [Fact]
    public async Task Run_SdkChanged_PublishesAgain()
    {
        await _dotnet.RunBuildScriptAsync(Output, CancellationToken.None);
        _dotnet.SdkVersion = "10.0.200";

        await _dotnet.RunBuildScriptAsync(Output, CancellationToken.None);

        Assert.Equal(4, _dotnet.Published.Count);
    }

    [Fact]
    public async Task Run_PackageDeleted_PublishesAgain()
    {
        await _dotnet.RunBuildScriptAsync(Output, CancellationToken.None);
        File.Delete(Path.Combine(Output, OndiloFanoutStack.DeviceFetcherAssetFolder, "bootstrap"));

        await _dotnet.RunBuildScriptAsync(Output, CancellationToken.None);

        Assert.Equal(4, _dotnet.Published.Count);
        Assert.True(File.Exists(Path.Combine(Output, OndiloFanoutStack.DeviceFetcherAssetFolder, "bootstrap")));
    }

    public void Dispose() => _dotnet.Dispose();

    // The log holds the absolute project path: keep the part under the repository root.
    private static string Project(string published) => Path.GetRelativePath(CdkCli.RepositoryRoot(), published);
}
