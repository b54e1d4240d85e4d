namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// The app synthesized by the pinned CLI once per context, shared by the tests that read the result: each synth
/// is a <c>dotnet run</c> of the app plus jsii, minutes on a busy machine, so no test pays for it twice. No
/// <c>--no-notices</c> and no variables: what cdk.json and the app do themselves is what a user gets.
/// </summary>
public sealed class CdkCliSynthFixture : IAsyncLifetime, IDisposable
{
    public const string ExistingBucket = "existing-lake";
    public const string ExistingPrefix = "lake";

    private readonly CdkLambdaAssets _newBucketAssets = new();
    private readonly CdkLambdaAssets _existingBucketAssets = new();

    /// <summary>The template with every context default (a new bucket).</summary>
    public CdkTemplateJson NewBucket { get; private set; } = null!;

    /// <summary>What <c>npx cdk synth</c> of the default stack printed, standard output saved as a file.</summary>
    public string NewBucketStandardOutputFile => Path.Combine(_newBucketAssets.Root, "synth-stdout.yaml");

    /// <summary>What <c>npx cdk synth</c> of the default stack wrote to standard error.</summary>
    public string NewBucketStandardError { get; private set; } = "";

    /// <summary>The template with an existing bucket and prefix given as <c>-c</c> on the command line.</summary>
    public CdkTemplateJson ExistingBucketTemplate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // One after the other: two jsii apps building the same project at once only slow each other down.
        // The first as a user types it, printing the template; the second --quiet.
        var run = await SynthAsync(_newBucketAssets, []);
        NewBucket = Template(_newBucketAssets);
        await File.WriteAllTextAsync(NewBucketStandardOutputFile, run.StandardOutput);
        NewBucketStandardError = run.StandardError;
        await SynthAsync(_existingBucketAssets, ["--quiet", "-c", "s3bucketname=" + ExistingBucket, "-c", "s3prefix=" + ExistingPrefix]);
        ExistingBucketTemplate = Template(_existingBucketAssets);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _newBucketAssets.Dispose();
        _existingBucketAssets.Dispose();
    }

    private static Task<ProcessRun> SynthAsync(CdkLambdaAssets assets, IReadOnlyList<string> arguments) =>
        CdkCli.RunAsync(
            ["synth", "--build", "true", "-o", assets.OutputPath, "-c", "lambdaAssets=" + assets.LambdaAssetsPath, .. arguments],
            CancellationToken.None);

    private static CdkTemplateJson Template(CdkLambdaAssets assets) =>
        new(File.ReadAllText(Path.Combine(assets.OutputPath, "OndiloFanout.template.json")));
}
