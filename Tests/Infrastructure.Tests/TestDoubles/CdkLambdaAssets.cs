namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// A temporary asset folder laid out like Tools/build-lambdas.sh's output, with dummy bootstrap files, so the
/// stack synthesizes without a Native AOT publish.
/// </summary>
public sealed class CdkLambdaAssets : IDisposable
{
    public CdkLambdaAssets()
    {
        Root = Directory.CreateTempSubdirectory("ondilo-cdk-").FullName;
        foreach (var folder in new[] { OndiloFanoutStack.SchedulerAssetFolder, OndiloFanoutStack.DeviceFetcherAssetFolder })
        {
            Directory.CreateDirectory(Path.Combine(Root, "lambda", folder));
            File.WriteAllText(Path.Combine(Root, "lambda", folder, "bootstrap"), $"#!/bin/sh\n# dummy {folder}\n");
        }
    }

    /// <summary>Temporary root; also holds the cloud assembly written by a synth.</summary>
    public string Root { get; }

    /// <summary>The value for the <c>lambdaAssets</c> context.</summary>
    public string LambdaAssetsPath => Path.Combine(Root, "lambda");

    /// <summary>Where a synth writes its cloud assembly.</summary>
    public string OutputPath => Path.Combine(Root, "cdk.out");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
