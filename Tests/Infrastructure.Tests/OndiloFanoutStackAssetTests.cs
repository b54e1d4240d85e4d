using Amazon.CDK;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>The stack refuses to synthesize without the published function packages.</summary>
public sealed class OndiloFanoutStackAssetTests
{
    [Fact]
    public void Constructor_MissingLambdaPackage_ThrowsPointingAtTheBuildScript()
    {
        using var assets = new CdkLambdaAssets();
        File.Delete(Path.Combine(assets.LambdaAssetsPath, OndiloFanoutStack.DeviceFetcherAssetFolder, "bootstrap"));
        var app = new App(new AppProps { Outdir = assets.OutputPath });
        var settings = StackSettings.FromContext(key => key == StackSettings.LambdaAssetsKey ? assets.LambdaAssetsPath : null);

        var error = Assert.Throws<InvalidOperationException>(() => new OndiloFanoutStack(app, settings));

        Assert.Contains("Tools/build-lambdas.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains(OndiloFanoutStack.DeviceFetcherAssetFolder, error.Message, StringComparison.Ordinal);
    }
}
