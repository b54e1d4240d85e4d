namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// The app synthesized by the pinned CLI once per context, shared by the tests that read the result: each synth
/// is a <c>dotnet run</c> of the app plus jsii, minutes on a busy machine, so no test pays for it twice.
/// </summary>
public sealed class CdkCliSynthFixture : IAsyncLifetime, IDisposable
{
    public const string ExistingBucket = "existing-lake";
    public const string ExistingPrefix = "lake";

    private readonly CdkLambdaAssets _newBucketAssets = new();
    private readonly CdkLambdaAssets _existingBucketAssets = new();

    /// <summary>The template with every context default (a new bucket).</summary>
    public CdkTemplateJson NewBucket { get; private set; } = null!;

    /// <summary>The template with an existing bucket and prefix given as <c>-c</c> on the command line.</summary>
    public CdkTemplateJson ExistingBucketTemplate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // One after the other: two jsii apps building the same project at once only slow each other down.
        NewBucket = await SynthAsync(_newBucketAssets, []);
        ExistingBucketTemplate = await SynthAsync(_existingBucketAssets, ["-c", "s3bucketname=" + ExistingBucket, "-c", "s3prefix=" + ExistingPrefix]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _newBucketAssets.Dispose();
        _existingBucketAssets.Dispose();
    }

    private static async Task<CdkTemplateJson> SynthAsync(CdkLambdaAssets assets, IReadOnlyList<string> context)
    {
        await CdkCli.RunAsync(
            ["synth", "--quiet", "--no-notices", "--build", "true", "-o", assets.OutputPath, "-c", "lambdaAssets=" + assets.LambdaAssetsPath, .. context],
            CancellationToken.None);
        return new CdkTemplateJson(File.ReadAllText(Path.Combine(assets.OutputPath, "OndiloFanout.template.json")));
    }
}
